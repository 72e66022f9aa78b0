"""Writes tests.json for implement-trie-prefix-tree next to this file. Deterministic.

Expected outputs come from a set of words (search) and a sorted list of words with bisect
(startsWith: the first word not below the prefix is the only candidate that can start with it),
independent of the tree in the reference solution.
"""

import bisect
import json
import os
import random


def expected(calls):
    words, ordered, out = set(), [], [None]
    for op, arg in calls:
        if op == "insert":
            if arg not in words:
                words.add(arg)
                bisect.insort(ordered, arg)
            out.append(None)
        elif op == "search":
            out.append(arg in words)
        else:
            i = bisect.bisect_left(ordered, arg)
            out.append(i < len(ordered) and ordered[i].startswith(arg))
    if len(calls) <= 300:
        seen, check = [], [None]
        for op, arg in calls:
            if op == "insert":
                seen.append(arg)
                check.append(None)
            elif op == "search":
                check.append(arg in seen)
            else:
                check.append(any(w.startswith(arg) for w in seen))
        assert check == out
    return out


def case(calls, tags):
    assert len(calls) <= 3 * 10**4
    assert all(1 <= len(a) <= 2000 and a.isascii() and a.isalpha() and a.islower() for _, a in calls)
    ops = ["Trie"] + [op for op, _ in calls]
    args = [[]] + [[a] for _, a in calls]
    return {"input": [ops, args], "expected": expected(calls), "tags": tags}


def I(w):
    return ("insert", w)


def S(w):
    return ("search", w)


def P(w):
    return ("startsWith", w)


r = random.Random(30)


def word(lo, hi, alphabet="abcdefghijklmnopqrstuvwxyz"):
    return "".join(r.choice(alphabet) for _ in range(r.randint(lo, hi)))


def random_calls(n, lo, hi, alphabet, insert_share=0.4):
    inserted, calls = [], []
    for _ in range(n):
        x = r.random()
        if x < insert_share or not inserted:
            w = word(lo, hi, alphabet)
            inserted.append(w)
            calls.append(I(w))
        else:
            base = r.choice(inserted) if r.random() < 0.6 else word(lo, hi, alphabet)
            cut = r.randint(1, len(base))
            q = base if r.random() < 0.5 else base[:cut]
            if r.random() < 0.2:
                q += r.choice(alphabet)
            calls.append(S(q) if r.random() < 0.5 else P(q))
    return calls


def bulk_calls():
    # 15,000 words, then queries: most prefixes match nothing, so scanning every stored word is slow.
    words = [word(6, 10) for _ in range(15000)]
    calls = [I(w) for w in words]
    for i in range(15000):
        kind = i % 15
        if kind < 5:
            calls.append(S(r.choice(words) if kind < 3 else word(6, 10)))
        elif kind < 12:
            calls.append(P(word(4, 6)))
        else:
            w = r.choice(words)
            calls.append(P(w[: r.randint(1, len(w))]))
    return calls


def long_calls():
    # 25 words of about 2,000 letters sharing a 1,500-letter start.
    stem = "ab" * 750
    words = [stem + word(490, 500, "ab") for _ in range(25)]
    calls = [I(w) for w in words]
    for i, w in enumerate(words):
        calls += [S(w), S(w[:-1]), P(w[: 1500 + i]), P(stem + "c")]
    return calls


visible = [
    case([I("card"), S("card"), S("car"), P("car"), I("car"), S("car")], ["example"]),
    case([I("tree"), I("trip"), P("tr"), P("tro"), S("trip"), S("tri")], ["example"]),
]

long_a = "a" * 2000
hidden = [
    case([S("a"), P("a")], ["empty trie", "queries before any insert"]),
    case([I("a"), S("a"), P("a"), S("b"), P("b"), S("aa"), P("aa")], ["single letter word"]),
    case([I("apple"), S("app"), P("app"), S("apples"), P("apples"), P("apple")], ["prefix of a word is not a word", "query longer than every word"]),
    case([I("app"), I("apple"), S("app"), S("appl"), S("apple"), P("appl")], ["one word is a prefix of another"]),
    case([I("go"), I("go"), S("go"), P("g"), S("g")], ["duplicates", "same word inserted twice"]),
    case([I("abc"), P("abc"), S("abd"), P("abd"), P("b"), S("c")], ["prefix equal to a whole word", "branch that does not exist"]),
    case([I("bat"), I("bad"), I("ban"), I("bath"), S("ba"), P("ba"), S("bath"), S("bat"), S("bah"), P("bath"), P("baths")], ["shared prefixes"]),
    case([I("zzz"), I("azz"), P("z"), P("a"), P("m"), S("zzz"), S("azz"), S("zz")], ["first and last letters"]),
    case([I(long_a), S(long_a), S(long_a[:-1]), P(long_a[:-1]), P(long_a), S(long_a[:-1] + "b"), P("a" * 1999 + "b")], ["boundary", "2000-letter word"]),
    case([I(w) for w in ["a", "ab", "abc", "abcd", "abcde"]] + [S(w) for w in ["a", "ab", "abc", "abcd", "abcde", "abcdef"]], ["chain of words, each a prefix of the next"]),
    case(random_calls(250, 1, 4, "ab"), ["random", "two-letter alphabet"]),
    case(random_calls(2000, 1, 10, "abcde"), ["random", "medium size"]),
    case(bulk_calls(), ["worst-case size", "prefix queries that match nothing"]),
    case(long_calls(), ["worst-case size", "long words", "boundary"]),
]

data = {"visible": visible, "hidden": hidden}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json"), "w") as f:
    f.write(json.dumps(data, separators=(",", ":")))
