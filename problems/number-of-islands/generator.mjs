// n = number of cells in the grid (rows * cols, as close to n as a grid of at most 300 x 300 allows).
export const maxN = 90000;

export function generate(n, rng) {
  const rows = Math.max(1, Math.min(300, Math.floor(Math.sqrt(n))));
  const cols = Math.max(1, Math.min(300, Math.floor(n / rows)));
  const grid = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(rng() < 0.45 ? "1" : "0");
    grid.push(row);
  }
  return [grid];
}
