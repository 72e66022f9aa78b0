class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Sliding window with the last index of every character; the best length starts at 1.
        last = {}
        best, left = 1, 0
        for right, ch in enumerate(s):
            if last.get(ch, -1) >= left:
                left = last[ch] + 1
            last[ch] = right
            best = max(best, right - left + 1)
        return best
