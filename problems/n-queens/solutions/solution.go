func solveNQueens(n int) [][]string {
    // Backtracking row by row, with flags for the columns and both diagonals already under attack.
    result := [][]string{}
    board := make([][]byte, n)
    for i := range board {
        board[i] = bytes.Repeat([]byte{'.'}, n)
    }
    usedCol := make([]bool, n)
    usedDiag := make([]bool, 2*n)
    usedAnti := make([]bool, 2*n)
    var place func(row int)
    place = func(row int) {
        if row == n {
            rows := make([]string, n)
            for i, line := range board {
                rows[i] = string(line)
            }
            result = append(result, rows)
            return
        }
        for c := 0; c < n; c++ {
            d, a := row-c+n, row+c
            if usedCol[c] || usedDiag[d] || usedAnti[a] {
                continue
            }
            board[row][c] = 'Q'
            usedCol[c], usedDiag[d], usedAnti[a] = true, true, true
            place(row + 1)
            board[row][c] = '.'
            usedCol[c], usedDiag[d], usedAnti[a] = false, false, false
        }
    }
    place(0)
    return result
}
