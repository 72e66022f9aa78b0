"""Writes tests.json for jump-game next to this file. Deterministic (fixed seeds).

Expected answers come from a breadth-first search over indices that remembers the farthest index
already queued (each index enters the queue once), cross-checked by a plain reachability table
on the smaller cases. Neither is the greedy of the reference solutions.
"""

import json
import os
import random

MAX_VALUE = 10 ** 5


def by_bfs(nums):
    n = len(nums)
    queue, head, queued_up_to = [0], 0, 0
    while head < len(queue):
        i = queue[head]
        head += 1
        if i == n - 1:
            return True
        for j in range(queued_up_to + 1, min(n - 1, i + nums[i]) + 1):
            queue.append(j)
        queued_up_to = max(queued_up_to, min(n - 1, i + nums[i]))
    return False


def by_table(nums):
    n = len(nums)
    reach = [False] * n
    reach[0] = True
    for i in range(n):
        if reach[i]:
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                reach[j] = True
    return reach[-1]


def case(nums, tags):
    assert 1 <= len(nums) <= 10 ** 5 and all(0 <= v <= MAX_VALUE for v in nums)
    answer = by_bfs(nums)
    if len(nums) * (max(nums) + 1) <= 10 ** 7:
        assert by_table(nums) == answer
    return {"input": [nums], "expected": answer, "tags": tags}


visible = [
    case([2, 3, 1, 1, 4], ["example"]),
    case([3, 2, 1, 0, 4], ["example"]),
    case([2, 0, 0], ["example"]),
]

def no_adjacent_zeros(n, r):
    """Values 0 or at least 2, never two zeros in a row: every zero can be jumped over."""
    nums = []
    for _ in range(n):
        v = r.choice([0, 2, 2, 3, 3, 4, 5, 9])
        nums.append(2 if v == 0 and nums and nums[-1] == 0 else v)
    return nums


r = random.Random(23)
n = 10 ** 5
wall = [n - 2 - i for i in range(n - 1)] + [1]  # every index reaches exactly the zero at n - 2, never past it

hidden = [
    case([0], ["single element", "zeros"]),
    case([5], ["single element"]),
    case([0, 1], ["two elements", "no solution"]),
    case([1, 0], ["two elements", "answer at end"]),
    case([1, 1, 1, 1, 1, 1], ["all equal"]),
    case([2, 5, 0, 0, 1, 0], ["the longest jump is a trap"]),
    case([4, 3, 2, 1, 0, 0], ["no solution", "every path ends on the same zero"]),
    case([1, 2, 0, 1, 0], ["off by one", "reach ends exactly on the last index"]),
    case([3, 0, 0, 0, 2, 0, 0], ["no solution", "off by one", "one step short"]),
    case([30000] + [0] * 29999, ["first jump covers everything", "zeros"]),
    case([1] * 1000 + [0] + [1] * 1000, ["no solution", "zero in the middle"]),
    case([r.randint(0, 3) for _ in range(300)], ["random"]),
    case(no_adjacent_zeros(100000, r), ["worst-case size", "random", "zeros that can be jumped over"]),
    case(wall, ["worst-case size", "no solution", "every index reaches the same zero"]),
]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tests.json"), "w") as f:
    f.write(json.dumps({"visible": visible, "hidden": hidden}, separators=(",", ":")))
