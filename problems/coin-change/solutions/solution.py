class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Bottom-up: fewest[a] = 1 + min(fewest[a - c]) over the coins c <= a. O(len(coins) * amount).
        unreachable = amount + 1
        fewest = [0] + [unreachable] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a and fewest[a - c] + 1 < fewest[a]:
                    fewest[a] = fewest[a - c] + 1
        return fewest[amount] if fewest[amount] <= amount else -1
