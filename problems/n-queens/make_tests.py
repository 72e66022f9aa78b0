"""Writes tests.json for n-queens next to this file. Deterministic.

Expected boards come from checking every permutation of columns (n <= 8) and, for n = 9 and 10,
from a bitmask search cross-checked against the permutation check for n <= 8 and against the
known solution counts. Solutions are listed by their queens' columns, row by row.
"""

import itertools
import json
import os

KNOWN_COUNTS = {1: 1, 2: 0, 3: 0, 4: 2, 5: 10, 6: 4, 7: 40, 8: 92, 9: 352, 10: 724}


def by_permutations(n):
    out = []
    for cols in itertools.permutations(range(n)):
        if len({r + c for r, c in enumerate(cols)}) == n and len({r - c for r, c in enumerate(cols)}) == n:
            out.append(list(cols))
    return out


def by_bitmask(n):
    out, cols = [], []
    full = (1 << n) - 1

    def place(taken, left, right):
        if len(cols) == n:
            out.append(list(cols))
            return
        free = full & ~(taken | left | right)
        while free:
            bit = free & -free
            free ^= bit
            cols.append(bit.bit_length() - 1)
            place(taken | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
            cols.pop()

    place(0, 0, 0)
    return sorted(out)


def board(n, cols):
    return ["." * c + "Q" + "." * (n - c - 1) for c in cols]


def case(n, tags):
    assert 1 <= n <= 10
    solutions = by_bitmask(n)
    if n <= 8:
        assert solutions == by_permutations(n)
    assert len(solutions) == KNOWN_COUNTS[n]
    return {"input": [n], "expected": [board(n, cols) for cols in solutions], "tags": tags}


visible = [
    case(4, ["example"]),
    case(1, ["example"]),
]

hidden = [
    case(1, ["single element", "boundary"]),
    case(2, ["no solution", "two elements"]),
    case(3, ["no solution"]),
    case(4, ["small"]),
    case(5, ["small"]),
    case(6, ["fewer solutions than for n = 5"]),
    case(7, ["medium"]),
    case(8, ["classic chessboard", "92 boards"]),
    case(9, ["352 boards"]),
    case(10, ["worst-case size", "724 boards"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
