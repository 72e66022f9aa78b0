"""Writes tests.json for coin-change next to this file. Deterministic.

Expected answers come from a breadth-first search over amounts (0, then every amount one coin
away, and so on): the level at which `amount` is first reached is the fewest coins. This is a
different method from the reference solution's table.
"""

import json
import os
import random
from collections import deque

INT_MAX = 2**31 - 1


def fewest(coins, amount):
    if amount == 0:
        return 0
    dist = [-1] * (amount + 1)
    dist[0] = 0
    queue = deque([0])
    while queue:
        a = queue.popleft()
        for c in coins:
            b = a + c
            if b <= amount and dist[b] < 0:
                dist[b] = dist[a] + 1
                if b == amount:
                    return dist[b]
                queue.append(b)
    return -1


def case(coins, amount, tags):
    assert 1 <= len(coins) <= 12 and all(1 <= c <= INT_MAX for c in coins) and 0 <= amount <= 10**4
    return {"input": [coins, amount], "expected": fewest(coins, amount), "tags": tags}


visible = [
    case([2, 5, 10], 27, ["example"]),
    case([3, 7], 5, ["example"]),
    case([4, 9], 17, ["example"]),
]

r = random.Random(43)


def random_coins(count, lo, hi):
    return r.sample(range(lo, hi + 1), count)


hidden = [
    case([1], 0, ["zeros", "amount 0 needs no coins"]),
    case([2], 1, ["no solution", "every coin larger than the amount"]),
    case([1, 3, 4], 6, ["greedy fails: 3 + 3 beats 4 + 1 + 1"]),
    case([1], 7, ["single coin value", "answer equals the amount"]),
    case([5, 1, 2], 3, ["unsorted coins"]),
    case([INT_MAX, 2], 10, ["int boundaries", "a coin far larger than the amount"]),
    case([3, 3, 5], 11, ["duplicates", "repeated coin value"]),
    case([9, 6, 5, 1], 11, ["greedy fails", "unsorted coins"]),
    case([10000], 10000, ["one coin equal to the amount", "boundary"]),
    case([7, 11], 47, ["two coins", "answer needs both values"]),
    case([11, 7], 59, ["no solution", "largest amount 7 and 11 cannot make"]),
    case(random_coins(4, 1, 40), 300, ["random", "medium amount"]),
    case(random_coins(6, 3, 90), 499, ["random", "medium amount"]),
    case([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24], 9999, ["no solution", "worst-case size", "only even coins, odd amount"]),
    case([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000], 9999, ["worst-case size", "twelve coins"]),
    case(random_coins(12, 50, 600), 10000, ["worst-case size", "random", "no coin of value 1"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
