"""Writes tests.json for merge-intervals next to this file. Deterministic (fixed seeds).

Expected answers come from painting the number line: position 2p stands for the point p and
2p + 1 for the gap between p and p + 1, each interval paints its positions, and every maximal
painted run is one merged interval. No sorting involved, unlike the reference solutions.
"""

import json
import os
import random

LIMIT = 10 ** 4


def painted(intervals):
    diff = [0] * (2 * LIMIT + 3)
    for s, e in intervals:
        diff[2 * s] += 1
        diff[2 * e + 1] -= 1
    out, depth, start = [], 0, None
    for pos in range(2 * LIMIT + 2):
        depth += diff[pos]
        if depth > 0 and start is None:
            start = pos
        elif depth == 0 and start is not None:
            out.append([start // 2, (pos - 1) // 2])
            start = None
    return out


def case(intervals, tags):
    assert 1 <= len(intervals) <= 5 * 10 ** 4
    assert all(len(iv) == 2 and 0 <= iv[0] <= iv[1] <= LIMIT for iv in intervals)
    return {"input": [intervals], "expected": painted(intervals), "tags": tags}


def random_intervals(n, max_len, seed):
    r = random.Random(seed)
    out = []
    for _ in range(n):
        s = r.randint(0, LIMIT)
        out.append([s, min(LIMIT, s + r.randint(0, max_len))])
    return out


def many_disjoint(n, seed):
    """Every even point once (5,001 separate answers), then repeats of them, shuffled."""
    r = random.Random(seed)
    points = [[p, p] for p in range(0, LIMIT + 1, 2)]
    out = points + [list(r.choice(points)) for _ in range(n - len(points))]
    r.shuffle(out)
    return out


visible = [
    case([[2, 5], [4, 8], [10, 12], [13, 16]], ["example"]),
    case([[0, 4], [1, 5], [2, 6]], ["example"]),
    case([[1, 2], [3, 4]], ["example"]),
]

r = random.Random(17)
hidden = [
    case([[7, 7]], ["single element"]),
    case([[8, 10], [1, 3], [2, 6], [15, 18]], ["unsorted input"]),
    case([[1, 4], [4, 5]], ["shared endpoint counts as overlap", "off by one"]),
    case([[1, 10], [2, 3], [4, 5]], ["interval contains the next ones"]),
    case([[3, 5], [3, 5], [3, 5]], ["all equal", "duplicates"]),
    case([[0, 0], [0, 0], [1, 1], [1, 2]], ["zero-length intervals", "zeros"]),
    case([[9, 10], [7, 8], [5, 6], [3, 4]], ["reverse sorted"]),
    case([[1, 5], [1, 2], [1, 9], [1, 3]], ["same start, different ends"]),
    case([[0, 10000], [5000, 5000], [10000, 10000]], ["values at the limits", "boundary"]),
    case([[1, 2], [2, 3], [3, 4], [4, 5], [7, 8]], ["chain of shared endpoints"]),
    case([[6, 7], [2, 9], [1, 3], [11, 12], [12, 12], [20, 25], [0, 0]], ["unsorted input", "interval contains the next ones"]),
    case(random_intervals(200, 30, 5), ["random"]),
    case(random_intervals(50000, 3, 6), ["worst-case size", "random"]),
    case(many_disjoint(30000, 7), ["worst-case size", "5,001 separate intervals in the answer"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
