class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Sliding window with a 26-entry table of last positions, one per lowercase letter.
        last = [-1] * 26
        best = left = 0
        for right, ch in enumerate(s):
            k = ord(ch) - ord("a")
            if last[k] >= left:
                left = last[k] + 1
            last[k] = right
            best = max(best, right - left + 1)
        return best
