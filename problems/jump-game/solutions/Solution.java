class Solution {
    public boolean canJump(int[] nums) {
        // Greedy: track the farthest index reachable so far; fail if we ever stand beyond it.
        int farthest = 0;
        for (int i = 0; i < nums.length; i++) {
            if (i > farthest) return false;
            farthest = Math.max(farthest, i + nums[i]);
        }
        return true;
    }
}
