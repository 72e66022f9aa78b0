class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        # Try every coin as the next one and recurse on what is left, without remembering results.
        def fewest(left):
            if left == 0:
                return 0
            best = -1
            for c in coins:
                if c <= left:
                    rest = fewest(left - c)
                    if rest >= 0 and (best < 0 or rest + 1 < best):
                        best = rest + 1
            return best

        return fewest(amount)
