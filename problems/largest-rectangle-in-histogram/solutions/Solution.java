class Solution {
    public int largestRectangleArea(int[] heights) {
        // Monotonic stack: when a bar is popped, the shorter bars on both sides bound its widest rectangle.
        int n = heights.length;
        int[] stack = new int[n + 1];
        int size = 0;
        int best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i == n ? 0 : heights[i];
            while (size > 0 && heights[stack[size - 1]] >= h) {
                int top = stack[--size];
                int left = size > 0 ? stack[size - 1] : -1;
                best = Math.max(best, heights[top] * (i - left - 1));
            }
            stack[size++] = i;
        }
        return best;
    }
}
