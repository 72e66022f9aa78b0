"""Writes tests.json for merge-two-sorted-lists next to this file. Deterministic (fixed seed).

Expected outputs come from sorting the concatenated value lists, not from a merge.
"""

import json
import os
import random

rng = random.Random(22)
LO, HI, MAX_LEN = -10**4, 10**4, 250


def case(a, b, tags):
    for values in (a, b):
        assert len(values) <= MAX_LEN and values == sorted(values)
        assert all(LO <= v <= HI for v in values)
    return {"input": [a, b], "expected": sorted(a + b), "tags": tags}


def rand_sorted(n, lo=LO, hi=HI):
    return sorted(rng.randint(lo, hi) for _ in range(n))


visible = [
    case([1, 4, 6], [2, 4, 9], ["example"]),
    case([], [0, 3], ["example"]),
    case([], [], ["example"]),
]

hidden = [
    case([5], [], ["empty input", "single element"]),
    case([-3], [-7], ["single element", "negatives"]),
    case([1, 2, 3], [4, 5, 6], ["all of list1 first", "sorted input"]),
    case([10, 20, 30, 40], [1, 2], ["all of list2 first", "different lengths"]),
    case([2, 2, 2], [2, 2], ["all equal", "duplicates"]),
    case([1, 3, 5, 7, 9], [2, 4, 6, 8, 10], ["interleaved"]),
    case([0, 0, 1], [-1, 0, 0], ["zeros", "duplicates"]),
    case([-10**4, 0, 10**4], [-10**4, 10**4], ["int boundaries", "duplicates"]),
    case([1], [1, 1, 1, 1, 1, 2], ["duplicates", "different lengths"]),
    case(rand_sorted(40, -50, 50), rand_sorted(17, -50, 50), ["random", "duplicates"]),
    case(rand_sorted(120), rand_sorted(90), ["random"]),
    case(rand_sorted(MAX_LEN), rand_sorted(MAX_LEN), ["worst-case size", "random", "deep recursion"]),
    case(list(range(0, 2 * MAX_LEN, 2)), list(range(1, 2 * MAX_LEN, 2)), ["worst-case size", "interleaved"]),
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(out, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
