class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Sliding window that tracks how many of t's letters are satisfied in the window.
        need = Counter(t)
        window = Counter()
        formed, required = 0, len(need)
        best_start, best_len = 0, len(s) + 1
        left = 0
        for right, ch in enumerate(s):
            window[ch] += 1
            if ch in need and window[ch] >= need[ch]:
                formed += 1
            while formed == required:
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                out = s[left]
                window[out] -= 1
                if out in need and window[out] < need[out]:
                    formed -= 1
                left += 1
        return s[best_start:best_start + best_len] if best_len <= len(s) else ""
