class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        # Backtracking: add "(" while some are left, and ")" only while it has an open "(" to close.
        result, path = [], []

        def build(opened, closed):
            if closed == n:
                result.append("".join(path))
                return
            if opened < n:
                path.append("(")
                build(opened + 1, closed)
                path.pop()
            if closed < opened:
                path.append(")")
                build(opened, closed + 1)
                path.pop()

        build(0, 0)
        return result
