"""Writes tests.json for daily-temperatures next to this file. Deterministic (fixed seed).

Expected answers: walking the days from the last to the first while remembering, for every
possible temperature, the nearest later day that had it; a day's answer is the nearest of the
remembered days with a higher temperature. Compared with a forward scan on random small inputs.
"""

import json
import os
import random

LOW, HIGH = 30, 100


def brute(temps):
    out = []
    for i, t in enumerate(temps):
        out.append(next((j - i for j in range(i + 1, len(temps)) if temps[j] > t), 0))
    return out


def by_nearest(temps):
    n = len(temps)
    nearest = {}  # temperature -> nearest later day with it
    out = [0] * n
    for i in range(n - 1, -1, -1):
        later = [nearest[w] for w in range(temps[i] + 1, HIGH + 1) if w in nearest]
        out[i] = min(later) - i if later else 0
        nearest[temps[i]] = i
    return out


def case(temps, tags):
    assert 1 <= len(temps) <= 10**5 and all(LOW <= t <= HIGH for t in temps)
    return {"input": [temps], "expected": by_nearest(temps), "tags": tags}


check = random.Random(1500)
for _ in range(300):
    ts = [check.randint(LOW, check.choice([31, 35, 100])) for _ in range(check.randint(1, 40))]
    assert brute(ts) == by_nearest(ts), ts

r = random.Random(15)
visible = [
    case([70, 68, 72, 71, 69, 75, 74], ["example"]),
    case([40, 50, 60], ["example"]),
    case([80, 80, 79], ["example"]),
]

hidden = [
    case([55], ["single element"]),
    case([30, 100], ["two elements", "boundary"]),
    case([100, 30], ["two elements", "no solution"]),
    case([64, 64, 64, 64, 64], ["all equal", "no solution"]),
    case(list(range(30, 101)), ["sorted input"]),
    case(list(range(100, 29, -1)), ["reverse sorted", "no solution"]),
    case([50, 50, 50, 51], ["duplicates", "answer at end"]),
    case([73, 60, 61, 62, 63, 80, 40, 45, 79], ["waiting days answered together"]),
    case([90, 31, 32, 33, 34, 35, 36, 37, 38, 91], ["answer at end", "long wait"]),
    case([r.randint(LOW, HIGH) for _ in range(300)], ["random"]),
    case([r.randint(LOW, 35) for _ in range(300)], ["random", "duplicates"]),
    case([100] * 10**5, ["worst-case size", "all equal"]),
    case([r.randint(LOW, HIGH) for _ in range(50000)], ["worst-case size", "random"]),
    case([100 - (i % 71) for i in range(20000)] + [100], ["sawtooth", "large input"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
