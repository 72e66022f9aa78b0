class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # Sliding window: grow right until the window covers t, then shrink left while it still does.
        need = Counter(t)
        missing = len(t)  # letters of t the window still lacks, counted with multiplicity
        best_start, best_len = 0, len(s) + 1
        left = 0
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        return s[best_start:best_start + best_len] if best_len <= len(s) else ""
