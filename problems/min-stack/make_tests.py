"""Writes tests.json for min-stack next to this file. Deterministic: python3 make_tests.py

Expected outputs come from a plain list model (min() over the whole stack), independent of the
reference solution, which CI then checks against them.
"""

import json
import os
import random

rng = random.Random(4)
INT_MIN, INT_MAX = -(2**31), 2**31 - 1


def expected(ops, args):
    stack, out = [], []
    for op, a in zip(ops, args):
        if op == "MinStack":
            out.append(None)
        elif op == "push":
            stack.append(a[0])
            out.append(None)
        elif op == "pop":
            stack.pop()
            out.append(None)
        elif op == "top":
            out.append(stack[-1])
        else:
            out.append(min(stack))
    return out


def expected_fast(ops, args):
    # Same answers with a running-minimum stack: used for the large tests, where min() per call is slow here too.
    stack, out = [], []
    for op, a in zip(ops, args):
        if op == "push":
            stack.append((a[0], a[0] if not stack else min(a[0], stack[-1][1])))
            out.append(None)
        elif op == "pop":
            stack.pop()
            out.append(None)
        elif op == "top":
            out.append(stack[-1][0])
        elif op == "getMin":
            out.append(stack[-1][1])
        else:
            out.append(None)
    return out


def case(calls, tags):
    ops = ["MinStack"] + [c[0] for c in calls]
    args = [[]] + [c[1] for c in calls]
    exp = expected(ops, args) if len(ops) < 5000 else expected_fast(ops, args)
    return {"input": [ops, args], "expected": exp, "tags": tags}


def P(v):
    return ("push", [v])


POP, TOP, MIN = ("pop", []), ("top", []), ("getMin", [])


def random_calls(n, lo, hi, seed):
    r = random.Random(seed)
    calls, size = [], 0
    for _ in range(n):
        choice = r.random()
        if size == 0 or choice < 0.4:
            calls.append(P(r.randint(lo, hi)))
            size += 1
        elif choice < 0.6:
            calls.append(POP)
            size -= 1
        elif choice < 0.8:
            calls.append(TOP)
        else:
            calls.append(MIN)
    return calls


visible = [
    case([P(5), P(2), P(8), MIN, POP, TOP, MIN], ["example"]),
    case([P(3), P(-1), MIN, POP, MIN], ["example", "minimum restored after popping it"]),
]

hidden = [
    case([P(7), TOP, MIN], ["single element"]),
    case([P(2), P(2), P(3), MIN, POP, POP, MIN, POP, P(9), MIN], ["duplicate minimum: popping one copy keeps the other"]),
    case([P(1), P(2), P(3), P(4), MIN, POP, MIN, POP, MIN, TOP], ["increasing pushes: minimum stays at the bottom"]),
    case([P(4), P(3), P(2), P(1), MIN, POP, MIN, POP, MIN, POP, MIN, TOP], ["decreasing pushes: minimum changes on every pop"]),
    case([P(INT_MAX), P(INT_MIN), MIN, TOP, POP, MIN, TOP], ["values at the 32-bit limits"]),
    case([P(-5), P(-5), P(-10), P(-3), MIN, POP, MIN, POP, MIN, POP, MIN, TOP], ["negative numbers", "duplicates"]),
    case([P(1), POP, P(6), MIN, POP, P(-2), MIN, TOP], ["stack emptied and reused"]),
    case([P(0), P(0), P(0), MIN, POP, MIN, POP, MIN, TOP], ["all equal values"]),
    case([P(3), P(5), MIN, P(2), P(1), MIN, POP, MIN, POP, MIN, P(0), MIN, TOP], ["minimum goes down and back up"]),
    case(random_calls(300, -50, 50, 11), ["random operations", "medium size"]),
    case(random_calls(2000, INT_MIN, INT_MAX, 12), ["random operations", "full value range"]),
    case(
        [P(v) for v in range(50000, 0, -1)] + [MIN] * 25000 + [TOP] * 24000,
        ["large input", "50,000 elements on the stack: getMin must not scan the stack"],
    ),
    case(
        [P(rng.randint(INT_MIN, INT_MAX)) for _ in range(30000)] + [c for _ in range(20000) for c in (MIN, POP)][:40000] + [MIN, TOP] * 5000,
        ["large input", "pops interleaved with getMin on a deep stack"],
    ),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")) + "\n")
