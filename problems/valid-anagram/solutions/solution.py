class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Same length and the same count of every letter: add for s, subtract for t, expect all zeros.
        if len(s) != len(t):
            return False
        counts = [0] * 26
        for a, b in zip(s, t):
            counts[ord(a) - 97] += 1
            counts[ord(b) - 97] -= 1
        return all(c == 0 for c in counts)
