"""Writes tests.json for invert-binary-tree next to this file. Deterministic (fixed seed).

Expected outputs come from a breadth-first walk of the original tree that visits each node's right
child before its left one, which writes the mirror image in level order without changing any node.
"""

import json
import os
import random
import sys

rng = random.Random(24)
LO, HI, MAX_NODES, MAX_LEVELS = -100, 100, 10**4, 500

# The shared tree helpers live in problems/_shared (a folder the bank does not load as a problem).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_shared"))
from trees import balanced_shape, caterpillar_shape, count, fill_random, height, parse, path_shape, serialize  # noqa: E402


def mirror_level_order(root):
    out, queue, i = [], [root], 0
    while i < len(queue):
        node = queue[i]
        i += 1
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.right)
        queue.append(node.left)
    while out and out[-1] is None:
        out.pop()
    return out


def case(root, tags):
    level = root if isinstance(root, list) else serialize(root)
    tree = parse(level)
    assert count(tree) <= MAX_NODES and height(tree) <= MAX_LEVELS
    assert all(v is None or LO <= v <= HI for v in level)
    return {"input": [level], "expected": mirror_level_order(tree), "tags": tags}


def rand_tree(shape):
    return fill_random(shape, rng, LO, HI)


visible = [
    case([5, 3, 8, 1, 4, 7, 9], ["example"]),
    case([2, 1], ["example"]),
    case([], ["example"]),
]

hidden = [
    case([7], ["single element"]),
    case([1, None, 2], ["two elements", "only a right child"]),
    case([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], ["balanced tree", "perfect tree"]),
    case([1, 2, 3, 4, None, None, 5, None, 6], ["uneven subtrees"]),
    case([0, 0, 0, 0, None, None, None, 0], ["all equal", "zeros"]),
    case([-5, -100, 100, -3, None, None, 99], ["negatives", "int boundaries"]),
    case([4, 4, 4, 3, None, None, 3], ["duplicates", "already symmetric shape"]),
    case(rand_tree(path_shape(MAX_LEVELS, rng, "L")[0]), ["skewed tree", "deep recursion"]),
    case(rand_tree(path_shape(MAX_LEVELS, rng)[0]), ["skewed tree", "zigzag path"]),
    case(rand_tree(balanced_shape(60, rng)), ["random"]),
    case(rand_tree(balanced_shape(MAX_NODES, rng)), ["worst-case size", "balanced tree"]),
    case(rand_tree(caterpillar_shape(MAX_NODES, 450, rng)), ["worst-case size", "deep recursion"]),
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(out, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
