class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Bottom-up table that marks unreachable amounts with the value amount.
        unreachable = amount
        fewest = [0] + [unreachable] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a:
                    fewest[a] = min(fewest[a], fewest[a - c] + 1)
        return fewest[amount] if fewest[amount] < unreachable else -1
