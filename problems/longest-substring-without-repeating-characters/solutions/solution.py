class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Sliding window [left, i]; jump left past the previous copy of s[i] when it is inside the window.
        last_seen = {}
        left = best = 0
        for i, ch in enumerate(s):
            if last_seen.get(ch, -1) >= left:
                left = last_seen[ch] + 1
            last_seen[ch] = i
            best = max(best, i - left + 1)
        return best
