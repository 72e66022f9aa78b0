"""Writes tests.json for binary-tree-level-order-traversal next to this file. Deterministic (fixed seed).

Expected outputs come from a depth-first walk (left child before right) that appends each value
to the list for its depth, not from a breadth-first search.
"""

import json
import os
import random
import sys

rng = random.Random(27)
LO, HI, MAX_NODES, MAX_LEVELS = -1000, 1000, 10**4, 500

# The shared tree helpers live in problems/_shared (a folder the bank does not load as a problem).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_shared"))
from trees import balanced_shape, caterpillar_shape, count, fill_random, height, parse, path_shape, serialize  # noqa: E402


def levels_by_dfs(root):
    levels, stack = [], [(root, 0)] if root else []
    while stack:
        node, d = stack.pop()
        if d == len(levels):
            levels.append([])
        levels[d].append(node.val)
        for child in (node.right, node.left):
            if child:
                stack.append((child, d + 1))
    return levels


def case(root, tags):
    level = root if isinstance(root, list) else serialize(root)
    tree = parse(level)
    assert count(tree) <= MAX_NODES and height(tree) <= MAX_LEVELS
    assert all(v is None or LO <= v <= HI for v in level)
    return {"input": [level], "expected": levels_by_dfs(tree), "tags": tags}


def rand_tree(shape, lo=LO, hi=HI):
    return fill_random(shape, rng, lo, hi)


visible = [
    case([1, 2, 3, 4, None, 5, 6], ["example"]),
    case([8], ["example"]),
    case([], ["example"]),
]

hidden = [
    case([5, None, 9], ["two elements", "only a right child"]),
    case([5, 9], ["two elements", "only a left child"]),
    case([1, 2, 3, None, 4, None, 5], ["gaps inside a level"]),
    case([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], ["balanced tree", "perfect tree"]),
    case([3, 1, 2, None, None, 7, 4, 6], ["order within a level differs from sorted order"]),
    case([-1, -1, 0, 0, None, None, -1000, 1000], ["negatives", "duplicates", "int boundaries"]),
    case(rand_tree(path_shape(MAX_LEVELS, rng, "L")[0]), ["skewed tree", "deep recursion"]),
    case(rand_tree(path_shape(MAX_LEVELS, rng)[0]), ["skewed tree", "zigzag path"]),
    case(rand_tree(balanced_shape(40, rng), -9, 9), ["random", "duplicates"]),
    case(rand_tree(caterpillar_shape(400, 60, rng)), ["random", "long path above a bushy part"]),
    case(rand_tree(balanced_shape(MAX_NODES, rng)), ["worst-case size", "balanced tree"]),
    case(rand_tree(caterpillar_shape(MAX_NODES, 450, rng)), ["worst-case size", "deep recursion"]),
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(out, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
