"""Writes tests.json for minimum-window-substring next to this file. Deterministic.

Expected outputs come from models independent of the reference solution: small cases try every
window of s; large ones binary-search the shortest covering length (covering is monotone in the
length) and then slide a fixed-size window from the left to find the leftmost one.
"""

import json
import os
import random
import string
from collections import Counter

LETTERS = string.ascii_letters


def covers(window_count, need):
    return all(window_count[c] >= k for c, k in need.items())


def brute(s, t):
    need = Counter(t)
    best = ""
    for length in range(1, len(s) + 1):
        for start in range(0, len(s) - length + 1):
            if covers(Counter(s[start:start + length]), need):
                return s[start:start + length]
    return best


def first_window_of_length(s, need, length):
    """Start of the leftmost window of this length that covers need, or -1."""
    count = Counter()
    short = len(need)  # letters whose count in the window is below what t needs
    for i, c in enumerate(s):
        count[c] += 1
        if c in need and count[c] == need[c]:
            short -= 1
        if i >= length:
            out = s[i - length]
            if out in need and count[out] == need[out]:
                short += 1
            count[out] -= 1
        if i >= length - 1 and short == 0:
            return i - length + 1
    return -1


def by_length_search(s, t):
    need = Counter(t)
    if first_window_of_length(s, need, len(s)) < 0:
        return ""
    lo, hi = max(1, len(t)), len(s)
    while lo < hi:
        mid = (lo + hi) // 2
        if first_window_of_length(s, need, mid) >= 0:
            hi = mid
        else:
            lo = mid + 1
    start = first_window_of_length(s, need, lo)
    return s[start:start + lo]


def expected(s, t):
    fast = by_length_search(s, t)
    if len(s) <= 60:
        assert brute(s, t) == fast, (s, t)
    return fast


def case(s, t, tags):
    assert 1 <= len(s) <= 10**5 and 1 <= len(t) <= 10**5
    assert all(c in LETTERS for c in s + t)
    return {"input": [s, t], "expected": expected(s, t), "tags": tags}


r = random.Random(20)


def rand(n, alphabet):
    return "".join(r.choice(alphabet) for _ in range(n))


visible = [
    case("XYAZBYCA", "ABC", ["example"]),
    case("hello", "Lo", ["example", "no solution"]),
    case("k", "k", ["example", "single element"]),
]

tail = rand(99999, "abcdefghijklmnopqrstuvwxy") + "Z"
hidden = [
    case("a", "b", ["single element", "no solution"]),
    case("ab", "abc", ["t longer than s", "no solution"]),
    case("aab", "ab", ["duplicates", "extra copy of a needed letter before the window"]),
    case("baba", "aa", ["duplicates", "t repeats a letter"]),
    case("ADCBAXBCA", "AABC", ["duplicates", "t repeats a letter"]),
    case("xaybxbya", "ab", ["tie-break", "several shortest windows: the leftmost wins"]),
    case("caexxeac", "ace", ["tie-break", "answer at start"]),
    case("aaaaaaa", "aaa", ["all same character", "tie-break"]),
    case("AbcDaBcd", "ABCD", ["case-sensitive letters", "no solution"]),
    case("zzzzqabc", "cbaq", ["answer at end"]),
    case("abcqzzzzz", "qcba", ["answer at start"]),
    case("thequickbrownfox", "thequickbrownfox", ["whole string is the answer"]),
    case("abcabdebac", "cea", ["random"]),
    case(rand(40, "ab"), "aabbb", ["random", "two-letter alphabet"]),
    case(rand(55, "abcAB"), "aBc", ["random", "mixed case"]),
    case(rand(60, "xyz"), "xxyyzz", ["random", "duplicates"]),
    case(rand(3000, LETTERS), rand(30, LETTERS), ["random", "medium size"]),
    case(rand(2000, "abc"), "a" * 600 + "b" * 600, ["duplicates", "long window"]),
    case(tail, "Za", ["worst-case size", "answer at end", "every start must reach the last letter"]),
    case(rand(100000, LETTERS), rand(60, LETTERS), ["worst-case size", "random"]),
    case(rand(100000, "ab"), "a" * 40000 + "b" * 40000, ["worst-case size", "duplicates"]),
    case(rand(50000, LETTERS), rand(100000, LETTERS), ["t longer than s", "no solution", "worst-case size"]),
]

data = {"visible": visible, "hidden": hidden}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json"), "w") as f:
    f.write(json.dumps(data, separators=(",", ":")))
