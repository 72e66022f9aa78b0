"""Writes tests.json for valid-anagram next to this file. Deterministic (fixed seed).

Expected answers come from sorting both strings and comparing, independent of the reference
solution (which counts letters).
"""

import json
import os
import random
import string

rng = random.Random(8)
LETTERS = string.ascii_lowercase


def case(s, t, tags):
    assert 1 <= len(s) <= 10**5 and 1 <= len(t) <= 10**5
    assert set(s) <= set(LETTERS) and set(t) <= set(LETTERS)
    return {"input": [s, t], "expected": sorted(s) == sorted(t), "tags": tags}


def word(n, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(n))


def shuffled(s):
    chars = list(s)
    rng.shuffle(chars)
    return "".join(chars)


def change_one(s):
    i = rng.randrange(len(s))
    other = rng.choice([c for c in LETTERS if c != s[i]])
    return s[:i] + other + s[i + 1:]


visible = [
    case("stressed", "desserts", ["example"]),
    case("below", "elbows", ["example"]),
    case("aabb", "abbb", ["example"]),
]

mid = word(2000)
big = word(100000)
big2 = word(100000, "ab")
hidden = [
    case("a", "a", ["single element"]),
    case("a", "b", ["single element"]),
    case("ab", "ba", ["two elements"]),
    case("abc", "abcd", ["length differs", "t contains s"]),
    case("abcd", "abc", ["length differs", "s contains t"]),
    case("aab", "abb", ["duplicates", "same letters, different counts"]),
    case("aaaa", "aaaa", ["all same character"]),
    case("aaaa", "aaab", ["all same character", "off by one"]),
    case("anagram", "anagram", ["identical strings"]),
    case("zyxw", "wxyz", ["reverse sorted"]),
    case(LETTERS, shuffled(LETTERS), ["every letter once"]),
    case("az" * 10, "za" * 9 + "zz", ["alphabet boundaries", "same letters, different counts"]),
    case(mid, shuffled(mid), ["random"]),
    case(mid, change_one(shuffled(mid)), ["random", "one letter differs"]),
    case(big, shuffled(big), ["worst-case size"]),
    case(big2, change_one(shuffled(big2)), ["worst-case size", "one letter differs"]),
]

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(path, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
