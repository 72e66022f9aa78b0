"""Names a LeetCode-style Python solution expects without importing them."""

from __future__ import annotations

import builtins

PRELUDE = """
from typing import *
import collections, heapq, bisect, math, functools, itertools, string, re, sys, operator, random, copy
from collections import *
from heapq import *
from bisect import *
from functools import *
from itertools import *
from math import *
"""


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        vals, node, seen = [], self, set()
        while node is not None and id(node) not in seen and len(vals) < 20:
            seen.add(id(node))
            vals.append(repr(node.val))
            node = node.next
        tail = " -> ..." if node is not None else ""
        return f"ListNode({' -> '.join(vals)}{tail})"


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


def namespace() -> dict:
    ns: dict = {}
    exec(PRELUDE, ns)
    # Star imports bring math.pow and friends; a solution expects the builtins under those names.
    for name in list(ns):
        if name != "__builtins__" and hasattr(builtins, name) and ns[name] is not getattr(builtins, name):
            del ns[name]
    ns["ListNode"] = ListNode
    ns["TreeNode"] = TreeNode
    return ns
