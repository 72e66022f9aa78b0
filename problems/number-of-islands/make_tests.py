"""Writes tests.json for number-of-islands next to this file. Deterministic (fixed seeds).

Expected counts come from a union-find over the land cells, independent of the reference
solutions (which flood-fill).
"""

import json
import os
import random


def count_islands(grid):
    rows, cols = len(grid), len(grid[0])
    parent = list(range(rows * cols))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            if r + 1 < rows and grid[r + 1][c] == "1":
                parent[find(r * cols + c)] = find((r + 1) * cols + c)
            if c + 1 < cols and grid[r][c + 1] == "1":
                parent[find(r * cols + c)] = find(r * cols + c + 1)
    return len({find(r * cols + c) for r in range(rows) for c in range(cols) if grid[r][c] == "1"})


def case(grid, tags):
    assert 1 <= len(grid) <= 300 and all(1 <= len(row) == len(grid[0]) <= 300 for row in grid)
    assert all(ch in "01" for row in grid for ch in row)
    return {"input": [grid], "expected": count_islands(grid), "tags": tags}


def g(*rows):
    return [list(row) for row in rows]


def random_grid(rows, cols, density, seed):
    r = random.Random(seed)
    return [["1" if r.random() < density else "0" for _ in range(cols)] for _ in range(rows)]


def spiral(size):
    """A single one-cell-wide island winding inwards, with one-cell water channels between its turns."""
    grid = [["0"] * size for _ in range(size)]
    top, left, bottom, right = 0, 0, size - 1, size - 1
    r, c = 0, 0
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            grid[top][c] = "1"
        for r in range(top, bottom + 1):
            grid[r][right] = "1"
        if bottom - top >= 2:
            for c in range(right, left - 1, -1):
                grid[bottom][c] = "1"
        if right - left >= 2 and bottom - top >= 4:
            for r in range(bottom, top + 1, -1):
                grid[r][left] = "1"
            grid[top + 2][left + 1] = "1"
        top, left, bottom, right = top + 2, left + 2, bottom - 2, right - 2
    return grid


def snake(size):
    """Full rows joined at alternating ends: one island that is a single path of about size^2 / 2 cells."""
    grid = []
    for r in range(size):
        if r % 2 == 0:
            grid.append(["1"] * size)
        else:
            grid.append(["1" if c == (size - 1 if r % 4 == 1 else 0) else "0" for c in range(size)])
    return grid


def comb(rows, cols):
    """Teeth hanging from a solid top row: one island. Without the top row they would be separate."""
    grid = [["0"] * cols for _ in range(rows)]
    grid[0] = ["1"] * cols
    for c in range(0, cols, 2):
        for r in range(rows):
            grid[r][c] = "1"
    return grid


visible = [
    case(g("11000", "11001", "00011", "01000"), ["example"]),
    case(g("101", "010", "101"), ["example"]),
    case(g("111", "101", "111"), ["example"]),
]

checker = [["1" if (r + c) % 2 == 0 else "0" for c in range(300)] for r in range(300)]
lake = [["0"] * 9 for _ in range(9)]
for i in range(1, 8):
    lake[1][i] = lake[7][i] = lake[i][1] = lake[i][7] = "1"
lake[4][4] = "1"

hidden = [
    case(g("0"), ["single element", "no solution"]),
    case(g("1"), ["single element"]),
    case(g("1011011101"), ["single row"]),
    case(g("1", "1", "0", "1", "0", "0", "1"), ["single column"]),
    case([["1"] * 25 for _ in range(25)], ["all equal", "one island fills the grid"]),
    case([["1"] * 300 for _ in range(300)], ["all equal", "worst-case size", "deep recursion"]),
    case(snake(200), ["long winding island", "deep recursion"]),
    case([["0"] * 60 for _ in range(40)], ["all equal", "zeros", "no land at all"]),
    case(lake, ["island inside the lake of another island"]),
    case(g("1000001", "0000000", "0000000", "1000001"), ["land only in the corners", "boundary"]),
    case([["1" if r == c else "0" for c in range(40)] for r in range(40)], ["diagonal line: every cell is its own island"]),
    case(comb(30, 29), ["comb: teeth joined only along the top row"]),
    case(spiral(35), ["spiral-shaped island"]),
    case(g("10" * 150), ["1 x 300 grid", "boundary"]),
    case(random_grid(60, 80, 0.5, 3), ["random"]),
    case(checker, ["worst-case size", "45,000 one-cell islands"]),
    case(random_grid(300, 300, 0.6, 7), ["worst-case size", "random", "one large irregular island"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
