"""Writes tests.json for climbing-stairs next to this file. Deterministic.

Expected answers count the sequences directly: a climb with k two-step moves has n - k moves in
all, and the two-step moves can sit at any k of those positions, so ways(n) = sum of C(n - k, k).
"""

import json
import os
from math import comb


def ways(n):
    return sum(comb(n - k, k) for k in range(n // 2 + 1))


def case(n, tags):
    assert 1 <= n <= 45
    return {"input": [n], "expected": ways(n), "tags": tags}


visible = [
    case(4, ["example"]),
    case(1, ["example"]),
    case(6, ["example"]),
]

hidden = [
    case(2, ["boundary", "two ways: 1+1 and 2"]),
    case(3, ["small n", "answer still equals n"]),
    case(5, ["off by one", "small n"]),
    case(7, ["small n"]),
    case(10, ["medium n"]),
    case(19, ["medium n"]),
    case(25, ["medium n", "plain recursion starts to crawl"]),
    case(33, ["large n"]),
    case(38, ["large n"]),
    case(44, ["large n", "exponential recursion runs out of time"]),
    case(45, ["worst-case size", "int boundaries", "largest answer that fits in 32 bits"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
