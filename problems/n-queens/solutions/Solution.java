class Solution {
    private int n;
    private int[] cols;
    private boolean[] usedCol, usedDiag, usedAnti;
    private List<List<String>> result;

    public List<List<String>> solveNQueens(int n) {
        // Backtracking row by row, with flags for the columns and both diagonals already under attack.
        this.n = n;
        cols = new int[n];
        usedCol = new boolean[n];
        usedDiag = new boolean[2 * n];
        usedAnti = new boolean[2 * n];
        result = new ArrayList<>();
        place(0);
        return result;
    }

    private void place(int row) {
        if (row == n) {
            List<String> board = new ArrayList<>();
            for (int c : cols) {
                char[] line = new char[n];
                Arrays.fill(line, '.');
                line[c] = 'Q';
                board.add(new String(line));
            }
            result.add(board);
            return;
        }
        for (int c = 0; c < n; c++) {
            int d = row - c + n, a = row + c;
            if (usedCol[c] || usedDiag[d] || usedAnti[a]) continue;
            cols[row] = c;
            usedCol[c] = usedDiag[d] = usedAnti[a] = true;
            place(row + 1);
            usedCol[c] = usedDiag[d] = usedAnti[a] = false;
        }
    }
}
