"""Writes tests.json for largest-rectangle-in-histogram next to this file. Deterministic (fixed seed).

Expected answers: brute force over every left and right edge for small inputs; for large ones,
bars are switched on from tallest to shortest and merged with their switched-on neighbours
(union-find), each merge giving a rectangle as tall as the new bar and as wide as its block.
The two models are compared on random small inputs first.
"""

import json
import os
import random

MAX_N, MAX_H = 10**5, 10**4


def brute(heights):
    best = 0
    for i in range(len(heights)):
        low = heights[i]
        for j in range(i, len(heights)):
            low = min(low, heights[j])
            best = max(best, low * (j - i + 1))
    return best


def by_merging(heights):
    n = len(heights)
    parent = list(range(n))
    size = [1] * n
    on = [False] * n

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    best = 0
    for i in sorted(range(n), key=lambda i: -heights[i]):
        on[i] = True
        for j in (i - 1, i + 1):
            if 0 <= j < n and on[j]:
                a, b = find(i), find(j)
                if a != b:
                    if size[a] < size[b]:
                        a, b = b, a
                    parent[b] = a
                    size[a] += size[b]
        best = max(best, heights[i] * size[find(i)])
    return best


def answer(heights):
    return brute(heights) if len(heights) <= 1500 else by_merging(heights)


def case(heights, tags):
    assert 1 <= len(heights) <= MAX_N and all(0 <= h <= MAX_H for h in heights)
    return {"input": [heights], "expected": answer(heights), "tags": tags}


check = random.Random(1700)
for _ in range(400):
    hs = [check.randint(0, check.choice([1, 3, 10, 10000])) for _ in range(check.randint(1, 40))]
    assert brute(hs) == by_merging(hs), hs

r = random.Random(17)
visible = [
    case([2, 4, 5, 1, 3, 3], ["example"]),
    case([6, 2, 4, 5, 5, 1, 6], ["example"]),
    case([0, 3, 0], ["example"]),
]

hidden = [
    case([7], ["single element"]),
    case([0], ["single element", "zeros"]),
    case([0, 0, 0, 0], ["zeros", "all equal"]),
    case([3, 3, 3], ["all equal"]),
    case([4, 9], ["two elements", "answer at end"]),
    case([1, 2, 3, 4, 5], ["sorted input", "answer at end"]),
    case([5, 4, 3, 2, 1], ["reverse sorted"]),
    case([2, 1, 2], ["low bar spans taller ones"]),
    case([1, 3, 2, 5, 6, 2, 3], ["low bar spans taller ones"]),
    case([5, 5, 1, 7, 7, 7, 1, 5, 5], ["duplicates", "plateaus"]),
    case([2, 1, 4, 5, 1, 3, 3, 6, 6, 6, 2], ["random"]),
    case([10000, 0, 10000, 10000], ["int boundaries", "zeros"]),
    case([r.randint(0, 20) for _ in range(200)], ["random"]),
    case([r.randint(0, MAX_H) for _ in range(1000)], ["random"]),
    case([i // 3 for i in range(30000)], ["sorted input", "large input"]),
    case([MAX_H] * MAX_N, ["worst-case size", "all equal", "largest possible area"]),
    case([r.randint(0, MAX_H) for _ in range(50000)], ["worst-case size", "random"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
