class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Sliding window over the letters of t, each needed once.
        need = {ch: 1 for ch in t}
        missing = len(need)
        best_start, best_len = 0, len(s) + 1
        left = 0
        for right, ch in enumerate(s):
            if ch in need:
                if need[ch] > 0:
                    missing -= 1
                need[ch] -= 1
            while missing == 0:
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                out = s[left]
                if out in need:
                    need[out] += 1
                    if need[out] > 0:
                        missing += 1
                left += 1
        return s[best_start:best_start + best_len] if best_len <= len(s) else ""
