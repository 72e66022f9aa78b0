"""Writes tests.json for course-schedule next to this file. Deterministic (fixed seeds).

Expected answers come from repeatedly removing a course whose prerequisites are all gone (a
peeling model, checked by trying every order on tiny cases), independent of the reference
solutions.
"""

import itertools
import json
import os
import random


def peel(num, pairs):
    """True when all courses can be taken: keep removing a course with no prerequisites left."""
    needs = [set() for _ in range(num)]
    needed_by = [set() for _ in range(num)]
    for a, b in pairs:
        needs[a].add(b)
        needed_by[b].add(a)
    free = [c for c in range(num) if not needs[c]]
    taken = 0
    while free:
        c = free.pop()
        taken += 1
        for a in needed_by[c]:
            needs[a].discard(c)
            if not needs[a]:
                free.append(a)
    return taken == num


def brute(num, pairs):
    """Tries every order of the courses (tiny inputs only)."""
    for order in itertools.permutations(range(num)):
        pos = {c: i for i, c in enumerate(order)}
        if all(pos[b] < pos[a] for a, b in pairs):
            return True
    return False


def case(num, pairs, tags):
    assert 1 <= num <= 100000 and len(pairs) <= 50000
    assert all(len(p) == 2 and 0 <= p[0] < num and 0 <= p[1] < num for p in pairs)
    assert len({tuple(p) for p in pairs}) == len(pairs), "pairs must be distinct"
    answer = peel(num, pairs)
    if num <= 7:
        assert brute(num, pairs) == answer
    return {"input": [num, pairs], "expected": answer, "tags": tags}


def relabel(num, pairs, seed):
    """Same graph with courses renamed at random and pairs shuffled."""
    r = random.Random(seed)
    names = list(range(num))
    r.shuffle(names)
    pairs = [[names[a], names[b]] for a, b in pairs]
    r.shuffle(pairs)
    return pairs


def layered_dag(num, edges, layers, seed):
    """Random distinct pairs [a, b] with layer(b) < layer(a): acyclic, and no chain longer than `layers`."""
    r = random.Random(seed)
    layer = [r.randrange(layers) for _ in range(num)]
    seen, pairs = set(), []
    while len(pairs) < edges:
        a, b = r.randrange(num), r.randrange(num)
        if layer[b] >= layer[a] or (a, b) in seen:
            continue
        seen.add((a, b))
        pairs.append([a, b])
    return pairs, layer


def hourglass(top, core_layers, core_width, bottom):
    """`top` courses all need hub A; A needs a ladder of core courses; the ladder ends in hub B,
    which `bottom` courses need. Every top course depends on the whole core and every bottom
    course, so repeating a full search per course costs about top * (core + bottom) steps."""
    pairs = []
    a = 0
    core = lambda layer, j: 1 + layer * core_width + j
    b = 1 + core_layers * core_width
    first_top = b + 1
    first_bottom = first_top + top
    num = first_bottom + bottom
    for t in range(top):
        pairs.append([first_top + t, a])
    for j in range(core_width):
        pairs.append([a, core(0, j)])
    for layer in range(core_layers - 1):
        for j in range(core_width):
            pairs.append([core(layer, j), core(layer + 1, j)])
            pairs.append([core(layer, j), core(layer + 1, (j + 1) % core_width)])
    for j in range(core_width):
        pairs.append([core(core_layers - 1, j), b])
    for t in range(bottom):
        pairs.append([b, first_bottom + t])
    return num, pairs


visible = [
    case(3, [[1, 0], [2, 1]], ["example"]),
    case(2, [[1, 0], [0, 1]], ["example"]),
    case(5, [[1, 0], [2, 1], [4, 3]], ["example"]),
]

hidden = []
hidden.append(case(1, [], ["single element", "empty input"]))
hidden.append(case(1, [[0, 0]], ["self loop"]))
hidden.append(case(3, [[0, 1], [1, 2], [2, 0]], ["cycle", "three courses in a cycle"]))
hidden.append(case(4, [[1, 0], [2, 0], [3, 1], [3, 2]], ["diamond: one course reached along two paths"]))
hidden.append(case(6, [[1, 0], [3, 2], [4, 3], [2, 4]], ["disconnected graph", "cycle away from course 0"]))
hidden.append(case(5, [[4, 0], [4, 1], [4, 2], [4, 3], [0, 1], [1, 2], [2, 3]], ["one course needs several others"]))
hidden.append(case(4, [[0, 1], [1, 2], [2, 3], [3, 1]], ["cycle reached from an acyclic start"]))
hidden.append(case(100000, [], ["no prerequisites", "boundary"]))

chain = [[i + 1, i] for i in range(799)]
hidden.append(case(800, relabel(800, chain + [[0, 799]], 22), ["long cycle through every course", "cycle"]))
chain = [[i + 1, i] for i in range(29999)]
hidden.append(case(30000, relabel(30000, chain, 21), ["long chain", "deep recursion"]))

pairs, _ = layered_dag(2000, 5000, 40, 31)
hidden.append(case(2000, pairs, ["random", "acyclic"]))
pairs, layer = layered_dag(2000, 5000, 40, 32)
needs = {}
for a, b in pairs:
    needs.setdefault(a, []).append(b)
hi = max(range(2000), key=lambda c: (layer[c], c in needs))
low = hi
while low in needs:  # walk down a chain of prerequisites, then make its last course need the first
    low = min(needs[low], key=lambda c: layer[c])
hidden.append(case(2000, pairs + [[low, hi]], ["random", "one extra pair closes a long cycle"]))

num, pairs = hourglass(10000, 300, 12, 10000)
hidden.append(case(num, relabel(num, pairs, 41), ["worst-case size", "every course depends on a long shared core"]))
num, pairs = hourglass(5000, 300, 10, 5000)
hub_b = 1 + 300 * 10
pairs = relabel(num, pairs + [[hub_b, hub_b + 1]], 42)  # hub B now needs a top course, which needs hub A
hidden.append(case(num, pairs, ["worst-case size", "cycle through the shared core"]))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
