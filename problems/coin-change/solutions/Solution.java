class Solution {
    public int coinChange(int[] coins, int amount) {
        // Bottom-up: fewest[a] = 1 + min(fewest[a - c]) over the coins c <= a. O(len(coins) * amount).
        int unreachable = amount + 1;
        int[] fewest = new int[amount + 1];
        Arrays.fill(fewest, unreachable);
        fewest[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int c : coins) {
                if (c <= a && fewest[a - c] + 1 < fewest[a]) fewest[a] = fewest[a - c] + 1;
            }
        }
        return fewest[amount] <= amount ? fewest[amount] : -1;
    }
}
