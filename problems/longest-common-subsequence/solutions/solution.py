class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # dp over prefixes, one row at a time: a match extends the diagonal, else take the better neighbour.
        if len(text1) < len(text2):
            text1, text2 = text2, text1
        previous = [0] * (len(text2) + 1)
        for ch in text1:
            current = [0]
            for j, other in enumerate(text2):
                if ch == other:
                    current.append(previous[j] + 1)
                else:
                    current.append(max(previous[j + 1], current[j]))
            previous = current
        return previous[-1]
