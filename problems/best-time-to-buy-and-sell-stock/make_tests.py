"""Writes tests.json for best-time-to-buy-and-sell-stock next to this file. Deterministic (fixed seed).

Expected answers come from models independent of the reference solution (a running minimum):
every buy/sell pair for small inputs, and the best later price (suffix maximum) for each buy day
on large ones.
"""

import json
import os
import random

rng = random.Random(10)
MAX_PRICE = 10**4


def all_pairs(prices):
    return max([0] + [prices[j] - prices[i] for i in range(len(prices)) for j in range(i + 1, len(prices))])


def by_suffix_max(prices):
    best, best_later = 0, -1
    for p in reversed(prices):
        if best_later >= 0:
            best = max(best, best_later - p)
        best_later = max(best_later, p)
    return best


def expected(prices):
    answer = by_suffix_max(prices)
    if len(prices) <= 500:
        assert answer == all_pairs(prices)
    return answer


def case(prices, tags):
    assert 1 <= len(prices) <= 10**5 and all(0 <= p <= MAX_PRICE for p in prices)
    return {"input": [prices], "expected": expected(prices), "tags": tags}


def rand_prices(n, lo=0, hi=MAX_PRICE):
    return [rng.randint(lo, hi) for _ in range(n)]


visible = [
    case([5, 1, 4, 2, 9, 3], ["example"]),
    case([9, 7, 4, 1], ["example"]),
    case([6], ["example"]),
]

# Worst case with the best sale on the very last day.
late = rand_prices(100000, 3000, 7000)
late[rng.randrange(50000)] = 2500
late[-1] = MAX_PRICE
hidden = [
    case([0], ["single element", "zeros"]),
    case([3, 8], ["two elements"]),
    case([8, 3], ["two elements", "no solution"]),
    case([4, 4, 4, 4], ["all equal"]),
    case([4, 10, 1, 3], ["best trade before the lowest price"]),
    case([3, 1, 4], ["answer at end"]),
    case([5, 9, 1, 8], ["new low after a high"]),
    case([3, 9, 2, 5, 0, 1], ["best trade before the lowest price"]),
    case([0, MAX_PRICE], ["boundary", "answer at end"]),
    case([1, 2, 3, 4, 5, 6], ["sorted input"]),
    case([6, 5, 4, 3, 2, 1], ["reverse sorted", "no solution"]),
    case([2, 7, 1, 2, 0, 6, 5], ["later lower buy day wins"]),
    case(rand_prices(200), ["random"]),
    case(rand_prices(500, 0, 50), ["random", "duplicates"]),
    case(rand_prices(100000), ["worst-case size", "random"]),
    case(late, ["worst-case size", "answer at end"]),
    case(sorted(rand_prices(1000), reverse=True), ["reverse sorted", "no solution"]),
]

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(path, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
