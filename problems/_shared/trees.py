"""Binary trees for the tree problems' make_tests.py: plain nodes, level order with None gaps,
and random shapes (balanced, a path, a long path above a bushy part)."""


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
