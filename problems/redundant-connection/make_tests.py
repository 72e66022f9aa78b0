"""Writes tests.json for redundant-connection next to this file. Deterministic (fixed seeds).

Expected answers come from peeling leaves: repeatedly deleting nodes of degree 1 leaves exactly
the cycle, and the answer is the cycle edge that appears last in the input. Small cases are
cross-checked by brute force (delete each edge, test that a tree remains). Neither model is the
union-find of the reference solutions.
"""

import json
import os
import random


def by_peeling(n, edges):
    degree = [0] * (n + 1)
    adj = [[] for _ in range(n + 1)]
    for i, (a, b) in enumerate(edges):
        degree[a] += 1
        degree[b] += 1
        adj[a].append(b)
        adj[b].append(a)
    leaves = [v for v in range(1, n + 1) if degree[v] == 1]
    gone = [False] * (n + 1)
    while leaves:
        v = leaves.pop()
        gone[v] = True
        for w in adj[v]:
            if not gone[w]:
                degree[w] -= 1
                if degree[w] == 1:
                    leaves.append(w)
    cycle = [i for i, (a, b) in enumerate(edges) if not gone[a] and not gone[b]]
    return edges[max(cycle)]


def is_tree(n, edges):
    adj = [[] for _ in range(n + 1)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    seen, stack = {1}, [1]
    while stack:
        for w in adj[stack.pop()]:
            if w not in seen:
                seen.add(w)
                stack.append(w)
    return len(edges) == n - 1 and len(seen) == n


def brute(n, edges):
    for i in range(len(edges) - 1, -1, -1):
        if is_tree(n, edges[:i] + edges[i + 1:]):
            return edges[i]


def case(edges, tags):
    n = len(edges)
    assert 3 <= n <= 50000
    assert all(1 <= a < b <= n for a, b in edges)
    assert len({tuple(e) for e in edges}) == n, "edges must be distinct"
    answer = by_peeling(n, edges)
    assert is_tree(n, [e for e in edges if e != answer])
    if n <= 300:
        assert brute(n, edges) == answer
    return {"input": [edges], "expected": answer, "tags": tags}


def norm(a, b):
    return [min(a, b), max(a, b)]


def random_tree(n, r):
    """Each node joins a random earlier one: a shallow random tree on 1..n with random labels."""
    labels = list(range(1, n + 1))
    r.shuffle(labels)
    return [norm(labels[i], labels[r.randrange(i)]) for i in range(1, n)], labels


def with_extra(n, seed, extra_at=None):
    """Random tree plus one random extra edge, shuffled; optionally put the extra edge at a given index."""
    r = random.Random(seed)
    edges, _ = random_tree(n, r)
    present = {tuple(e) for e in edges}
    while True:
        e = norm(r.randint(1, n), r.randint(1, n))
        if e[0] != e[1] and tuple(e) not in present:
            break
    r.shuffle(edges)
    edges.insert(len(edges) if extra_at is None else extra_at, e)
    return edges


visible = [
    case([[1, 2], [2, 3], [1, 3]], ["example"]),
    case([[1, 2], [2, 5], [3, 4], [2, 3], [4, 5], [3, 6]], ["example"]),
]

ring = [[i, i + 1] for i in range(1, 500)] + [[1, 500]]
star = [[1, v] for v in range(2, 12)]
star = star[:4] + [[3, 7]] + star[4:]

hidden = [
    case([[1, 3], [2, 3], [1, 2]], ["smallest input", "answer at end"]),
    case([[2, 3], [1, 3], [1, 2], [3, 4]], ["answer is not the last edge", "off by one"]),
    case([[1, 2], [1, 3], [2, 3], [3, 4], [4, 5]], ["cycle first, tree edges after"]),
    case([[3, 4], [1, 2], [2, 4], [4, 5], [5, 6], [1, 6]], ["cycle uses every edge except one", "answer at end"]),
    case(ring, ["one big cycle through every node"]),
    case(ring[::-1], ["one big cycle listed backwards"]),
    case(star, ["star with one edge between two leaves", "tie-break"]),
    case([[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 8], [1, 8], [2, 9], [9, 10]], ["path closed into a cycle, with a tail"]),
    case(with_extra(40, 5), ["random"]),
    case(with_extra(300, 6, extra_at=100), ["random", "extra edge in the middle"]),
    case(with_extra(50000, 7), ["worst-case size", "random"]),
    case(with_extra(5000, 8, extra_at=5), ["extra edge near the start"]),
    case([[i, i + 1] for i in range(1, 25000)] + [[1, 25000]], ["worst-case size", "deep recursion", "one long path closed at the end"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
