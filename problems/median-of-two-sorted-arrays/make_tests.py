"""Writes tests.json for median-of-two-sorted-arrays next to this file. Deterministic (fixed seed).

Expected answers come from sorting both lists together and reading off the middle.
"""

import json
import os
import random

LIM = 10**6


def answer(a, b):
    merged = sorted(a + b)
    t = len(merged)
    if t % 2:
        return float(merged[t // 2])
    return (merged[t // 2 - 1] + merged[t // 2]) / 2


def case(a, b, tags):
    assert len(a) <= 1000 and len(b) <= 1000 and 1 <= len(a) + len(b) <= 2000
    assert all(-LIM <= v <= LIM for v in a + b)
    assert a == sorted(a) and b == sorted(b)
    return {"input": [a, b], "expected": answer(a, b), "tags": tags}


def sorted_list(r, n, lo=-LIM, hi=LIM):
    return sorted(r.randint(lo, hi) for _ in range(n))


r = random.Random(18)
visible = [
    case([1, 4, 9], [2, 6], ["example"]),
    case([1, 3], [6, 9], ["example"]),
    case([], [7], ["example"]),
]

hidden = [
    case([5], [], ["empty input", "single element"]),
    case([], [2, 3], ["empty input", "two elements"]),
    case([], [1, 2, 3, 4, 5, 6, 7], ["empty input"]),
    case([3], [8], ["single element", "two elements"]),
    case([1, 2], [3, 4], ["lists do not overlap"]),
    case([10, 11, 12], [1, 2], ["lists do not overlap", "shorter list is larger"]),
    case([4, 4, 4], [4, 4], ["all equal", "duplicates"]),
    case([1, 2, 2, 2], [2, 2, 3], ["duplicates"]),
    case([-5, -3], [-2, -1], ["negatives", "fractional median"]),
    case([-7, -1, 0, 0, 3], [-4, 0, 2], ["negatives", "zeros"]),
    case([-LIM, LIM], [-LIM, LIM], ["int boundaries"]),
    case([LIM - 1, LIM], [LIM], ["int boundaries"]),
    case([1], [2, 3, 4, 5, 6, 7, 8, 9, 10], ["very different lengths"]),
    case(list(range(0, 1000)), [500], ["very different lengths", "large input"]),
    case(sorted_list(r, 7), sorted_list(r, 12), ["random"]),
    case(sorted_list(r, 20, -10, 10), sorted_list(r, 31, -10, 10), ["random", "duplicates"]),
    case(sorted_list(r, 1000), sorted_list(r, 1000), ["worst-case size", "random"]),
    case(sorted_list(r, 1000), sorted_list(r, 999), ["worst-case size", "random"]),
    case([], sorted_list(r, 1000), ["worst-case size", "empty input"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
