"""Writes tests.json for longest-repeating-character-replacement next to this file. Deterministic (fixed seed).

Expected answers come from models independent of the reference solution (one window with the
most-common-letter count): every substring for small inputs, and for large ones one window per
target letter (the longest window with at most k other letters), taking the best over 26 letters.
"""

import json
import os
import random
import string

rng = random.Random(12)
UPPER = string.ascii_uppercase


def every_substring(s, k):
    best = 0
    for i in range(len(s)):
        counts = [0] * 26
        for j in range(i, len(s)):
            counts[ord(s[j]) - 65] += 1
            if j - i + 1 - max(counts) <= k:
                best = max(best, j - i + 1)
    return best


def per_letter(s, k):
    best = 0
    for letter in set(s):
        left = others = 0
        for right, c in enumerate(s):
            others += c != letter
            while others > k:
                others -= s[left] != letter
                left += 1
            best = max(best, right - left + 1)
    return best


def expected(s, k):
    answer = per_letter(s, k)
    if len(s) <= 300:
        assert answer == every_substring(s, k)
    return answer


def case(s, k, tags):
    assert 1 <= len(s) <= 10**5 and set(s) <= set(UPPER) and 0 <= k <= len(s)
    return {"input": [s, k], "expected": expected(s, k), "tags": tags}


def word(n, alphabet=UPPER):
    return "".join(rng.choice(alphabet) for _ in range(n))


visible = [
    case("ABBBCB", 1, ["example"]),
    case("XYZ", 0, ["example"]),
    case("AABCA", 2, ["example"]),
]

# A long run of 'Q' with a few gaps, placed at the very end of a large random string.
tail = list("Q" * 3000)
for i in rng.sample(range(3000), 40):
    tail[i] = "R"
late = word(97000, "ABCDEFGH") + "".join(tail)
hidden = [
    case("A", 0, ["single element", "k = 0"]),
    case("A", 1, ["single element", "k = length"]),
    case("AB", 0, ["two elements", "k = 0"]),
    case("AB", 2, ["two elements", "k = length"]),
    case("AAAA", 2, ["all same character"]),
    case("ABAB", 2, ["alternating letters", "k = half"]),
    case("ABCDE", 5, ["k = length", "no repeats"]),
    case("AAABBBBBCA", 0, ["k = 0", "longest run in the middle"]),
    case("BAAAB", 1, ["off by one"]),
    case("BBBAC", 1, ["answer at start"]),
    case("CABBBBB", 1, ["answer at end"]),
    case("ABAA", 0, ["k = 0", "answer at end"]),
    case("AABABBA", 1, ["most common letter changes as the window moves"]),
    case(word(200, "AB"), 7, ["random", "two letters"]),
    case(word(300), 4, ["random"]),
    case(word(100000, "ABC"), 500, ["worst-case size"]),
    case(late, 40, ["worst-case size", "answer at end"]),
]

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(path, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
