"""Writes tests.json for remove-nth-node-from-end-of-list next to this file. Deterministic (fixed seed).

Expected outputs come from deleting index len - n of the value list, not from a linked list.
"""

import json
import os
import random

rng = random.Random(25)
LO, HI, MAX_LEN = 0, 1000, 500


def case(values, n, tags):
    assert 1 <= len(values) <= MAX_LEN and 1 <= n <= len(values)
    assert all(LO <= v <= HI for v in values)
    cut = len(values) - n
    return {"input": [values, n], "expected": values[:cut] + values[cut + 1:], "tags": tags}


def rand_list(size, lo=LO, hi=HI):
    return [rng.randint(lo, hi) for _ in range(size)]


visible = [
    case([1, 2, 3, 4, 5], 2, ["example"]),
    case([10, 20], 1, ["example"]),
    case([2, 4, 6, 8], 3, ["example"]),
]

hidden = [
    case([7], 1, ["single element", "remove the head"]),
    case([3, 9], 2, ["two elements", "remove the head"]),
    case([3, 9], 1, ["two elements", "answer at end"]),
    case([5, 6, 7, 8, 9], 5, ["remove the head", "answer at start"]),
    case([5, 6, 7, 8, 9], 1, ["answer at end"]),
    case([1, 2, 3, 2, 1], 2, ["duplicates", "value also appears earlier"]),
    case([4, 4, 4, 4], 3, ["all equal"]),
    case([8, 0, 0, 8], 1, ["zeros", "duplicates", "value also appears earlier"]),
    case([0, 1000, 500, 1000, 0], 3, ["int boundaries"]),
    case(rand_list(30, 0, 9), 11, ["random", "duplicates"]),
    case(rand_list(MAX_LEN), MAX_LEN, ["worst-case size", "remove the head"]),
    case(rand_list(MAX_LEN, 0, 5), 137, ["worst-case size", "duplicates", "random"]),
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(out, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
