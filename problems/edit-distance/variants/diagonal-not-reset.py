class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # One row of the table; the saved diagonal value is carried over from the end of the previous row.
        n = len(word2)
        row = list(range(n + 1))
        diagonal = 0
        for i in range(1, len(word1) + 1):
            row[0] = i
            for j in range(1, n + 1):
                above = row[j]
                if word1[i - 1] == word2[j - 1]:
                    row[j] = diagonal
                else:
                    row[j] = 1 + min(diagonal, above, row[j - 1])
                diagonal = above
        return row[n]
