class Solution:
    def isValid(self, s: str) -> bool:
        # Every closer must match the most recent unmatched opener.
        partner = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in partner:
                if not stack or stack.pop() != partner[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack
