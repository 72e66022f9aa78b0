"""Writes tests.json for top-k-frequent-elements next to this file. Deterministic: python3 make_tests.py

`expected` is one correct answer (values ordered by count, ties by value); checker.mjs accepts
any other correct one.
"""

import json
import os
import random
from collections import Counter


def one_answer(nums, k):
    count = Counter(nums)
    return [v for v, _ in sorted(count.items(), key=lambda vc: (-vc[1], vc[0]))[:k]]


def case(nums, k, tags):
    assert 1 <= k <= len(set(nums))
    return {"input": [nums, k], "expected": one_answer(nums, k), "tags": tags}


def shuffled(values, seed):
    r = random.Random(seed)
    values = list(values)
    r.shuffle(values)
    return values


visible = [
    case([4, 4, 4, 7, 7, 9], 2, ["example"]),
    case([3, 1, 3, 2, 1, 5], 1, ["example", "tie at the cut-off: either value is accepted"]),
    case([8], 1, ["example", "single element"]),
]

r = random.Random(6)
hidden = [
    case([5, 5, 5, 5], 1, ["one distinct value"]),
    case([1, 2, 3, 4, 5], 5, ["k equals the number of distinct values", "all counts equal"]),
    case([1, 2, 3, 4, 5, 6], 3, ["all counts equal: any 3 values are correct"]),
    case([-3, -3, -3, 0, 0, 10000, -10000, -10000], 2, ["negative numbers", "values at the limits"]),
    case([1, 1, 1, 2, 2, 2, 3, 3, 4], 2, ["two values tied at the top"]),
    case([9, 9, 9, 9, 1, 2, 2, 3, 3, 4, 4], 2, ["tie for the last place among three values"]),
    case([100, 1, 1, 100, 100, 2, 2, 2, 2, 50], 2, ["most frequent values are not the largest values"]),
    case(shuffled([7] * 6 + [8] * 5 + [9] * 4 + [10] * 3 + [11] * 2 + [12], 61), 4, ["counts 6 down to 1"]),
    case([r.randint(-20, 20) for _ in range(500)], 7, ["random", "medium size"]),
    case(shuffled([v for v in range(-50, 50) for _ in range(abs(v) % 7 + 1)], 62), 10, ["many ties at the cut-off"]),
    case([r.randint(-10000, 10000) for _ in range(100000)], 50, ["large input", "about 20,000 distinct values: no scan per value"]),
    case(shuffled([v for v in range(-10000, 10000) for _ in range(5 if v % 1000 == 0 else 1)], 63), 20, ["large input", "20,000 distinct values, 20 of them five times"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")) + "\n")
