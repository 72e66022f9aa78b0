"""Writes tests.json for validate-binary-search-tree next to this file. Deterministic (fixed seed).

Expected outputs come from an iterative in-order walk: the tree is valid exactly when the values
it visits are strictly increasing.
"""

import json
import os
import random
import sys

rng = random.Random(26)
LO, HI, MAX_NODES, MAX_LEVELS = -(2**31), 2**31 - 1, 3 * 10**4, 10**4

# The shared tree helpers live in problems/_shared (a folder the bank does not load as a problem).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "_shared"))
from trees import balanced_shape, caterpillar_shape, count, fill_inorder, height, parse, path_shape, serialize  # noqa: E402


def inorder_values(root):
    out, stack, node = [], [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node.val)
        node = node.right
    return out


def case(root, tags):
    level = root if isinstance(root, list) else serialize(root)
    tree = parse(level)
    assert 1 <= count(tree) <= MAX_NODES and height(tree) <= MAX_LEVELS
    assert all(v is None or LO <= v <= HI for v in level)
    values = inorder_values(tree)
    valid = all(a < b for a, b in zip(values, values[1:]))
    return {"input": [level], "expected": valid, "tags": tags}


def distinct_sorted(size, lo=LO, hi=HI):
    return sorted(rng.sample(range(lo, hi + 1), size))


def bst(shape, lo=LO, hi=HI):
    return fill_inorder(shape, distinct_sorted(count(shape), lo, hi))


def swap_two_inorder(root):
    """Exchanges the values of two nodes far apart in in-order sequence, breaking the order."""
    order = []
    stack, node = [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        order.append(node)
        node = node.right
    i = rng.randrange(len(order) // 4)
    j = len(order) - 1 - rng.randrange(len(order) // 4)
    order[i].val, order[j].val = order[j].val, order[i].val
    return root


visible = [
    case([4, 2, 6, 1, 3, 5, 7], ["example"]),
    case([8, 3, 6, None, None, 5, 9], ["example"]),
]

hidden = [
    case([1], ["single element"]),
    case([2147483647], ["int boundaries", "single element"]),
    case([-2147483648, None, 2147483647], ["int boundaries"]),
    case([-2147483647, -2147483648], ["int boundaries", "two elements"]),
    case([2, 2], ["duplicates", "two elements"]),
    case([2, None, 2], ["duplicates"]),
    case([10, 5, 15, None, None, 6, 20], ["grandchild breaks the root's bound"]),
    case([10, 5, 15, 3, 12], ["grandchild breaks the root's bound"]),
    case([3, 1, 5, 0, 2, 4, 6, None, None, None, 3], ["duplicates", "deep violation"]),
    case([-5, -9, 0, -12, -7, None, 4], ["negatives", "balanced tree"]),
    case(bst(path_shape(MAX_LEVELS, rng, "L")[0]), ["skewed tree", "deep recursion"]),
    case(bst(path_shape(MAX_LEVELS, rng)[0]), ["skewed tree", "zigzag path", "deep recursion"]),
    case(bst(balanced_shape(1000, rng)), ["random", "balanced tree"]),
    case(swap_two_inorder(bst(balanced_shape(1000, rng))), ["random", "two values swapped"]),
    case(bst(caterpillar_shape(MAX_NODES, 9000, rng), -10**6, 10**6), ["worst-case size", "deep recursion"]),
    case(swap_two_inorder(bst(caterpillar_shape(MAX_NODES, 470, rng), -10**6, 10**6)), ["worst-case size", "two values swapped"]),
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json")
with open(out, "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
