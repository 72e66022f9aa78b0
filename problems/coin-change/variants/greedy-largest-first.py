class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Take as many of the largest coin as fit, then move on to the next smaller one.
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
