"""Writes tests.json for word-search-ii next to this file. Deterministic.

Expected outputs come from searching the board separately for each word with a plain
backtracking search (no trie), independent of the reference solution. Lists are sorted; the
judge accepts any order.
"""

import json
import os
import random


def exists(board, word):
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]

    def dfs(r, c, i):
        if board[r][c] != word[i] or used[r][c]:
            return False
        if i == len(word) - 1:
            return True
        used[r][c] = True
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and dfs(nr, nc, i + 1):
                used[r][c] = False
                return True
        used[r][c] = False
        return False

    return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))


def case(board, words, tags):
    board = [list(row) if isinstance(row, str) else row for row in board]
    rows, cols = len(board), len(board[0])
    assert 1 <= rows <= 12 and 1 <= cols <= 12 and all(len(row) == cols for row in board)
    assert all(ch.isascii() and ch.islower() for row in board for ch in row)
    assert 1 <= len(words) <= 3 * 10**4 and len(set(words)) == len(words)
    assert all(1 <= len(w) <= 10 and w.isascii() and w.isalpha() and w.islower() for w in words)
    found = sorted(w for w in words if exists(board, w))
    return {"input": [board, words], "expected": found, "tags": tags}


r = random.Random(33)


def rand_board(rows, cols, letters):
    return ["".join(r.choice(letters) for _ in range(cols)) for _ in range(rows)]


def path_word(board, length):
    """A word read along a random self-avoiding path of the board (so it is on the board)."""
    rows, cols = len(board), len(board[0])
    pr, pc = r.randrange(rows), r.randrange(cols)
    seen, word = {(pr, pc)}, board[pr][pc]
    while len(word) < length:
        options = [(pr + dr, pc + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= pr + dr < rows and 0 <= pc + dc < cols and (pr + dr, pc + dc) not in seen]
        if not options:
            break
        pr, pc = r.choice(options)
        seen.add((pr, pc))
        word += board[pr][pc]
    return word


def word_list(board, count, letters, found_share, lo=1, hi=10):
    words, seen = [], set()
    while len(words) < count:
        if r.random() < found_share:
            w = path_word(board, r.randint(lo, hi))
        else:
            w = "".join(r.choice(letters) for _ in range(r.randint(lo, hi)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


visible = [
    case(["cat", "res", "odg"], ["cat", "tea", "red", "sea", "rod", "ace"], ["example"]),
    case(["ab", "ba"], ["aba", "ababa", "aa", "bab"], ["example", "a cell cannot be used twice"]),
    case(["z"], ["z", "zz"], ["example", "single element"]),
]

hidden = [
    case(["a"], ["b"], ["single element", "no solution"]),
    case(["ab", "cd"], ["ad", "bc", "abdc", "acdb", "abcd"], ["diagonals do not count"]),
    case(["abc", "def", "ghi"], ["abcfedghi", "adgheb", "abcdefghij", "aei", "ihgfedcba"], ["long snake paths", "word longer than the board"]),
    case(["aaa", "aaa", "aaa"], ["a" * k for k in range(1, 11)], ["all same character", "word one letter too long"]),
    case(["oath", "etae", "ihkr", "iflv"], ["oath", "oat", "oa", "o", "eat", "rain", "hike", "oaths"], ["one word is a prefix of another"]),
    case(["aab", "aac"], ["aab", "aac", "aabc", "caab", "baac", "abca", "aaaaa", "bcaaaa"], ["duplicates", "paths that share cells"]),
    case(["aba", "bab", "aba"], ["ab", "ba", "aba", "bab", "ababababa", "ababababab"], ["found along many paths: report once", "boundary"]),
    case(["abcdefghijkl"], ["abc", "lkj", "acb", "abcdefghij", "fed", "ghijkl"], ["single row"]),
    case([[ch] for ch in "qwertyuiopas"], ["qwe", "saop", "ewq", "qwertyuiop", "qe"], ["single column"]),
]

b = rand_board(4, 4, "ab")
hidden.append(case(b, word_list(b, 60, "ab", 0.0, 1, 8), ["random", "two-letter alphabet"]))
b = rand_board(6, 6, "abcde")
hidden.append(case(b, word_list(b, 500, "abcde", 0.5), ["random", "medium size"]))
b = rand_board(12, 12, "abcd")
hidden.append(case(b, word_list(b, 30000, "abcd", 0.5), ["worst-case size", "random", "small alphabet: many shared prefixes"]))
b = rand_board(12, 12, "abcdefghijklmnopqrstuvwxyz")
hidden.append(case(b, word_list(b, 20000, "abcdefghijklmnopqrstuvwxyz", 0.3, 3, 10), ["worst-case size", "random"]))

data = {"visible": visible, "hidden": hidden}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tests.json"), "w") as f:
    f.write(json.dumps(data, separators=(",", ":")))
