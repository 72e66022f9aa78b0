class Solution {
    public int climbStairs(int n) {
        // ways(i) = ways(i - 1) + ways(i - 2): keep only the last two values.
        int previous = 1, current = 1; // ways(0), ways(1)
        for (int i = 1; i < n; i++) {
            int next = previous + current;
            previous = current;
            current = next;
        }
        return current;
    }
}
