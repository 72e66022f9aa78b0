"""Writes tests.json for binary-search next to this file. Deterministic (fixed seed).

Expected answers come from a linear scan (list.index), independent of the reference solution.
"""

import json
import os
import random

LO, HI = -9999, 9999  # -10^4 < value < 10^4


def answer(nums, target):
    return nums.index(target) if target in nums else -1


def case(nums, target, tags):
    assert 1 <= len(nums) <= 10**4
    assert all(LO <= v <= HI for v in nums) and LO <= target <= HI
    assert all(a < b for a, b in zip(nums, nums[1:]))
    return {"input": [nums, target], "expected": answer(nums, target), "tags": tags}


def sorted_sample(r, n, lo=LO, hi=HI):
    return sorted(r.sample(range(lo, hi + 1), n))


r = random.Random(14)

EXAMPLE = [-5, -1, 2, 6, 11, 17, 30]
visible = [
    case(EXAMPLE, -1, ["example"]),
    case(EXAMPLE, 9, ["example"]),
    case([3, 8], 3, ["example"]),
]

big = sorted_sample(r, 10**4)
big_missing = next(v for v in range(big[0], big[-1]) if v not in set(big))
hidden = [
    case([5], 5, ["single element", "answer at start"]),
    case([5], 7, ["single element", "no solution", "target above every value"]),
    case([5], -3, ["single element", "no solution", "target below every value"]),
    case([3, 8], 8, ["two elements", "answer at end"]),
    case([3, 8], 5, ["two elements", "no solution"]),
    case([-40, -31, -22, -9, -3], -3, ["negatives", "answer at end"]),
    case([-40, -31, -22, -9, -3], -40, ["negatives", "answer at start"]),
    case([1, 4, 9, 16, 25, 36, 49, 64], 100, ["no solution", "target above every value"]),
    case([1, 4, 9, 16, 25, 36, 49, 64], -7, ["no solution", "target below every value"]),
    case([-9999, -5000, 0, 5000, 9999], 9999, ["int boundaries", "answer at end"]),
    case([-9999, -5000, 0, 5000, 9999], -9999, ["int boundaries", "answer at start"]),
    case(list(range(0, 200, 2)), 150, ["off by one", "answer in the right half"]),
    case(list(range(0, 200, 2)), 151, ["off by one", "no solution"]),
]

mid_list = sorted_sample(r, 1000)
hidden.append(case(mid_list, mid_list[r.randrange(500, 1000)], ["random", "answer in the right half"]))
hidden.append(case(mid_list, mid_list[r.randrange(0, 500)], ["random"]))
hidden.append(case(big, big[-1], ["worst-case size", "answer at end"]))
hidden.append(case(big, big_missing, ["worst-case size", "no solution"]))
hidden.append(case(big, big[7321], ["worst-case size", "random"]))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
