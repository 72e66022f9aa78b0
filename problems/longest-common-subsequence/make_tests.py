"""Writes tests.json for longest-common-subsequence next to this file. Deterministic.

Expected answers come from a bit-parallel method (one machine word per prefix of text1, updated
letter by letter of text2), not the reference's table; small cases are also checked against a
brute force that tries every subsequence of the shorter string.
"""

import json
import os
import random
from itertools import combinations


def lcs_bits(a, b):
    masks = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - bin(v).count("1")


def is_subsequence(s, t):
    it = iter(t)
    return all(ch in it for ch in s)


def lcs_brute(a, b):
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    for size in range(len(short), 0, -1):
        if any(is_subsequence("".join(c), long_) for c in combinations(short, size)):
            return size
    return 0


def case(text1, text2, tags):
    assert 1 <= len(text1) <= 1000 and 1 <= len(text2) <= 1000
    assert all("a" <= ch <= "z" for ch in text1 + text2)
    expected = lcs_bits(text1, text2)
    if min(len(text1), len(text2)) <= 12:
        assert expected == lcs_brute(text1, text2)
    return {"input": [text1, text2], "expected": expected, "tags": tags}


r = random.Random(44)


def word(n, letters):
    return "".join(r.choice(letters) for _ in range(n))


visible = [
    case("kite", "knight", ["example"]),
    case("banana", "ananas", ["example"]),
    case("dog", "cat", ["example"]),
]

hidden = [
    case("q", "q", ["single element", "one-letter match"]),
    case("q", "z", ["single element", "no solution"]),
    case("aaa", "a", ["duplicates", "a letter of text2 is used once"]),
    case("abc", "cba", ["order matters", "same letters reversed"]),
    case("stone", "tones", ["order matters", "greedy first match fails"]),
    case("xyzabc", "abcxyz", ["two blocks swapped"]),
    case("algorithm", "algorithm", ["identical strings"]),
    case("zzzzzzq", "q", ["answer at end"]),
    case("mississippi", "missouri", ["duplicates", "repeated letters on both sides"]),
    case(word(11, "ab"), word(9, "ab"), ["random", "two-letter alphabet"]),
    case(word(35, "abc"), word(30, "abc"), ["random", "medium size"]),
    case(word(40, "abcdefghijklmnopqrstuvwxyz"), word(45, "abcdefghijklmnopqrstuvwxyz"), ["random", "medium size"]),
    case(word(1000, "abcd"), word(1000, "abcd"), ["worst-case size", "random"]),
    case(word(1000, "abcdefghijklmnopqrstuvwxyz"), word(1000, "abcdefghijklmnopqrstuvwxyz"), ["worst-case size", "random"]),
    case("a" * 1000, "a" * 1000, ["worst-case size", "all same character"]),
    case(word(1000, "abcdefghijklm"), "n" * 999 + "a", ["worst-case size", "answer at end"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
