"""Writes tests.json for trapping-rain-water next to this file. Deterministic (fixed seed).

Expected answers come from models independent of the reference solution (two pointers): scanning
left and right from every bar for small inputs, and prefix and suffix maximum arrays for large ones.
"""

import json
import os
import random

rng = random.Random(13)
MAX_H = 10**4


def scan_each(h):
    return sum(min(max(h[: i + 1]), max(h[i:])) - h[i] for i in range(len(h)))


def prefix_suffix(h):
    n = len(h)
    left, right = [0] * n, [0] * n
    for i in range(n):
        left[i] = max(h[i], left[i - 1] if i else 0)
    for i in range(n - 1, -1, -1):
        right[i] = max(h[i], right[i + 1] if i + 1 < n else 0)
    return sum(min(left[i], right[i]) - h[i] for i in range(n))


def expected(h):
    answer = prefix_suffix(h)
    if len(h) <= 1000:
        assert answer == scan_each(h)
    assert answer < 2**31
    return answer


def case(h, tags):
    assert 1 <= len(h) <= 10**5 and all(0 <= x <= MAX_H for x in h)
    return {"input": [h], "expected": expected(h), "tags": tags}


def rand_heights(n, lo=0, hi=MAX_H):
    return [rng.randint(lo, hi) for _ in range(n)]


visible = [
    case([4, 1, 3, 0, 2, 5], ["example"]),
    case([2, 0, 1, 3], ["example"]),
    case([0, 0, 2], ["example"]),
]

# Random terrain rising to a peak in the middle and falling after it, so water sits on both sides.
mountain = sorted(rand_heights(50000)) + sorted(rand_heights(50000), reverse=True)
for i in rng.sample(range(100000), 20000):
    mountain[i] = rng.randint(0, mountain[i])
hidden = [
    case([7], ["single element"]),
    case([3, 5], ["two elements"]),
    case([0, 0, 0, 0], ["zeros"]),
    case([3, 3, 3], ["all equal"]),
    case([1, 2, 3, 4, 5], ["sorted input"]),
    case([5, 4, 3, 2, 1], ["reverse sorted"]),
    case([5, 1, 3], ["water after the tallest bar"]),
    case([0, 5, 0], ["single peak"]),
    case([1, 3, 1, 2], ["peak taller than both sides", "water after the tallest bar"]),
    case([3, 0, 3, 0, 3], ["several pools"]),
    case([2, 0, 4, 0, 1, 0, 3], ["pools of different depths"]),
    case([4, 2, 0, 3, 2, 3, 1], ["water after the tallest bar", "answer at end"]),
    case([MAX_H, 0, 0, 0, MAX_H], ["boundary"]),
    case(rand_heights(500), ["random"]),
    case(rand_heights(500, 0, 3), ["random", "duplicates"]),
    case([MAX_H] + [0] * 99998 + [MAX_H], ["worst-case size", "largest answer"]),
    case(mountain, ["worst-case size", "water after the tallest bar"]),
]

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(path, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
