class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        // Monotonic deque of indices whose values decrease from front to back; the front is the window's maximum.
        int n = nums.length;
        int[] window = new int[n];
        int head = 0, tail = 0;
        int[] result = new int[n - k + 1];
        for (int i = 0; i < n; i++) {
            while (tail > head && nums[window[tail - 1]] <= nums[i]) tail--;
            window[tail++] = i;
            if (window[head] == i - k) head++;
            if (i >= k - 1) result[i - k + 1] = nums[window[head]];
        }
        return result;
    }
}
