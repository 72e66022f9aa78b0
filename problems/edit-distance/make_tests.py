"""Writes tests.json for edit-distance next to this file. Deterministic.

Expected answers come from a table over suffixes (the cost to turn word1[i:] into word2[j:],
filled from the ends), the mirror image of the reference's prefix table. Small cases are also
checked by a breadth-first search over the strings reachable from word1 by single edits.
"""

import json
import os
import random
from collections import deque


def distance(a, b):
    m, n = len(a), len(b)
    cost = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m, -1, -1):
        for j in range(n, -1, -1):
            if i == m or j == n:
                cost[i][j] = (m - i) + (n - j)
            elif a[i] == b[j]:
                cost[i][j] = cost[i + 1][j + 1]
            else:
                cost[i][j] = 1 + min(cost[i + 1][j], cost[i][j + 1], cost[i + 1][j + 1])
    return cost[0][0]


def distance_bfs(a, b):
    letters = sorted(set(b))
    limit = max(len(a), len(b)) + 1
    seen, queue = {a: 0}, deque([a])
    while queue:
        s = queue.popleft()
        if s == b:
            return seen[s]
        nexts = [s[:k] + s[k + 1 :] for k in range(len(s))]
        for k in range(len(s) + 1):
            for ch in letters:
                if len(s) < limit:
                    nexts.append(s[:k] + ch + s[k:])
                if k < len(s):
                    nexts.append(s[:k] + ch + s[k + 1 :])
        for t in nexts:
            if t not in seen:
                seen[t] = seen[s] + 1
                queue.append(t)
    raise AssertionError("unreachable")


def case(word1, word2, tags):
    assert 0 <= len(word1) <= 500 and 0 <= len(word2) <= 500
    assert all("a" <= ch <= "z" for ch in word1 + word2)
    expected = distance(word1, word2)
    if len(word1) + len(word2) <= 10:
        assert expected == distance_bfs(word1, word2), (word1, word2)
    return {"input": [word1, word2], "expected": expected, "tags": tags}


r = random.Random(45)


def word(n, letters):
    return "".join(r.choice(letters) for _ in range(n))


def mutate(s, edits):
    s = list(s)
    for _ in range(edits):
        kind, k = r.randrange(3), r.randrange(len(s) + 1)
        if kind == 0:
            s.insert(k, r.choice("abcdefghijklmnopqrstuvwxyz"))
        elif k < len(s):
            if kind == 1:
                del s[k]
            else:
                s[k] = r.choice("abcdefghijklmnopqrstuvwxyz")
    return "".join(s)


visible = [
    case("kitten", "sitting", ["example"]),
    case("sunday", "saturday", ["example"]),
    case("cart", "cat", ["example"]),
]

base = word(500, "abcdefghijklmnopqrstuvwxyz")
hidden = [
    case("", "", ["empty input", "both words empty"]),
    case("abc", "", ["empty input", "delete every letter"]),
    case("", "xyz", ["empty input", "insert every letter"]),
    case("q", "q", ["single element", "identical words"]),
    case("q", "z", ["single element", "one replacement"]),
    case("aa", "a", ["duplicates", "a match still costs the extra letter"]),
    case("flake", "lake", ["answer at start", "delete the first letter"]),
    case("dinner", "diner", ["duplicates", "doubled letter"]),
    case("stone", "notes", ["same letters in a different order"]),
    case("abc", "cab", ["rotation"]),
    case("abcdef", "ghijkl", ["no letters in common", "replace everything"]),
    case(word(12, "abc"), word(9, "abc"), ["random", "small alphabet"]),
    case(word(22, "abcdefghij"), word(25, "abcdefghij"), ["random", "medium size"]),
    case(word(500, "abcd"), word(500, "abcd"), ["worst-case size", "random"]),
    case(base, mutate(base, 40), ["worst-case size", "a few scattered edits"]),
    case(word(500, "abcdefghijklm"), word(499, "nopqrstuvwxyz"), ["worst-case size", "no letters in common"]),
    case("a" * 500, "a" * 250, ["worst-case size", "all same character"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
