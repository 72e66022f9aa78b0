/**
 * @param {number} n
 * @return {string[][]}
 */
var solveNQueens = function(n) {
    // Backtracking row by row, with flags for the columns and both diagonals already under attack.
    const result = [];
    const cols = [];
    const usedCol = new Array(n).fill(false);
    const usedDiag = new Array(2 * n).fill(false);
    const usedAnti = new Array(2 * n).fill(false);
    const place = (row) => {
        if (row === n) {
            result.push(cols.map((c) => ".".repeat(c) + "Q" + ".".repeat(n - c - 1)));
            return;
        }
        for (let c = 0; c < n; c++) {
            const d = row - c + n, a = row + c;
            if (usedCol[c] || usedDiag[d] || usedAnti[a]) continue;
            cols.push(c);
            usedCol[c] = usedDiag[d] = usedAnti[a] = true;
            place(row + 1);
            cols.pop();
            usedCol[c] = usedDiag[d] = usedAnti[a] = false;
        }
    };
    place(0);
    return result;
};
