"""Writes tests.json for validate-binary-search-tree next to this file. Deterministic (fixed seed).

Expected outputs come from an iterative in-order walk: the tree is valid exactly when the values
it visits are strictly increasing.
"""

import json
import os
import random

rng = random.Random(26)
LO, HI, MAX_NODES, MAX_LEVELS = -(2**31), 2**31 - 1, 3 * 10**4, 10**4

# ---- binary trees as plain nodes, level order with None gaps ----


class Node:
    __slots__ = ("val", "left", "right")

    def __init__(self, val=None, left=None, right=None):
        self.val, self.left, self.right = val, left, right


def parse(level):
    """Level order (None for a missing child) -> root Node or None."""
    if not level:
        return None
    nodes = [None if v is None else Node(v) for v in level]
    children = iter(nodes[1:])
    for node in nodes:
        if node is None:
            continue
        node.left = next(children, None)
        node.right = next(children, None)
    return nodes[0]


def serialize(root):
    """Root Node -> level order with None gaps, trailing Nones dropped."""
    out, queue, i = [], [root], 0
    while i < len(queue):
        node = queue[i]
        i += 1
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def nodes_preorder(root):
    out, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        out.append(node)
        for child in (node.right, node.left):
            if child:
                stack.append(child)
    return out


def height(root):
    best, stack = 0, [(root, 1)] if root else []
    while stack:
        node, d = stack.pop()
        best = max(best, d)
        for child in (node.left, node.right):
            if child:
                stack.append((child, d + 1))
    return best


def balanced_shape(size, rng):
    """A random tree of `size` nodes; each side gets between a quarter and three quarters."""
    if size == 0:
        return None
    rest = size - 1
    left = rng.randint(rest // 4, rest - rest // 4)
    return Node(None, balanced_shape(left, rng), balanced_shape(rest - left, rng))


def path_shape(size, rng, side=None):
    """A chain of `size` nodes; each step goes left or right (random unless side is given)."""
    root = tip = Node()
    for _ in range(size - 1):
        child = Node()
        if (side or rng.choice("LR")) == "L":
            tip.left = child
        else:
            tip.right = child
        tip = child
    return root, tip


def caterpillar_shape(size, spine, rng):
    """A chain of `spine` nodes with a random balanced tree of the remaining nodes at its end."""
    root, tip = path_shape(spine, rng)
    bottom = balanced_shape(size - spine, rng)
    if tip.left is None and rng.random() < 0.5:
        tip.left = bottom
    else:
        tip.right = bottom
    return root


def fill_random(root, rng, lo, hi):
    for node in nodes_preorder(root):
        node.val = rng.randint(lo, hi)
    return root


def fill_inorder(root, values):
    """Writes values into the nodes in in-order sequence (sorted values make a BST)."""
    it, stack, node = iter(values), [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        node.val = next(it)
        node = node.right
    return root


def count(root):
    return len(nodes_preorder(root))


# ---- end of tree helpers ----


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
