class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # dp[i][j] = edits turning word1[:i] into word2[:j], kept one row at a time. O(m * n).
        n = len(word2)
        previous = list(range(n + 1))  # row 0: build word2[:j] from nothing with j inserts
        for i, ch in enumerate(word1, 1):
            current = [i] + [0] * n  # column 0: delete all i letters
            for j in range(1, n + 1):
                if ch == word2[j - 1]:
                    current[j] = previous[j - 1]
                else:
                    current[j] = 1 + min(previous[j - 1], previous[j], current[j - 1])
            previous = current
        return previous[n]
