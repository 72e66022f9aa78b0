"""Writes tests.json for generate-parentheses next to this file. Deterministic.

Expected lists come from the decomposition "(" + A + ")" + B (A and B balanced, shorter),
cross-checked for n <= 8 by filtering all 2^(2n) strings of brackets, and against the Catalan
numbers. The reference solutions instead build strings left to right with counters.
"""

import itertools
import json
import os
from functools import lru_cache
from math import comb


@lru_cache(maxsize=None)
def decompose(n):
    if n == 0:
        return ("",)
    out = []
    for inner in range(n):
        for a in decompose(inner):
            for b in decompose(n - 1 - inner):
                out.append("(" + a + ")" + b)
    return tuple(out)


def balanced(s):
    depth = 0
    for ch in s:
        depth += 1 if ch == "(" else -1
        if depth < 0:
            return False
    return depth == 0


def case(n, tags):
    assert 1 <= n <= 10
    answer = sorted(decompose(n))
    assert len(answer) == len(set(answer)) == comb(2 * n, n) // (n + 1)
    if n <= 8:
        assert answer == sorted("".join(p) for p in itertools.product("()", repeat=2 * n) if balanced(p))
    return {"input": [n], "expected": answer, "tags": tags}


visible = [
    case(3, ["example"]),
    case(1, ["example"]),
]

hidden = [
    case(1, ["single element", "boundary"]),
    case(2, ["two elements"]),
    case(3, ["small"]),
    case(4, ["small"]),
    case(5, ["medium"]),
    case(6, ["medium"]),
    case(7, ["medium"]),
    case(8, ["1,430 strings"]),
    case(9, ["4,862 strings"]),
    case(10, ["worst-case size", "16,796 strings"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
