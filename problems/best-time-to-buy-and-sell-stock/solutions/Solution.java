class Solution {
    public int maxProfit(int[] prices) {
        // The best sale on each day buys at the cheapest price seen before it.
        int lowest = prices[0];
        int best = 0;
        for (int price : prices) {
            best = Math.max(best, price - lowest);
            lowest = Math.min(lowest, price);
        }
        return best;
    }
}
