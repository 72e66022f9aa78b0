"""Writes tests.json for sliding-window-maximum next to this file. Deterministic (fixed seed).

Expected answers: max() over each window for small inputs; for large ones, a sparse table of
range maxima (each window is covered by two overlapping blocks whose length is a power of two).
The two models are compared on random small inputs first.
"""

import json
import os
import random

LIM = 10**4


def brute(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]


def by_sparse_table(nums, k):
    table = [nums[:]]
    length = 1
    while 2 * length <= k:
        prev = table[-1]
        table.append([max(prev[i], prev[i + length]) for i in range(len(prev) - length)])
        length *= 2
    top = table[-1]
    return [max(top[i], top[i + k - length]) for i in range(len(nums) - k + 1)]


def answer(nums, k):
    return brute(nums, k) if len(nums) * k <= 10**6 else by_sparse_table(nums, k)


def case(nums, k, tags):
    assert 1 <= len(nums) <= 10**5 and 1 <= k <= len(nums)
    assert all(-LIM <= v <= LIM for v in nums)
    return {"input": [nums, k], "expected": answer(nums, k), "tags": tags}


check = random.Random(1900)
for _ in range(400):
    ns = [check.randint(-check.choice([1, 5, LIM]), check.choice([1, 5, LIM])) for _ in range(check.randint(1, 50))]
    kk = check.randint(1, len(ns))
    assert brute(ns, kk) == by_sparse_table(ns, kk), (ns, kk)

r = random.Random(19)
visible = [
    case([4, -2, 5, 1, 0, 3, 3, 6], 3, ["example"]),
    case([9, 8, 7], 1, ["example"]),
    case([2, 7, 4], 3, ["example"]),
]

hidden = [
    case([5], 1, ["single element"]),
    case([-3, 8], 2, ["two elements", "window is the whole list"]),
    case([1, 3, -1, -3, 5, 3, 6, 7], 1, ["window of one"]),
    case([7, 7, 7, 7, 7], 2, ["all equal"]),
    case([1, 2, 3, 4, 5, 6], 3, ["sorted input"]),
    case([6, 5, 4, 3, 2, 1], 3, ["reverse sorted", "maximum leaves the window"]),
    case([9, 1, 1, 1, 1, 1, 9], 3, ["maximum leaves the window", "off by one"]),
    case([5, 5, 1, 1, 1, 1], 2, ["duplicates", "maximum leaves the window"]),
    case([-4, -8, -1, -9, -2, -7], 2, ["negatives"]),
    case([-LIM, LIM, -LIM, LIM, 0], 4, ["int boundaries"]),
    case([3, 1, 2, 0, 5, 4, 8, 1, 1, 2, 9, 0], 12, ["window is the whole list"]),
    case([r.randint(-LIM, LIM) for _ in range(300)], 17, ["random"]),
    case([r.randint(-5, 5) for _ in range(300)], 40, ["random", "duplicates"]),
    case([r.randint(-LIM, LIM) for _ in range(10**5)], 50000, ["worst-case size", "random"]),
    case(list(range(LIM, LIM - 20000, -1)), 10000, ["large input", "reverse sorted"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
