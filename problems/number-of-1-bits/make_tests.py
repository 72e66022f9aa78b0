"""Writes tests.json for number-of-1-bits next to this file. Deterministic.

Expected answers count the '1' characters of Python's binary string for n.
"""

import json
import os
import random

INT_MAX = 2**31 - 1


def case(n, tags):
    assert 0 <= n <= INT_MAX
    return {"input": [n], "expected": bin(n).count("1"), "tags": tags}


visible = [
    case(13, ["example"]),
    case(64, ["example"]),
    case(2147483646, ["example"]),
]

r = random.Random(42)
hidden = [
    case(0, ["zeros", "no set bits"]),
    case(1, ["single bit", "lowest bit"]),
    case(INT_MAX, ["int boundaries", "all 31 bits set", "worst-case size"]),
    case(2**30, ["int boundaries", "only the highest bit set"]),
    case(2**30 + 1, ["highest and lowest bits only"]),
    case(0x55555555, ["alternating bits starting at bit 0"]),
    case(0x2AAAAAAA, ["alternating bits starting at bit 1"]),
    case(255, ["low byte full"]),
    case(7, ["small value"]),
    case(1023 << 21, ["block of ten high bits"]),
    case(r.randint(0, INT_MAX), ["random"]),
    case(r.randint(2**29, INT_MAX), ["random", "large value"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
