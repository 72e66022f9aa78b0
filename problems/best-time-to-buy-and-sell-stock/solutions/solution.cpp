class Solution {
public:
    int maxProfit(vector<int>& prices) {
        // The best sale on each day buys at the cheapest price seen before it.
        int lowest = prices[0];
        int best = 0;
        for (int price : prices) {
            best = max(best, price - lowest);
            lowest = min(lowest, price);
        }
        return best;
    }
};
