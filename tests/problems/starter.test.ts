import { describe, expect, it } from "vitest";
import { starterCode } from "@/lib/problems/starter";
import type { Signature } from "@/lib/problems/types";

const twoSum: Signature = {
  method: "twoSum",
  params: [
    { name: "nums", type: "int[]" },
    { name: "target", type: "int" },
  ],
  returns: "int[]",
};
const mergeLists: Signature = {
  method: "mergeTwoLists",
  params: [
    { name: "list1", type: "ListNode" },
    { name: "list2", type: "ListNode" },
  ],
  returns: "ListNode",
};

describe("starter code", () => {
  it("Python is a class Solution method with type hints and a pass body", () => {
    expect(starterCode(twoSum, "python")).toBe(
      "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        pass\n",
    );
    expect(starterCode({ method: "isValid", params: [{ name: "s", type: "string" }], returns: "bool" }, "python")).toBe(
      "class Solution:\n    def isValid(self, s: str) -> bool:\n        pass\n",
    );
  });

  it("Python describes ListNode in a comment and uses Optional", () => {
    const code = starterCode(mergeLists, "python");
    expect(code).toContain("# class ListNode:\n#     def __init__(self, val=0, next=None):");
    expect(code).toContain(
      "    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:\n        pass\n",
    );
  });

  it("JavaScript is a var function with JSDoc types", () => {
    expect(starterCode(twoSum, "javascript")).toBe(
      "/**\n * @param {number[]} nums\n * @param {number} target\n * @return {number[]}\n */\nvar twoSum = function(nums, target) {\n    \n};\n",
    );
  });

  it("Java and C++ are class Solution; Go is a func", () => {
    // Java and C++ reject a method that ends without returning: their starters return a placeholder.
    expect(starterCode(twoSum, "java")).toBe(
      "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        \n        return null;\n    }\n}\n",
    );
    expect(starterCode(twoSum, "cpp")).toBe(
      "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        \n        return {};\n    }\n};\n",
    );
    // Go has no implicit return: the starter returns the zero value so it compiles as written.
    expect(starterCode(twoSum, "go")).toBe("func twoSum(nums []int, target int) []int {\n    \n    return nil\n}\n");
    expect(starterCode(mergeLists, "cpp")).toContain("ListNode* mergeTwoLists(ListNode* list1, ListNode* list2)");
    expect(starterCode(mergeLists, "go")).toContain("func mergeTwoLists(list1 *ListNode, list2 *ListNode) *ListNode {");
    expect(starterCode({ method: "rotate", params: [{ name: "m", type: "int[][]" }], returns: "void" }, "go")).toContain(
      "func rotate(m [][]int) {",
    );
  });
});
