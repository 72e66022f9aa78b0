class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # The best sale on each day buys at the cheapest price seen before it.
        lowest = prices[0]
        best = 0
        for price in prices:
            best = max(best, price - lowest)
            lowest = min(lowest, price)
        return best
