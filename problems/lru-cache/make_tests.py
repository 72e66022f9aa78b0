"""Writes tests.json for lru-cache next to this file. Deterministic: python3 make_tests.py

Expected outputs come from an OrderedDict model, independent of the reference solution.
"""

import json
import os
import random
from collections import OrderedDict


def expected(ops, args):
    out, cache, cap = [], None, 0
    for op, a in zip(ops, args):
        if op == "LRUCache":
            cache, cap = OrderedDict(), a[0]
            out.append(None)
        elif op == "get":
            if a[0] in cache:
                cache.move_to_end(a[0])
                out.append(cache[a[0]])
            else:
                out.append(-1)
        else:
            cache[a[0]] = a[1]
            cache.move_to_end(a[0])
            if len(cache) > cap:
                cache.popitem(last=False)
            out.append(None)
    return out


def case(capacity, calls, tags):
    ops = ["LRUCache"] + [c[0] for c in calls]
    args = [[capacity]] + [c[1] for c in calls]
    return {"input": [ops, args], "expected": expected(ops, args), "tags": tags}


def G(k):
    return ("get", [k])


def P(k, v):
    return ("put", [k, v])


def random_calls(n, keys, seed, get_share=0.5, max_value=10**9):
    r = random.Random(seed)
    return [G(r.randint(0, keys)) if r.random() < get_share else P(r.randint(0, keys), r.randint(0, max_value)) for _ in range(n)]


visible = [
    case(2, [P(1, 10), P(2, 20), G(1), P(3, 30), G(2), G(3)], ["example", "get refreshes an entry"]),
    case(1, [P(4, 1), P(4, 2), P(5, 3), G(4), G(5)], ["example", "put overwrites", "capacity 1"]),
]

hidden = [
    case(1, [G(0), P(0, 0), G(0), P(1, 1), G(0), G(1)], ["capacity 1", "key 0 and value 0"]),
    case(2, [P(1, 1), P(2, 2), P(1, 100), P(3, 3), G(1), G(2), G(3)], ["put on an existing key refreshes it"]),
    case(2, [P(1, 1), P(2, 2), P(2, 5), P(1, 6), G(1), G(2), P(3, 3), G(1), G(2), G(3)], ["updating an existing key must not evict"]),
    case(3, [G(1), G(2), P(1, 1), G(3), P(2, 2), P(3, 3), P(4, 4), G(1), G(2)], ["get on a missing key changes nothing", "eviction at exactly capacity + 1"]),
    case(3, [P(1, 1), P(2, 2), P(3, 3), G(1), G(2), P(4, 4), G(3), G(1), G(2), G(4)], ["several reads reorder the entries"]),
    case(2, [P(5, 5), G(5), G(5), G(5), P(6, 6), P(7, 7), G(5), G(6), G(7)], ["repeated gets of one key"]),
    case(4, [P(k, k * 10) for k in range(10)] + [G(k) for k in range(10)], ["only the most recent capacity keys survive"]),
    case(3, [P(1, 1), P(2, 2), P(3, 3), P(4, 4), P(1, 9), G(2), G(1), G(3), G(4)], ["evicted key inserted again"]),
    case(10, random_calls(500, 25, 21), ["random operations", "medium size"]),
    case(100, random_calls(5000, 300, 22), ["random operations", "many evictions"]),
    case(3000, random_calls(20000, 100000, 23, get_share=0.3), ["random operations", "keys up to 10^5"]),
    case(
        50000,
        # Two full passes of reads, each starting from the most recently used key (down, then up
        # again): every read of a list-kept order scans the whole list, so a linear-time reorder is
        # far over the limit, never near it.
        [P(k, k) for k in range(50000)]
        + [G(k) for k in range(49999, -1, -1)]
        + [G(k) for k in range(50000)]
        + [P(k, 7) for k in range(50000, 60000)]
        + [G(k) for k in range(0, 60000, 6)],
        ["large input", "capacity 50,000: reordering must not be linear in the capacity"],
    ),
    case(20000, random_calls(30000, 30000, 24, get_share=0.5, max_value=1000), ["large input", "30,000 random calls on a large cache"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")) + "\n")
