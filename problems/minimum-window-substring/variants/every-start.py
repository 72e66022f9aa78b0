class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # From every start, extend to the right until the window covers t: O(m^2).
        need = Counter(t)
        best = ""
        for left in range(len(s)):
            have = Counter()
            missing = len(t)
            for right in range(left, len(s)):
                ch = s[right]
                have[ch] += 1
                if have[ch] <= need[ch]:
                    missing -= 1
                if missing == 0:
                    if not best or right - left + 1 < len(best):
                        best = s[left:right + 1]
                    break
        return best
