class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Counts the letters the two strings share, with multiplicity.
        count1, count2 = Counter(text1), Counter(text2)
        return sum(min(c, count2[ch]) for ch, c in count1.items())
