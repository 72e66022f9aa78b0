class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Buy at the cheapest day, then sell at the best price after it.
        buy = prices.index(min(prices))
        later = prices[buy + 1:]
        if not later:
            return 0
        return max(0, max(later) - prices[buy])
