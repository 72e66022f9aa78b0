"""Writes tests.json for maximum-depth-of-binary-tree next to this file. Deterministic (fixed seed).

Expected outputs come from an iterative walk that carries each node's depth on an explicit stack.
"""

import json
import os
import random
import sys

rng = random.Random(23)
LO, HI, MAX_NODES, MAX_LEVELS = -100, 100, 10**4, 500

# The shared tree helpers live in problems/_shared (a folder the bank does not load as a problem).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_shared"))
from trees import balanced_shape, caterpillar_shape, count, fill_random, height, parse, path_shape, serialize  # noqa: E402


def case(root, tags):
    level = root if isinstance(root, list) else serialize(root)
    tree = parse(level)
    assert count(tree) <= MAX_NODES and height(tree) <= MAX_LEVELS
    assert all(v is None or LO <= v <= HI for v in level)
    return {"input": [level], "expected": height(tree), "tags": tags}


def rand_tree(shape):
    return fill_random(shape, rng, LO, HI)


visible = [
    case([5, 3, 8, None, None, 7, 9, 6], ["example"]),
    case([1, None, 2], ["example"]),
    case([], ["example"]),
]

hidden = [
    case([0], ["single element"]),
    case([4, 2], ["two elements", "only a left child"]),
    case([1, 2, 3, 4, 5, 6, 7], ["balanced tree", "perfect tree"]),
    case([1, 2, 3, 4, None, None, None, 5, None, 6], ["deepest leaf on the left"]),
    case([-1, -2, -3, None, None, -4, None, None, -5], ["negatives", "deepest leaf on the right"]),
    case([1, 2, None, None, 3, 4, None, None, 5], ["zigzag path"]),
    case(rand_tree(path_shape(MAX_LEVELS, rng, "L")[0]), ["skewed tree", "deep recursion"]),
    case(rand_tree(path_shape(MAX_LEVELS, rng)[0]), ["skewed tree", "zigzag path", "deep recursion"]),
    case(rand_tree(balanced_shape(50, rng)), ["random"]),
    case(rand_tree(caterpillar_shape(300, 40, rng)), ["random", "long path above a bushy part"]),
    case(rand_tree(balanced_shape(MAX_NODES, rng)), ["worst-case size", "balanced tree"]),
    case(rand_tree(caterpillar_shape(MAX_NODES, 450, rng)), ["worst-case size", "deep recursion"]),
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(out, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
