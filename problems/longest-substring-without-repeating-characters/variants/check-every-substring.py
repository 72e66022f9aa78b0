class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Check every substring for a repeated character: correct, but O(n^3).
        best = 0
        for i in range(len(s)):
            for j in range(i, len(s)):
                block = s[i : j + 1]
                if len(set(block)) == len(block):
                    best = max(best, len(block))
        return best
