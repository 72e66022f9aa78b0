import type { InterviewContextInput } from "@/lib/interviewer/context";
import type { Problem } from "@/lib/problems/types";

/** A small problem of our own, shaped like a loaded problem (hidden tests included). */
export const pairSum = {
  id: 9001,
  slug: "pair-with-target-sum",
  title: "Pair With Target Sum",
  difficulty: "easy",
  category: "Arrays & Hashing",
  tags: ["array", "hash-table"],
  estimatedMinutes: 20,
  statement: [
    "You are given an array of integers `nums` and an integer `target`.",
    "Find the two different positions whose values add up to `target` and return them as `[i, j]` with `i < j`.",
    "",
    "Each input has exactly one such pair, and you may not use the same position twice.",
  ].join("\n"),
  constraints: [
    "2 <= nums.length <= 10^4",
    "-10^9 <= nums[i] <= 10^9",
    "-10^9 <= target <= 10^9",
    "Exactly one valid pair exists.",
  ],
  examples: [
    { input: "nums = [3, 8, 1, 6], target = 9", output: "[0, 3]", explanation: "nums[0] + nums[3] = 3 + 6 = 9." },
    { input: "nums = [5, 5], target = 10", output: "[0, 1]" },
  ],
  signature: {
    method: "pairSum",
    params: [
      { name: "nums", type: "int[]" },
      { name: "target", type: "int" },
    ],
    returns: "int[]",
  },
  judge: { mode: "exact" },
  hints: [
    { level: "soft", text: "For each number, think about which other value would complete the pair." },
    {
      level: "medium",
      text: "If you could check in constant time whether that value has already appeared, a single pass would be enough.",
    },
    {
      level: "hard",
      text: "Remember every value you have passed together with its position, and look up the value you still need before storing the current one.",
    },
  ],
  optimal: { time: "O(n)", space: "O(n)" },
  pitfalls: ["Pairing a position with itself when the needed value equals the current one"],
  variants: [],
  followUps: ["What if the array were sorted?"],
  tests: {
    visible: [
      { input: [[3, 8, 1, 6], 9], expected: [0, 3], tags: [] },
      { input: [[5, 5], 10], expected: [0, 1], tags: [] },
      { input: [[-4, 7, 2, 11], 7], expected: [0, 3], tags: [] },
    ],
    hidden: [
      { input: [[-777000111, 4, 777000115], 4], expected: [0, 2], tags: ["large values"] },
      { input: [[31337, 424242, 68663], 100000], expected: [0, 2], tags: ["distinct"] },
    ],
  },
  starterCode: {
    python: "class Solution:\n    def pairSum(self, nums: list[int], target: int) -> list[int]:\n        pass\n",
  },
} satisfies Problem;

/** Never part of a context; tests smuggle it in to prove it cannot reach a prompt or a reply. */
export const REFERENCE_SOLUTION = [
  "class Solution:",
  "    def pairSum(self, nums, target):",
  "        positions = {}",
  "        for j, value in enumerate(nums):",
  "            if target - value in positions:",
  "                return [positions[target - value], j]",
  "            positions[value] = j",
].join("\n");

/** Distinctive values that only occur in hidden tests. */
export const HIDDEN_VALUES = ["777000111", "777000115", "31337", "424242", "68663", "100000"];

export function baseContext(overrides: Partial<InterviewContextInput> = {}): InterviewContextInput {
  return {
    problem: pairSum,
    stage: "discuss",
    language: "python",
    candidateName: "Ada Lovelace",
    code: null,
    lastRun: null,
    elapsedMinutes: 3,
    durationMinutes: 45,
    hintsUsed: 0,
    conversation: [],
    ...overrides,
  };
}
