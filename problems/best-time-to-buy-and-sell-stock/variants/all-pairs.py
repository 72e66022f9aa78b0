class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Try every buy day with every later sell day.
        best = 0
        n = len(prices)
        for buy in range(n):
            for sell in range(buy + 1, n):
                if prices[sell] - prices[buy] > best:
                    best = prices[sell] - prices[buy]
        return best
