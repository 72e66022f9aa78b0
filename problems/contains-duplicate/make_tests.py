"""Writes tests.json for contains-duplicate next to this file. Deterministic (fixed seed).

Expected answers come from models independent of the reference solution: a comparison of every
pair for small inputs, and sorting plus a scan of neighbours for large ones.
"""

import json
import os
import random

rng = random.Random(7)
LIMIT = 10**9


def has_repeat_pairs(nums):
    return any(nums[i] == nums[j] for i in range(len(nums)) for j in range(i + 1, len(nums)))


def has_repeat_sorted(nums):
    s = sorted(nums)
    return any(a == b for a, b in zip(s, s[1:]))


def expected(nums):
    answer = has_repeat_sorted(nums)
    if len(nums) <= 2000:
        assert answer == has_repeat_pairs(nums)
    return answer


def case(nums, tags):
    assert 1 <= len(nums) <= 10**5 and all(-LIMIT <= v <= LIMIT for v in nums)
    return {"input": [nums], "expected": expected(nums), "tags": tags}


def distinct(n, lo, hi):
    return rng.sample(range(lo, hi + 1), n)


visible = [
    case([3, 8, 1, 8], ["example"]),
    case([5, -2, 7, 0], ["example"]),
    case([4], ["example"]),
]

medium = distinct(1000, -LIMIT, LIMIT)
medium_dup = distinct(999, -1000, 1000)
medium_dup.insert(rng.randrange(1000), medium_dup[rng.randrange(999)])
worst_distinct = distinct(100000, -60000, 60000)
# All distinct except the last two positions, so the repeat is found only at the very end.
worst_dup = distinct(99999, 0, 200000)
worst_dup.append(worst_dup[-1])

hidden = [
    case([-7], ["single element", "negatives"]),
    case([2, 2], ["two elements", "duplicates"]),
    case([1, 2], ["two elements"]),
    case([0, 0, 0, 0], ["all equal", "zeros"]),
    case([1, -1, 2, -2, 3], ["negatives", "same absolute value is not a repeat"]),
    case([LIMIT, -LIMIT, LIMIT - 1, -LIMIT + 1], ["int boundaries"]),
    case([-LIMIT, 5, 17, -LIMIT], ["int boundaries", "duplicates", "answer at end"]),
    case([9, 1, 2, 3, 4, 5, 6, 7, 8, 9], ["repeat far apart"]),
    case(list(range(-5, 6)), ["sorted input"]),
    case([6, 5, 4, 3, 2, 1, 1], ["reverse sorted", "answer at end"]),
    case(medium, ["random", "no repeat"]),
    case(medium_dup, ["random", "duplicates"]),
    case(worst_distinct, ["worst-case size", "no repeat"]),
    case(worst_dup, ["worst-case size", "answer at end"]),
]

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(path, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
