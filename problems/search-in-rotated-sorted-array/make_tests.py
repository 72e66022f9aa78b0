"""Writes tests.json for search-in-rotated-sorted-array next to this file. Deterministic (fixed seed).

Expected answers come from a linear scan (list.index), independent of the reference solution.
"""

import json
import os
import random

LO, HI = -10**4, 10**4


def answer(nums, target):
    return nums.index(target) if target in nums else -1


def is_rotated_sorted(nums):
    drops = sum(1 for a, b in zip(nums, nums[1:]) if a > b)
    return len(set(nums)) == len(nums) and (drops == 0 or (drops == 1 and nums[-1] < nums[0]))


def case(nums, target, tags):
    assert 1 <= len(nums) <= 10**4
    assert all(LO <= v <= HI for v in nums) and LO <= target <= HI
    assert is_rotated_sorted(nums)
    return {"input": [nums, target], "expected": answer(nums, target), "tags": tags}


def rotated(values, k):
    return values[k:] + values[:k]


def random_list(r, n, rotation=None):
    values = sorted(r.sample(range(LO, HI + 1), n))
    k = r.randrange(n) if rotation is None else rotation
    return rotated(values, k)


r = random.Random(16)

EXAMPLE = [15, 19, 23, 2, 5, 9]
visible = [
    case(EXAMPLE, 5, ["example"]),
    case(EXAMPLE, 20, ["example"]),
    case([6], 1, ["example"]),
]

seven = [4, 5, 6, 7, 0, 1, 2]
hidden = [
    case([6], 6, ["single element"]),
    case([3, 1], 1, ["two elements", "answer at end"]),
    case([3, 1], 3, ["two elements", "answer at start"]),
    case([1, 3], 3, ["two elements", "not rotated"]),
    case([1, 3], 2, ["two elements", "no solution"]),
    case(seven, 4, ["answer at start", "boundary"]),
    case(seven, 2, ["answer at end", "boundary"]),
    case(seven, 0, ["answer at the rotation point"]),
    case(seven, 3, ["no solution"]),
    case([10, 20, 30, 40, 50, 60, 70, 80], 70, ["sorted input", "not rotated"]),
    case([10, 20, 30, 40, 50, 60, 70, 80], 10, ["sorted input", "not rotated", "answer at start"]),
    case([2, 3, 4, 5, 6, 7, 8, 1], 1, ["rotated by n - 1", "answer at end"]),
    case([9, 1, 2, 3, 4, 5, 6, 7, 8], 9, ["rotated by 1", "answer at start"]),
    case([9, 1, 2, 3, 4, 5, 6, 7, 8], 6, ["rotated by 1"]),
    case([-3, -1, 10000, -10000, -9000, -50], -10000, ["negatives", "int boundaries"]),
    case([-3, -1, 10000, -10000, -9000, -50], 10000, ["negatives", "int boundaries"]),
    case([5, 6, 7, 1, 2, 3, 4], 8, ["no solution", "target above every value"]),
    case([5, 6, 7, 1, 2, 3, 4], 0, ["no solution", "target below every value"]),
]

for i in range(6):
    nums = random_list(r, r.randint(3, 60))
    target = r.choice(nums) if i % 3 else r.randint(LO, HI)
    hidden.append(case(nums, target, ["random"]))

big = random_list(r, 10**4, rotation=6137)
present = set(big)
hidden.append(case(big, big[0], ["worst-case size", "answer at start"]))
hidden.append(case(big, big[8000], ["worst-case size"]))
hidden.append(case(big, next(v for v in range(min(big), HI) if v not in present), ["worst-case size", "no solution"]))
flat = sorted(r.sample(range(LO, HI + 1), 10**4))
hidden.append(case(flat, flat[9999], ["worst-case size", "not rotated", "answer at end"]))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
