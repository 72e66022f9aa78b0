class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Walks text1 and matches each letter at its first occurrence after the previous match in text2.
        length, start = 0, 0
        for ch in text1:
            k = text2.find(ch, start)
            if k >= 0:
                length += 1
                start = k + 1
        return length
