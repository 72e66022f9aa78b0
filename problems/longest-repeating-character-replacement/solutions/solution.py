class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # Sliding window: it is valid while its length minus its most common letter's count is at most k.
        counts = [0] * 26
        left = 0
        max_count = 0
        best = 0
        for right, ch in enumerate(s):
            counts[ord(ch) - 65] += 1
            max_count = max(max_count, counts[ord(ch) - 65])
            if right - left + 1 - max_count > k:
                counts[ord(s[left]) - 65] -= 1
                left += 1
            best = max(best, right - left + 1)
        return best
