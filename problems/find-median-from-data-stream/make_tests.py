"""Writes tests.json for find-median-from-data-stream next to this file. Deterministic.

Expected outputs come from a sorted list of all values (bisect.insort, middle one or two),
independent of the two heaps in the reference solution; small cases also re-sort from scratch.
"""

import bisect
import json
import os
import random

LO, HI = -10**5, 10**5


def median(ordered):
    n = len(ordered)
    mid = n // 2
    return float(ordered[mid]) if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def expected(calls):
    ordered, out = [], [None]
    for op, arg in calls:
        if op == "addNum":
            bisect.insort(ordered, arg)
            out.append(None)
        else:
            out.append(median(ordered))
    if len(calls) <= 400:
        seen, check = [], [None]
        for op, arg in calls:
            if op == "addNum":
                seen.append(arg)
                check.append(None)
            else:
                s = sorted(seen)
                check.append(float(s[len(s) // 2]) if len(s) % 2 else (s[len(s) // 2 - 1] + s[len(s) // 2]) / 2)
        assert check == out
    return out


def case(calls, tags):
    assert len(calls) <= 5 * 10**4
    added = 0
    for op, arg in calls:
        if op == "addNum":
            assert LO <= arg <= HI
            added += 1
        else:
            assert added > 0
    ops = ["MedianFinder"] + [op for op, _ in calls]
    args = [[]] + [[a] if op == "addNum" else [] for op, a in calls]
    return {"input": [ops, args], "expected": expected(calls), "tags": tags}


def A(v):
    return ("addNum", v)


M = ("findMedian", None)


def each(values):
    # Add the values one by one, asking for the median after each.
    return [c for v in values for c in (A(v), M)]


r = random.Random(32)


def rand(n, lo=LO, hi=HI):
    return [r.randint(lo, hi) for _ in range(n)]


def mixed(n, lo, hi):
    calls, added = [], 0
    for _ in range(n):
        if added == 0 or r.random() < 0.55:
            calls.append(A(r.randint(lo, hi)))
            added += 1
        else:
            calls.append(M)
    return calls


visible = [
    case([A(4), A(10), M, A(1), M], ["example"]),
    case([A(-3), M, A(-3), M, A(8), A(2), M], ["example", "duplicates", "negatives"]),
]

hidden = [
    case([A(5), M], ["single element"]),
    case([A(1), A(2), M], ["two elements", "median with a .5"]),
    case([A(0), M, A(0), M, A(0), M], ["zeros", "all equal"]),
    case([A(-100000), M, A(100000), M, A(100000), M, A(-100000), M], ["int boundaries", "median 0 from the extremes"]),
    case([A(100000), A(99999), M, A(-99999), A(-100000), M], ["int boundaries", "median with a .5"]),
    case(each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), ["sorted input", "odd and even sizes alternate"]),
    case(each([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]), ["reverse sorted", "odd and even sizes alternate"]),
    case(each([5, 15, 1, 3, 8, 7, 9, 10, 20, 2]), ["new value lands on either side of the middle"]),
    case(each([-7, -7, -7, 2, 2, 2, -7, 2]), ["duplicates", "negatives"]),
    case([A(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]] + [M, M, M], ["repeated findMedian without adds"]),
    case(mixed(300, -10, 10), ["random", "duplicates"]),
    case(mixed(3000, LO, HI), ["random", "medium size"]),
    case(mixed(30000, LO, HI), ["worst-case size", "random"]),
    case([A(v) for v in range(12000, 0, -1)] + [c for v in rand(2000, -5, 5) for c in (A(v), M)], ["worst-case size", "reverse sorted", "median near the new values"]),
]

data = {"visible": visible, "hidden": hidden}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json"), "w") as f:
    f.write(json.dumps(data, separators=(",", ":")))
