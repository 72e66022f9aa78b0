"""Writes tests.json for container-with-most-water next to this file. Deterministic (fixed seed).

Expected answers come from models independent of the reference solution (two pointers): every
pair of lines for small inputs, and for large ones the taller-first sweep: visiting lines from
tallest to shortest, a line is the shorter side of a container with any line already visited,
and the best partner is the visited line farthest away.
"""

import json
import os
import random

rng = random.Random(11)
MAX_H = 10**4


def all_pairs(h):
    return max((j - i) * min(h[i], h[j]) for i in range(len(h)) for j in range(i + 1, len(h)))


def taller_first(h):
    order = sorted(range(len(h)), key=lambda i: -h[i])
    lo = hi = order[0]
    best = 0
    for i in order[1:]:
        lo, hi = min(lo, i), max(hi, i)
        best = max(best, h[i] * max(i - lo, hi - i))
    return best


def expected(h):
    answer = taller_first(h)
    if len(h) <= 400:
        assert answer == all_pairs(h)
    return answer


def case(h, tags):
    assert 2 <= len(h) <= 10**5 and all(0 <= x <= MAX_H for x in h)
    return {"input": [h], "expected": expected(h), "tags": tags}


def rand_heights(n, lo=0, hi=MAX_H):
    return [rng.randint(lo, hi) for _ in range(n)]


visible = [
    case([3, 9, 4, 2, 8, 5], ["example"]),
    case([4, 4], ["example"]),
    case([1, 2, 1], ["example"]),
]

# Two tall lines hidden in the middle of a large input of short ones.
middle = rand_heights(100000, 0, 100)
middle[40000], middle[60000] = MAX_H, MAX_H - 1
hidden = [
    case([0, 0], ["two elements", "zeros"]),
    case([1, MAX_H], ["two elements", "boundary"]),
    case([5, 5, 5, 5, 5], ["all equal"]),
    case([1, 2, 3, 4, 5, 6, 7, 8], ["sorted input"]),
    case([8, 7, 6, 5, 4, 3, 2, 1], ["reverse sorted"]),
    case([1, 1, 9, 1, 1, 9, 1, 1], ["answer in the middle"]),
    case([2, 9, 9, 9, 2], ["tall lines close together"]),
    case([6, 1, 1, 1, 1, 1, 1, 6], ["answer at both ends"]),
    case([0, 7, 0, 0, 7, 0], ["zeros"]),
    case([1, 3, 2, 5, 25, 24, 5], ["moving the taller pointer misses the answer"]),
    case(rand_heights(300), ["random"]),
    case(rand_heights(300, 0, 5), ["random", "duplicates"]),
    case([MAX_H] * 100000, ["worst-case size", "all equal", "largest answer"]),
    case(middle, ["worst-case size", "answer in the middle"]),
    case(rand_heights(50000), ["random", "large input"]),
]

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(path, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
