class Solution:
    def solveNQueens(self, n: int) -> List[List[str]]:
        # Backtracking row by row, with sets of the columns and both diagonals already under attack.
        result, cols = [], []
        used_cols, used_diag, used_anti = set(), set(), set()

        def place(row):
            if row == n:
                result.append(["." * c + "Q" + "." * (n - c - 1) for c in cols])
                return
            for c in range(n):
                if c in used_cols or row - c in used_diag or row + c in used_anti:
                    continue
                cols.append(c)
                used_cols.add(c)
                used_diag.add(row - c)
                used_anti.add(row + c)
                place(row + 1)
                cols.pop()
                used_cols.remove(c)
                used_diag.remove(row - c)
                used_anti.remove(row + c)

        place(0)
        return result
