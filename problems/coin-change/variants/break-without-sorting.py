class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Bottom-up table; stops at the first coin that is too large, as if the coins were sorted.
        unreachable = amount + 1
        fewest = [0] + [unreachable] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c > a:
                    break
                fewest[a] = min(fewest[a], fewest[a - c] + 1)
        return fewest[amount] if fewest[amount] <= amount else -1
