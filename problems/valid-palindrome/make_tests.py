"""Writes tests.json for valid-palindrome next to this file. Deterministic (fixed seed).

Expected answers come from building the cleaned string and comparing it with its reverse,
independent of the reference solution (two pointers over the original string).
"""

import json
import os
import random
import string

rng = random.Random(9)
ALNUM = string.ascii_letters + string.digits
PRINTABLE = [chr(c) for c in range(32, 127)]
OTHER = [c for c in PRINTABLE if c not in ALNUM]


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c in ALNUM]
    return cleaned == cleaned[::-1]


def case(s, tags):
    assert 1 <= len(s) <= 2 * 10**5 and all(32 <= ord(c) <= 126 for c in s)
    return {"input": [s], "expected": is_palindrome(s), "tags": tags}


def noisy(core):
    """Spreads punctuation and spaces through core and flips letter case at random."""
    out = []
    for c in core:
        while rng.random() < 0.3:
            out.append(rng.choice(OTHER))
        out.append(c.upper() if rng.random() < 0.5 else c)
    return "".join(out)


def palindrome_core(n, alphabet):
    half = [rng.choice(alphabet) for _ in range(n // 2)]
    middle = [rng.choice(alphabet)] if n % 2 else []
    return "".join(half + middle + half[::-1])


visible = [
    case("Was it a car or a cat I saw?", ["example"]),
    case("level up", ["example"]),
    case("Step on 9 no pets", ["example"]),
]

lower_alnum = string.ascii_lowercase + string.digits
mid_core = palindrome_core(1001, lower_alnum)
big_core = palindrome_core(130000, lower_alnum)
big_broken = list(palindrome_core(130000, lower_alnum))
big_broken[65000] = "a" if big_broken[64999] != "a" else "7"
hidden = [
    case("a", ["single element"]),
    case(" ", ["no letters or digits", "single element"]),
    case(".,!? ;", ["no letters or digits"]),
    case("?!", ["no letters or digits", "two elements"]),
    case("0P", ["digits", "two elements"]),
    case("ab1a", ["digits", "off by one"]),
    case("Aa", ["mixed case", "two elements"]),
    case("ab", ["two elements"]),
    case("Madam, in Eden, I'm Adam.", ["mixed case", "punctuation"]),
    case("12:21", ["digits"]),
    case("1 2 3 4 2 1", ["digits", "mismatch in the middle"]),
    case("!!a!!", ["punctuation at both ends"]),
    case("`~_a@#$%^&*()_+-=[]{}|;':\",./<>?\\A_", ["all punctuation kinds", "mixed case"]),
    case("zzzzzzzz", ["all same character"]),
    case("x" * 5 + "y" + "x" * 4, ["all same character", "off by one"]),
    case(noisy(mid_core), ["random"]),
    case(noisy(palindrome_core(1000, lower_alnum)[:-1] + "#q"), ["random", "mismatch at the ends"]),
    case(noisy(big_core), ["worst-case size"]),
    case(noisy("".join(big_broken)), ["worst-case size", "mismatch in the middle"]),
]

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(path, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
