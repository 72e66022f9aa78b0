"""Writes tests.json for reverse-linked-list next to this file. Deterministic (fixed seed).

Expected outputs come from Python's slice reversal of the value list, not from a linked list.
"""

import json
import os
import random

rng = random.Random(21)
LO, HI, MAX_LEN = -5000, 5000, 500


def case(values, tags):
    assert 0 <= len(values) <= MAX_LEN and all(LO <= v <= HI for v in values)
    return {"input": [values], "expected": values[::-1], "tags": tags}


visible = [
    case([1, 2, 3, 4, 5], ["example"]),
    case([6, -2], ["example"]),
    case([], ["example"]),
]

hidden = [
    case([42], ["single element"]),
    case([3, 9], ["two elements"]),
    case([7, 7, 7, 7], ["all equal"]),
    case([1, 2, 3, 2, 1], ["palindrome", "duplicates"]),
    case([-5, 0, -1, 0, -3], ["negatives", "zeros"]),
    case([-5000, 5000, 0, 5000, -5000], ["int boundaries"]),
    case(list(range(-100, 101, 10)), ["sorted input"]),
    case([rng.randint(LO, HI) for _ in range(3)], ["odd length", "random"]),
    case([rng.randint(-20, 20) for _ in range(60)], ["random", "duplicates"]),
    case([rng.randint(LO, HI) for _ in range(137)], ["random"]),
    case(list(range(MAX_LEN, 0, -1)), ["reverse sorted", "worst-case size", "deep recursion"]),
    case([rng.randint(LO, HI) for _ in range(MAX_LEN)], ["worst-case size", "random"]),
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(out, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
