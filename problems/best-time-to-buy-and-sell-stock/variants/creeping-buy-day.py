class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Sliding window: buy at left, sell at right, move left when the price drops.
        left, best = 0, 0
        for right in range(1, len(prices)):
            if prices[right] < prices[left]:
                left += 1
            else:
                best = max(best, prices[right] - prices[left])
        return best
