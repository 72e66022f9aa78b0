"""Writes tests.json for binary-tree-maximum-path-sum next to this file. Deterministic (fixed seed).

Expected outputs: small trees are solved by brute force over every pair of end nodes (the sum of
the nodes between them, found through their lowest common ancestor). Large trees use a separate
bottom-up pass that is first checked against the brute force on many random small trees.
"""

import json
import os
import random
import sys

rng = random.Random(28)
LO, HI, MAX_NODES, MAX_LEVELS = -1000, 1000, 3 * 10**4, 10**4
BRUTE_LIMIT = 80

# The shared tree helpers live in problems/_shared (a folder the bank does not load as a problem).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_shared"))
from trees import balanced_shape, caterpillar_shape, count, fill_random, height, nodes_preorder, parse, path_shape, serialize  # noqa: E402


def brute_force(root):
    parent, depth, down_sum = {root: None}, {root: 0}, {root: root.val}
    nodes = nodes_preorder(root)
    for node in nodes:
        for child in (node.left, node.right):
            if child:
                parent[child], depth[child] = node, depth[node] + 1
                down_sum[child] = down_sum[node] + child.val

    def lca(a, b):
        while depth[a] > depth[b]:
            a = parent[a]
        while depth[b] > depth[a]:
            b = parent[b]
        while a is not b:
            a, b = parent[a], parent[b]
        return a

    best = None
    for i, a in enumerate(nodes):
        for b in nodes[i:]:
            top = lca(a, b)
            total = down_sum[a] + down_sum[b] - 2 * down_sum[top] + top.val
            best = total if best is None else max(best, total)
    return best


def bottom_up(root):
    """For each node, the best path that starts there and goes down; combined at each node."""
    gain, best = {None: 0}, None
    for node in reversed(nodes_preorder(root)):
        left, right = max(gain[node.left], 0), max(gain[node.right], 0)
        turn = node.val + left + right
        best = turn if best is None else max(best, turn)
        gain[node] = node.val + max(left, right)
    return best


for _ in range(400):
    small = fill_random(balanced_shape(rng.randint(1, 25), rng), rng, -12, 12)
    assert brute_force(small) == bottom_up(small)
    small = fill_random(caterpillar_shape(30, rng.randint(0, 15), rng), rng, -30, 20)
    assert brute_force(small) == bottom_up(small)


def case(root, tags):
    level = root if isinstance(root, list) else serialize(root)
    tree = parse(level)
    size = count(tree)
    assert 1 <= size <= MAX_NODES and height(tree) <= MAX_LEVELS
    assert all(v is None or LO <= v <= HI for v in level)
    expected = brute_force(tree) if size <= BRUTE_LIMIT else bottom_up(tree)
    return {"input": [level], "expected": expected, "tags": tags}


def rand_tree(shape, lo=LO, hi=HI):
    return fill_random(shape, rng, lo, hi)


visible = [
    case([1, 2, 3], ["example"]),
    case([-15, 8, 11, None, None, 6, 3], ["example"]),
]

hidden = [
    case([-3], ["single element", "negatives"]),
    case([7], ["single element"]),
    case([-2, -1], ["negatives", "two elements"]),
    case([-5, -9, -2, -7, None, -4, -8], ["negatives", "every value negative"]),
    case([2, -1], ["negative child must be left out", "two elements"]),
    case([5, -3, 4], ["negative child must be left out"]),
    case([10, 2, None, 3, 4], ["path may not branch twice"]),
    case([-1, 5, None, 4, None, None, 2, -1], ["answer inside a subtree", "single chain"]),
    case([0, 0, 0, None, 0, 0], ["zeros", "all equal"]),
    case([1, -1000, 1000, 1000, None, -1000, 1000], ["int boundaries", "subtree whose gain is exactly zero"]),
    case(rand_tree(balanced_shape(40, rng), -20, 20), ["random"]),
    case(rand_tree(caterpillar_shape(70, 25, rng), -40, 30), ["random", "long path above a bushy part"]),
    case(fill_random(path_shape(MAX_LEVELS, rng, "R")[0], rng, 1000, 1000), ["skewed tree", "deep recursion", "all equal"]),
    case(rand_tree(path_shape(MAX_LEVELS, rng)[0], -1000, -1), ["skewed tree", "every value negative"]),
    case(rand_tree(balanced_shape(MAX_NODES, rng)), ["worst-case size", "balanced tree"]),
    case(rand_tree(caterpillar_shape(MAX_NODES, 9000, rng)), ["worst-case size", "deep recursion"]),
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(out, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
