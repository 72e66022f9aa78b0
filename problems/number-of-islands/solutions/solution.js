/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    // Flood-fill each unvisited land cell with a BFS, sinking the island as it is explored.
    const rows = grid.length, cols = grid[0].length;
    const dirs = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    let islands = 0;
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            if (grid[r][c] !== "1") continue;
            islands++;
            grid[r][c] = "0";
            const queue = [[r, c]];
            for (let head = 0; head < queue.length; head++) {
                const [i, j] = queue[head];
                for (const [di, dj] of dirs) {
                    const ni = i + di, nj = j + dj;
                    if (ni >= 0 && ni < rows && nj >= 0 && nj < cols && grid[ni][nj] === "1") {
                        grid[ni][nj] = "0";
                        queue.push([ni, nj]);
                    }
                }
            }
        }
    }
    return islands;
};
