import { LANGUAGES, type DesignSignature, type FunctionSignature, type Language, type Signature, type ValueType } from "./types";
import { typesUsed } from "./values";

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

// Go has no implicit return: starter code returns the zero value so it compiles and runs as written.
const goZero = (t: ValueType): string => {
  if (t === "void") return "";
  if (t === "ListNode" || t === "TreeNode" || t.endsWith("[]")) return "nil";
  if (t === "bool") return "false";
  if (t === "string") return '""';
  return "0";
};
const goBody = (returns: ValueType): string => {
  const zero = goZero(returns);
  return zero ? `{\n    \n    return ${zero}\n}\n` : "{\n    \n}\n";
};

// Java and C++ reject a method that can end without returning (C++ here compiles with
// -Werror=return-type, as LeetCode does), so their starters return a placeholder: it compiles
// and runs, and the tests say what is wrong.
const javaPlaceholder = (returns: ValueType): string | undefined => {
  if (returns === "void") return undefined;
  if (returns === "bool") return "false";
  if (returns === "int" || returns === "long" || returns === "double" || returns === "char") return "0";
  return "null";
};
const javaBody = (returns: ValueType, indent = "    "): string => {
  const value = javaPlaceholder(returns);
  return value ? `{\n${indent}    \n${indent}    return ${value};\n${indent}}\n` : `{\n${indent}    \n${indent}}\n`;
};
// `return {};` value-initialises any return type: 0, false, an empty vector or string, nullptr.
const cppBody = (returns: ValueType, indent = "    "): string =>
  returns === "void" ? `{\n${indent}    \n${indent}}\n` : `{\n${indent}    \n${indent}    return {};\n${indent}}\n`;

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
  const used = typesUsed(signature);
  const parts = (["ListNode", "TreeNode"] as const).filter((k) => used.has(k)).map((k) => HEADERS[language][k]);
  return parts.length ? `${parts.join("\n")}\n` : "";
}

// Vectors are passed by reference in C++ solutions; strings, scalars and pointers by value (as on LeetCode).
const cppParam = (t: ValueType) => (CPP[t].startsWith("vector") ? `${CPP[t]}&` : CPP[t]);

export function starterCode(signature: Signature, language: Language): string {
  return signature.kind === "design" ? designStarterCode(signature, language) : functionStarterCode(signature, language);
}

function functionStarterCode(signature: FunctionSignature, language: Language): string {
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
      return `${headers(signature, language)}class Solution {\n    public ${ret} ${method}(${args}) ${javaBody(returns)}}\n`;
    }
    case "cpp": {
      const args = params.map((p) => `${cppParam(p.type)} ${p.name}`).join(", ");
      return `${headers(signature, language)}class Solution {\npublic:\n    ${CPP[returns]} ${method}(${args}) ${cppBody(returns)}};\n`;
    }
    case "go": {
      const args = params.map((p) => `${p.name} ${GO[p.type]}`).join(", ");
      const ret = GO[returns] ? ` ${GO[returns]}` : "";
      return `${headers(signature, language)}func ${method}(${args})${ret} ${goBody(returns)}`;
    }
  }
}

// ---------------------------------------------------------------- design problems
// A class the candidate writes, driven through calls (README "Design problems" in sandbox-images/runner).

const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function designStarterCode(signature: DesignSignature, language: Language): string {
  const { className, methods } = signature;
  const ctor = signature.constructor.params;
  const head = headers(signature, language);
  switch (language) {
    case "python": {
      const def = (name: string, params: DesignSignature["constructor"]["params"], returns: string) =>
        `    def ${name}(${["self", ...params.map((p) => `${p.name}: ${PY[p.type]}`)].join(", ")}) -> ${returns}:\n        pass\n`;
      const body = [def("__init__", ctor, "None"), ...methods.map((m) => def(m.name, m.params, PY[m.returns]))].join("\n");
      return `${head}class ${className}:\n\n${body}`;
    }
    case "javascript": {
      const doc = (params: DesignSignature["constructor"]["params"], returns?: ValueType) =>
        ["    /**", ...params.map((p) => `     * @param {${JS[p.type]}} ${p.name}`), ...(returns ? [`     * @return {${JS[returns]}}`] : []), "     */"].join("\n");
      const ctorText = `${doc(ctor)}\n    constructor(${ctor.map((p) => p.name).join(", ")}) {\n        \n    }\n`;
      const body = methods.map((m) => `${doc(m.params, m.returns)}\n    ${m.name}(${m.params.map((p) => p.name).join(", ")}) {\n        \n    }\n`);
      return `${head}class ${className} {\n${[ctorText, ...body].join("\n")}}\n`;
    }
    case "java": {
      const args = (ps: DesignSignature["constructor"]["params"]) => ps.map((p) => `${JAVA[p.type]} ${p.name}`).join(", ");
      const ctorText = `    public ${className}(${args(ctor)}) {\n        \n    }\n`;
      const body = methods.map((m) => `    public ${JAVA_RETURN[m.returns] ?? JAVA[m.returns]} ${m.name}(${args(m.params)}) ${javaBody(m.returns)}`);
      return `${head}class ${className} {\n\n${[ctorText, ...body].join("\n")}}\n`;
    }
    case "cpp": {
      const args = (ps: DesignSignature["constructor"]["params"]) => ps.map((p) => `${cppParam(p.type)} ${p.name}`).join(", ");
      const ctorText = `    ${className}(${args(ctor)}) {\n        \n    }\n`;
      const body = methods.map((m) => `    ${CPP[m.returns]} ${m.name}(${args(m.params)}) ${cppBody(m.returns)}`);
      return `${head}class ${className} {\npublic:\n${[ctorText, ...body].join("\n")}};\n`;
    }
    case "go": {
      const args = (ps: DesignSignature["constructor"]["params"]) => ps.map((p) => `${p.name} ${GO[p.type]}`).join(", ");
      const parts = [
        `type ${className} struct {\n    \n}\n`,
        `func Constructor(${args(ctor)}) ${className} {\n    \n    return ${className}{}\n}\n`,
        ...methods.map((m) => {
          const ret = GO[m.returns] ? ` ${GO[m.returns]}` : "";
          return `func (this *${className}) ${capitalize(m.name)}(${args(m.params)})${ret} ${goBody(m.returns)}`;
        }),
      ];
      return `${head}${parts.join("\n")}`;
    }
  }
}

export function allStarterCode(signature: Signature): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, starterCode(signature, l)])) as Record<Language, string>;
}
