class Solution {
    public int maxArea(int[] height) {
        // Two pointers from the ends; the shorter line can never do better with a narrower partner, so move it.
        int i = 0, j = height.length - 1;
        int best = 0;
        while (i < j) {
            if (height[i] < height[j]) {
                best = Math.max(best, (j - i) * height[i]);
                i++;
            } else {
                best = Math.max(best, (j - i) * height[j]);
                j--;
            }
        }
        return best;
    }
}
