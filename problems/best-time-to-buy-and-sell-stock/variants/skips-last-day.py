class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Track the cheapest price so far and the best sale against it.
        lowest = prices[0]
        best = 0
        for day in range(1, len(prices) - 1):
            best = max(best, prices[day] - lowest)
            lowest = min(lowest, prices[day])
        return best
