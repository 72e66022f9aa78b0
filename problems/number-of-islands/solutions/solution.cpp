class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        // Flood-fill each unvisited land cell with a BFS, sinking the island as it is explored.
        int rows = grid.size(), cols = grid[0].size();
        const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        int islands = 0;
        queue<pair<int, int>> q;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != '1') continue;
                islands++;
                grid[r][c] = '0';
                q.push({r, c});
                while (!q.empty()) {
                    auto [i, j] = q.front();
                    q.pop();
                    for (int d = 0; d < 4; d++) {
                        int ni = i + dr[d], nj = j + dc[d];
                        if (ni >= 0 && ni < rows && nj >= 0 && nj < cols && grid[ni][nj] == '1') {
                            grid[ni][nj] = '0';
                            q.push({ni, nj});
                        }
                    }
                }
            }
        }
        return islands;
    }
};
