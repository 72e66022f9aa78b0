func numIslands(grid [][]byte) int {
    // Flood-fill each unvisited land cell with a BFS, sinking the island as it is explored.
    rows, cols := len(grid), len(grid[0])
    dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
    islands := 0
    for r := 0; r < rows; r++ {
        for c := 0; c < cols; c++ {
            if grid[r][c] != '1' {
                continue
            }
            islands++
            grid[r][c] = '0'
            queue := [][2]int{{r, c}}
            for head := 0; head < len(queue); head++ {
                cell := queue[head]
                for _, d := range dirs {
                    ni, nj := cell[0]+d[0], cell[1]+d[1]
                    if ni >= 0 && ni < rows && nj >= 0 && nj < cols && grid[ni][nj] == '1' {
                        grid[ni][nj] = '0'
                        queue = append(queue, [2]int{ni, nj})
                    }
                }
            }
        }
    }
    return islands
}
