"""Writes tests.json for kth-largest-element-in-an-array next to this file. Deterministic.

Expected outputs come from a full sort (descending, index k - 1), independent of the
quickselect in the reference solution.
"""

import json
import os
import random

LO, HI = -10**4, 10**4


def case(nums, k, tags):
    assert 1 <= k <= len(nums) <= 10**5 and all(LO <= v <= HI for v in nums)
    return {"input": [nums, k], "expected": sorted(nums, reverse=True)[k - 1], "tags": tags}


r = random.Random(31)


def rand(n, lo=LO, hi=HI):
    return [r.randint(lo, hi) for _ in range(n)]


visible = [
    case([3, 7, 1, 9, 5], 3, ["example"]),
    case([8, 1, 6, 9, 1, 4, 2], 4, ["example", "duplicates"]),
    case([7], 1, ["example", "single element"]),
]

big = rand(50000)
hidden = [
    case([-4], 1, ["single element", "negatives"]),
    case([2, 1], 1, ["two elements", "k = 1: the maximum"]),
    case([2, 1], 2, ["two elements", "k = n: the minimum"]),
    case([5, 5, 4], 2, ["duplicates", "duplicate at the top"]),
    case([3, 2, 3, 1, 2, 4, 5, 5, 6], 4, ["duplicates"]),
    case([6, 6, 6, 6, 6], 3, ["all equal"]),
    case([-1, -5, -3, -2, -4], 2, ["negatives", "all values negative"]),
    case([10000, -10000, 0, 10000, -10000], 3, ["int boundaries", "zeros"]),
    case([0, -3, 0, 2, -1, 0], 5, ["zeros", "negatives"]),
    case([1, 2, 3, 4, 5, 6, 7, 8], 2, ["sorted input"]),
    case([9, 8, 7, 6, 5, 4, 3, 2, 1], 7, ["reverse sorted"]),
    case(rand(50, -5, 5), 17, ["random", "duplicates"]),
    case(rand(1000), 1, ["random", "k = 1: the maximum"]),
    case(rand(1000), 1000, ["random", "k = n: the minimum"]),
    case(rand(100000), 50000, ["worst-case size", "k in the middle"]),
    case(sorted(big), 30000, ["large input", "sorted input: a fixed pivot goes quadratic"]),
    case([7] * 50000 + [3] * 50000, 40000, ["worst-case size", "all equal halves: many duplicates"]),
]

data = {"visible": visible, "hidden": hidden}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json"), "w") as f:
    f.write(json.dumps(data, separators=(",", ":")))
