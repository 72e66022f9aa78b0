import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadProblemDir, referenceSolutionFiles } from "@/lib/problems";
import { starterCode } from "@/lib/problems/starter";
import type { DesignSignature, Problem } from "@/lib/problems/types";

/** What problem folders may now say: design signatures, limits, a checker, 64-bit values. */
const ROOT = path.join(process.cwd(), "problems");
let tmp: string;
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function copy(slug: string, edit: (dir: string) => void): string {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ic-problems-"));
  const dir = path.join(tmp, slug);
  fs.cpSync(path.join(ROOT, slug), dir, { recursive: true });
  edit(dir);
  return dir;
}
const editJson = (file: string, change: (data: any) => void) => {
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  change(data);
  fs.writeFileSync(file, JSON.stringify(data));
};
const loadError = (dir: string) => {
  try {
    loadProblemDir(dir);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
};

describe("problem files", () => {
  it("limits: shared fields and per-language overrides, and nothing unknown", () => {
    const dir = copy("two-sum", (d) =>
      editJson(path.join(d, "problem.json"), (p) => (p.limits = { wallMs: 8000, byLanguage: { java: { memoryMb: 1536, compileMs: 20000 } } })),
    );
    expect(loadProblemDir(dir).limits).toEqual({ wallMs: 8000, byLanguage: { java: { memoryMb: 1536, compileMs: 20000 } } });
    const bad = copy("two-sum", (d) => editJson(path.join(d, "problem.json"), (p) => (p.limits = { wallSeconds: 8 })));
    expect(loadError(bad)).toMatch(/problem\.json: limits: /);
  });

  it("design signatures: methods are unique and tests follow them", () => {
    const dup = copy("min-stack", (d) =>
      editJson(path.join(d, "problem.json"), (p) => p.signature.methods.push({ name: "top", params: [], returns: "int" })),
    );
    expect(loadError(dup)).toMatch(/signature\.methods\.4\.name: "top" is declared twice/);
    const badTest = copy("min-stack", (d) => editJson(path.join(d, "tests.json"), (t) => (t.visible[0].input[0][1] = "peek")));
    expect(loadError(badTest)).toMatch(/tests\.json: visible\.0\.input\.0\.1: "peek" is not a method of MinStack/);
  });

  it("a checker goes with judge.mode custom, and only with it", () => {
    const missing = copy("top-k-frequent-elements", (d) => fs.rmSync(path.join(d, "checker.mjs")));
    expect(loadError(missing)).toMatch(/checker\.mjs: missing \(judge\.mode is "custom"\)/);
    const stray = copy("two-sum", (d) => fs.writeFileSync(path.join(d, "checker.mjs"), "export function check() { return true; }\n"));
    expect(loadError(stray)).toMatch(/checker\.mjs: present but judge\.mode is "unordered"/);
    const noExport = copy("top-k-frequent-elements", (d) => fs.writeFileSync(path.join(d, "checker.mjs"), "export const x = 1;\n"));
    expect(loadError(noExport)).toMatch(/checker\.mjs: must export a function check/);
  });

  it("a long written as a bare JSON number beyond 2^53 keeps its digits", () => {
    const dir = copy("two-sum", (d) => {
      editJson(path.join(d, "problem.json"), (p) => {
        p.signature = { method: "inc", params: [{ name: "n", type: "long" }], returns: "long" };
        p.judge = { mode: "exact" };
        p.examples = p.examples.slice(0, 2);
        p.variants = [];
      });
      const filler = Array.from({ length: 9 }, (_, i) => `{"input":[${i}],"expected":${i + 1},"tags":["small"]}`).join(",");
      fs.writeFileSync(
        path.join(d, "tests.json"),
        '{"visible":[{"input":[9223372036854775806],"expected":9223372036854775807,"tags":["max"]},{"input":["41"],"expected":42,"tags":["small"]}],' +
          `"hidden":[{"input":[-9007199254740993],"expected":"-9007199254740992","tags":["negative"]},${filler}]}`,
      );
    });
    const p = loadProblemDir(dir);
    expect(p.tests.visible.map((t) => [t.input[0], t.expected])).toEqual([
      ["9223372036854775806", "9223372036854775807"],
      [41, 42],
    ]);
    expect(p.tests.hidden[0]).toMatchObject({ input: ["-9007199254740993"], expected: "-9007199254740992" });
  });

  it("finds reference solutions by extension", () => {
    const dir = copy("two-sum", (d) => fs.writeFileSync(path.join(d, "solutions", "solution.go"), "package main\n"));
    expect(referenceSolutionFiles({ dir } as Problem)).toMatchObject({ python: "solution.py", go: "solution.go" });
  });
});

describe("design starter code", () => {
  const lru: DesignSignature = {
    kind: "design",
    className: "LRUCache",
    constructor: { params: [{ name: "capacity", type: "int" }] },
    methods: [
      { name: "get", params: [{ name: "key", type: "int" }], returns: "int" },
      { name: "put", params: [{ name: "key", type: "int" }, { name: "value", type: "int" }], returns: "void" },
    ],
  };

  it("Python: the class with __init__ and every method", () => {
    expect(starterCode(lru, "python")).toBe(
      "class LRUCache:\n\n" +
        "    def __init__(self, capacity: int) -> None:\n        pass\n\n" +
        "    def get(self, key: int) -> int:\n        pass\n\n" +
        "    def put(self, key: int, value: int) -> None:\n        pass\n",
    );
  });

  it("the other languages follow the platforms' shapes", () => {
    expect(starterCode(lru, "java")).toContain("class LRUCache {\n\n    public LRUCache(int capacity) {");
    expect(starterCode(lru, "java")).toContain("public void put(int key, int value) {");
    expect(starterCode(lru, "cpp")).toContain("class LRUCache {\npublic:\n    LRUCache(int capacity) {");
    expect(starterCode(lru, "javascript")).toContain("class LRUCache {");
    expect(starterCode(lru, "javascript")).toContain("    get(key) {");
    expect(starterCode(lru, "go")).toContain("func Constructor(capacity int) LRUCache {");
    expect(starterCode(lru, "go")).toContain("func (this *LRUCache) Put(key int, value int) {");
  });

  it("includes the ListNode/TreeNode comment when a method uses one", () => {
    const sig: DesignSignature = { ...lru, methods: [{ name: "head", params: [], returns: "ListNode" }] };
    expect(starterCode(sig, "python")).toMatch(/^# Definition for singly-linked list\./);
    expect(starterCode(sig, "python")).toContain("def head(self) -> Optional[ListNode]:");
  });
});
