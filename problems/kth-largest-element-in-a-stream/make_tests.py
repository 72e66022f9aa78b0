"""Writes tests.json for kth-largest-element-in-a-stream next to this file. Deterministic.

Expected outputs come from a sorted list of every value (bisect.insort, answer at index -k),
independent of the heap in the reference solution; small cases also re-sort from scratch.
"""

import bisect
import json
import os
import random

LO, HI = -10**4, 10**4


def expected(k, nums, adds):
    values = sorted(nums)
    out = [None]
    for v in adds:
        bisect.insort(values, v)
        out.append(values[-k])
    if len(nums) + len(adds) <= 300:
        seen, check = list(nums), [None]
        for v in adds:
            seen.append(v)
            check.append(sorted(seen, reverse=True)[k - 1])
        assert check == out
    return out


def case(k, nums, adds, tags):
    assert 1 <= k <= 10**4 and len(nums) <= 10**4 and k <= len(nums) + 1 and len(adds) <= 10**4
    assert all(LO <= v <= HI for v in nums + adds)
    ops = ["KthLargest"] + ["add"] * len(adds)
    args = [[k, nums]] + [[v] for v in adds]
    return {"input": [ops, args], "expected": expected(k, nums, adds), "tags": tags}


r = random.Random(29)


def rand(n, lo=LO, hi=HI):
    return [r.randint(lo, hi) for _ in range(n)]


visible = [
    case(3, [4, 9, 2], [5, 1, 10, 9, 3], ["example"]),
    case(2, [7, 7], [3, 8, 8], ["example", "duplicates"]),
]

hidden = [
    case(1, [], [5, -3, 8, 8, 2], ["empty input", "k = 1: running maximum"]),
    case(1, [4], [4, 1, 6], ["single element"]),
    case(3, [10, 20], [5, 30, 25, 1], ["nums has k - 1 values: the first add fills the heap"]),
    case(4, [1, 2, 3], [0, 0, 0], ["nums has k - 1 values", "zeros"]),
    case(2, [9, 1, 8, 2, 7, 3, 6], [5, 10, 0, 9], ["nums longer than k: extra values must be dropped"]),
    case(1, [3, 3, 3, 3, 3], [1, 2, 3, 4], ["nums longer than k", "all equal"]),
    case(3, [5, 5, 5, 5], [5, 5, 6, 6, 6, 7], ["duplicates", "all equal"]),
    case(2, [-10000, -10000, 10000], [10000, -10000, 9999], ["int boundaries", "negatives"]),
    case(3, [-5, -1, -3], [-2, -4, -6, 0], ["negatives"]),
    case(1, [], [-7], ["empty input", "single call"]),
    case(5, list(range(1, 11)), list(range(11, 21)), ["sorted input", "every add is a new maximum"]),
    case(5, list(range(20, 10, -1)), list(range(10, 0, -1)), ["reverse sorted", "adds never reach the top k"]),
    case(7, rand(40, -20, 20), rand(60, -20, 20), ["random", "duplicates"]),
    case(25, rand(1000), rand(2000), ["random", "medium size"]),
    case(5000, rand(10000), rand(10000), ["worst-case size", "random"]),
    case(10000, rand(9999), sorted(rand(10000)), ["worst-case size", "nums has k - 1 values", "sorted input"]),
]

data = {"visible": visible, "hidden": hidden}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json"), "w") as f:
    f.write(json.dumps(data, separators=(",", ":")))
