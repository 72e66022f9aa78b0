class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Sliding window; on a repeat the window restarts at the current character.
        seen = set()
        best = left = 0
        for right, ch in enumerate(s):
            if ch in seen:
                seen = set()
                left = right
            seen.add(ch)
            best = max(best, right - left + 1)
        return best
