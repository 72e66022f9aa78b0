class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Keep the letters, lower-cased, and compare with the reverse.
        cleaned = [c.lower() for c in s if c.isalpha()]
        return cleaned == cleaned[::-1]
