class Solution {
public:
    vector<vector<string>> solveNQueens(int n) {
        // Backtracking row by row, with flags for the columns and both diagonals already under attack.
        vector<vector<string>> result;
        vector<string> board(n, string(n, '.'));
        vector<bool> usedCol(n), usedDiag(2 * n), usedAnti(2 * n);
        function<void(int)> place = [&](int row) {
            if (row == n) {
                result.push_back(board);
                return;
            }
            for (int c = 0; c < n; c++) {
                int d = row - c + n, a = row + c;
                if (usedCol[c] || usedDiag[d] || usedAnti[a]) continue;
                board[row][c] = 'Q';
                usedCol[c] = usedDiag[d] = usedAnti[a] = true;
                place(row + 1);
                board[row][c] = '.';
                usedCol[c] = usedDiag[d] = usedAnti[a] = false;
            }
        };
        place(0);
        return result;
    }
};
