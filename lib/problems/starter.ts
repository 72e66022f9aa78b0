import { LANGUAGES, type Language, type Signature, type ValueType } from "./types";

/**
 * Starter code in the shapes interview platforms use, so practice here transfers.
 * The type spellings below are also the contract the per-language drivers follow.
 */

const PY: Record<ValueType, string> = {
  int: "int",
  long: "int",
  double: "float",
  bool: "bool",
  string: "str",
  char: "str",
  "int[]": "List[int]",
  "long[]": "List[int]",
  "double[]": "List[float]",
  "bool[]": "List[bool]",
  "string[]": "List[str]",
  "char[]": "List[str]",
  "int[][]": "List[List[int]]",
  "string[][]": "List[List[str]]",
  "char[][]": "List[List[str]]",
  ListNode: "Optional[ListNode]",
  TreeNode: "Optional[TreeNode]",
  void: "None",
};

const JS: Record<ValueType, string> = {
  int: "number",
  long: "number",
  double: "number",
  bool: "boolean",
  string: "string",
  char: "character",
  "int[]": "number[]",
  "long[]": "number[]",
  "double[]": "number[]",
  "bool[]": "boolean[]",
  "string[]": "string[]",
  "char[]": "character[]",
  "int[][]": "number[][]",
  "string[][]": "string[][]",
  "char[][]": "character[][]",
  ListNode: "ListNode",
  TreeNode: "TreeNode",
  void: "void",
};

const JAVA: Record<ValueType, string> = {
  int: "int",
  long: "long",
  double: "double",
  bool: "boolean",
  string: "String",
  char: "char",
  "int[]": "int[]",
  "long[]": "long[]",
  "double[]": "double[]",
  "bool[]": "boolean[]",
  "string[]": "String[]",
  "char[]": "char[]",
  "int[][]": "int[][]",
  "string[][]": "List<List<String>>",
  "char[][]": "char[][]",
  ListNode: "ListNode",
  TreeNode: "TreeNode",
  void: "void",
};
// Java solutions return string lists as List<String>, while taking String[] as input.
const JAVA_RETURN: Partial<Record<ValueType, string>> = { "string[]": "List<String>" };

const CPP: Record<ValueType, string> = {
  int: "int",
  long: "long long",
  double: "double",
  bool: "bool",
  string: "string",
  char: "char",
  "int[]": "vector<int>",
  "long[]": "vector<long long>",
  "double[]": "vector<double>",
  "bool[]": "vector<bool>",
  "string[]": "vector<string>",
  "char[]": "vector<char>",
  "int[][]": "vector<vector<int>>",
  "string[][]": "vector<vector<string>>",
  "char[][]": "vector<vector<char>>",
  ListNode: "ListNode*",
  TreeNode: "TreeNode*",
  void: "void",
};

const GO: Record<ValueType, string> = {
  int: "int",
  long: "int64",
  double: "float64",
  bool: "bool",
  string: "string",
  char: "byte",
  "int[]": "[]int",
  "long[]": "[]int64",
  "double[]": "[]float64",
  "bool[]": "[]bool",
  "string[]": "[]string",
  "char[]": "[]byte",
  "int[][]": "[][]int",
  "string[][]": "[][]string",
  "char[][]": "[][]byte",
  ListNode: "*ListNode",
  TreeNode: "*TreeNode",
  void: "",
};

type NodeKind = "ListNode" | "TreeNode";

const HEADERS: Record<Language, Record<NodeKind, string>> = {
  python: {
    ListNode: `# Definition for singly-linked list.
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next`,
    TreeNode: `# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right`,
  },
  javascript: {
    ListNode: `/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */`,
    TreeNode: `/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */`,
  },
  java: {
    ListNode: `/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */`,
    TreeNode: `/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     int val;
 *     TreeNode left;
 *     TreeNode right;
 *     TreeNode() {}
 *     TreeNode(int val) { this.val = val; }
 *     TreeNode(int val, TreeNode left, TreeNode right) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */`,
  },
  cpp: {
    ListNode: `/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     ListNode *next;
 *     ListNode() : val(0), next(nullptr) {}
 *     ListNode(int x) : val(x), next(nullptr) {}
 *     ListNode(int x, ListNode *next) : val(x), next(next) {}
 * };
 */`,
    TreeNode: `/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     TreeNode *left;
 *     TreeNode *right;
 *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
 *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
 *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
 * };
 */`,
  },
  go: {
    ListNode: `/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */`,
    TreeNode: `/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */`,
  },
};

function headers(signature: Signature, language: Language): string {
  const used = new Set<ValueType>([signature.returns, ...signature.params.map((p) => p.type)]);
  const parts = (["ListNode", "TreeNode"] as const).filter((k) => used.has(k)).map((k) => HEADERS[language][k]);
  return parts.length ? `${parts.join("\n")}\n` : "";
}

// Containers and strings are passed by reference in C++ solutions; scalars and pointers by value.
const cppParam = (t: ValueType) => (CPP[t].startsWith("vector") || t === "string" ? `${CPP[t]}&` : CPP[t]);

export function starterCode(signature: Signature, language: Language): string {
  const { method, params, returns } = signature;
  switch (language) {
    case "python": {
      const args = ["self", ...params.map((p) => `${p.name}: ${PY[p.type]}`)].join(", ");
      return `${headers(signature, language)}class Solution:\n    def ${method}(${args}) -> ${PY[returns]}:\n        pass\n`;
    }
    case "javascript": {
      const doc = [
        "/**",
        ...params.map((p) => ` * @param {${JS[p.type]}} ${p.name}`),
        ` * @return {${JS[returns]}}`,
        " */",
      ].join("\n");
      const args = params.map((p) => p.name).join(", ");
      return `${headers(signature, language)}${doc}\nvar ${method} = function(${args}) {\n    \n};\n`;
    }
    case "java": {
      const args = params.map((p) => `${JAVA[p.type]} ${p.name}`).join(", ");
      const ret = JAVA_RETURN[returns] ?? JAVA[returns];
      return `${headers(signature, language)}class Solution {\n    public ${ret} ${method}(${args}) {\n        \n    }\n}\n`;
    }
    case "cpp": {
      const args = params.map((p) => `${cppParam(p.type)} ${p.name}`).join(", ");
      return `${headers(signature, language)}class Solution {\npublic:\n    ${CPP[returns]} ${method}(${args}) {\n        \n    }\n};\n`;
    }
    case "go": {
      const args = params.map((p) => `${p.name} ${GO[p.type]}`).join(", ");
      const ret = GO[returns] ? ` ${GO[returns]}` : "";
      return `${headers(signature, language)}func ${method}(${args})${ret} {\n    \n}\n`;
    }
  }
}

export function allStarterCode(signature: Signature): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, starterCode(signature, l)])) as Record<Language, string>;
}
