import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { problemDetail } from "@/lib/api/dto";
import {
  codingProblemDirs,
  getProblem,
  getProblemBySlug,
  listCategories,
  listProblems,
  loadProblemBank,
  loadProblemDir,
} from "@/lib/problems";

const ROOT = path.join(process.cwd(), "problems");

describe("the problem bank", () => {
  it("keeps the launch problems' ids, and every id is unique", () => {
    expect(listProblems().slice(0, 6).map((p) => [p.id, p.slug])).toEqual([
      [1, "two-sum"],
      [2, "valid-parentheses"],
      [3, "longest-substring-without-repeating-characters"],
      [4, "min-stack"],
      [5, "lru-cache"],
      [6, "top-k-frequent-elements"],
    ]);
    expect(new Set(listProblems().map((p) => p.id)).size).toBe(listProblems().length);
    expect(getProblem(2)?.slug).toBe("valid-parentheses");
    expect(getProblemBySlug("two-sum")?.id).toBe(1);
    expect(getProblem(999)).toBeUndefined();
    expect(getProblemBySlug("nope")).toBeUndefined();
  });

  it("filters by difficulty, category (loosely spelled) and language", () => {
    const medium = listProblems({ difficulty: "medium" });
    expect(medium.length).toBeGreaterThan(0);
    expect(medium.every((p) => p.difficulty === "medium")).toBe(true);
    expect(listProblems({ category: "arrays-hashing" }).map((p) => p.category)).toContain("Arrays & Hashing");
    expect(new Set(listProblems({ category: "arrays  hashing" }).map((p) => p.category))).toEqual(new Set(["Arrays & Hashing"]));
    expect(listProblems({ category: "sliding window", difficulty: "easy" }).every((p) => p.category === "Sliding Window" && p.difficulty === "easy")).toBe(true);
    expect(listProblems({ category: "astrology" })).toEqual([]);
    expect(listProblems({ language: "go" })).toHaveLength(listProblems().length);
    expect(listCategories()).toEqual([...new Set(listProblems().map((p) => p.category))].sort((a, b) => a.localeCompare(b)));
  });

  it("system-design folders are not coding problems", () => {
    const dirs = codingProblemDirs(ROOT).map((d) => path.basename(d));
    expect(dirs).toContain("two-sum");
    expect(dirs).not.toContain("url-shortener");
    expect(getProblemBySlug("url-shortener")).toBeUndefined();
  });

  for (const dir of codingProblemDirs(ROOT)) {
    const slug = path.basename(dir);
    it(`${slug} is complete`, () => {
      const p = getProblemBySlug(slug);
      expect(p).toBeDefined();
      if (!p) return;
      expect(p.statement.length).toBeGreaterThan(100);
      expect(p.tests.visible).toHaveLength(p.examples.length);
      expect(p.tests.hidden.length).toBeGreaterThanOrEqual(10);
      for (const t of p.tests.hidden) expect(t.tags.length).toBeGreaterThan(0);
      expect(p.tests.hidden.some((t) => t.tags.some((tag) => /worst-case size|large input/.test(tag))), "a worst-case-size test").toBe(true);
      expect(p.hints.map((h) => h.level)).toEqual(["soft", "medium", "hard"]);
      expect(p.pitfalls.length).toBeGreaterThan(0);
      expect(p.optimal.time).toMatch(/^O\(/);
      expect(p.optimal.space).toMatch(/^O\(/);
      expect(Object.keys(p.starterCode).sort()).toEqual(["cpp", "go", "java", "javascript", "python"]);
    });
  }

  it("the public view carries no hidden tests, hints, pitfalls or solutions", () => {
    for (const p of listProblems()) {
      const pub = problemDetail(p);
      const text = JSON.stringify(pub);
      expect(pub.test_cases).toHaveLength(p.tests.visible.length);
      expect(pub.hints_available).toBe(p.hints.length);
      for (const t of p.tests.hidden) {
        const input = JSON.stringify(t.input);
        if (input.length > 12) expect(text).not.toContain(input.slice(1, -1));
      }
      for (const h of p.hints) expect(text).not.toContain(h.text);
      for (const pitfall of p.pitfalls) expect(text).not.toContain(pitfall);
      for (const v of p.variants) expect(text).not.toContain(v.description);
      expect(Object.keys(pub)).not.toContain("tests");
      expect(Object.keys(pub)).not.toContain("optimal");
    }
  });
});

describe("malformed problems", () => {
  let tmp: string;
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** A copy of two-sum under a temp root that `edit` may break. */
  function copyTwoSum(edit: (dir: string) => void): string {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ic-problems-"));
    const dir = path.join(tmp, "two-sum");
    fs.cpSync(path.join(ROOT, "two-sum"), dir, { recursive: true });
    edit(dir);
    return dir;
  }
  const editJson = (file: string, change: (data: Record<string, unknown>) => void) => {
    const data = JSON.parse(fs.readFileSync(file, "utf8"));
    change(data);
    fs.writeFileSync(file, JSON.stringify(data));
  };

  it("the unedited copy loads", () => {
    const dir = copyTwoSum(() => {});
    expect(loadProblemDir(dir).slug).toBe("two-sum");
  });

  it("names the file and field of a schema error", () => {
    const dir = copyTwoSum((d) => editJson(path.join(d, "problem.json"), (p) => (p.difficulty = "impossible")));
    expect(() => loadProblemDir(dir)).toThrow(/two-sum\/problem\.json: difficulty: /);
  });

  it("names nested fields, e.g. a signature parameter type", () => {
    const dir = copyTwoSum((d) =>
      editJson(path.join(d, "problem.json"), (p) => ((p.signature as { params: { type: string }[] }).params[1].type = "integer")),
    );
    expect(() => loadProblemDir(dir)).toThrow(/problem\.json: signature\.params\.1\.type: /);
  });

  it("checks test arguments against the signature", () => {
    const dir = copyTwoSum((d) =>
      editJson(path.join(d, "tests.json"), (t) => {
        (t.hidden as { input: unknown[] }[])[0].input = [[1, 2]];
        (t.visible as { input: unknown[] }[])[1].input[1] = "12";
      }),
    );
    const error = (() => {
      try {
        loadProblemDir(dir);
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    expect(error).toContain("tests.json: hidden.0.input: has 1 arguments, twoSum takes 2");
    expect(error).toContain('tests.json: visible.1.input.1: target should be int, got "12"');
  });

  it("reports a missing statement, invalid JSON and a slug that does not match its folder", () => {
    expect(() => loadProblemDir(copyTwoSum((d) => fs.rmSync(path.join(d, "statement.md"))))).toThrow(/statement\.md: missing/);
    fs.rmSync(tmp, { recursive: true, force: true });
    expect(() => loadProblemDir(copyTwoSum((d) => fs.writeFileSync(path.join(d, "tests.json"), "{ nope")))).toThrow(
      /tests\.json: not valid JSON/,
    );
    fs.rmSync(tmp, { recursive: true, force: true });
    expect(() =>
      loadProblemDir(copyTwoSum((d) => editJson(path.join(d, "problem.json"), (p) => (p.slug = "two-sums")))),
    ).toThrow(/problem\.json: slug: "two-sums" must match its folder name "two-sum"/);
  });

  const errorOf = (dir: string) => {
    try {
      loadProblemDir(dir);
      return "";
    } catch (e) {
      return (e as Error).message;
    }
  };

  it("asks for three hints, soft, medium and hard, in that order", () => {
    const two = copyTwoSum((d) => editJson(path.join(d, "problem.json"), (p) => (p.hints = (p.hints as unknown[]).slice(0, 2))));
    expect(errorOf(two)).toMatch(/problem\.json: hints: needs exactly 3 hints: soft, medium, hard/);
    fs.rmSync(tmp, { recursive: true, force: true });
    const swapped = copyTwoSum((d) => editJson(path.join(d, "problem.json"), (p) => (p.hints = [...(p.hints as unknown[])].reverse())));
    expect(errorOf(swapped)).toMatch(/problem\.json: hints: levels must be soft, medium, hard, in that order/);
  });

  it("rejects unknown fields, so a misspelt one is not silently ignored", () => {
    const dir = copyTwoSum((d) => editJson(path.join(d, "problem.json"), (p) => (p.pitfals = ["typo"])));
    expect(errorOf(dir)).toMatch(/problem\.json: \(root\): Unrecognized key: "pitfals"/i);
  });

  it("asks for ten tagged hidden tests and the examples as the visible tests", () => {
    const few = copyTwoSum((d) => editJson(path.join(d, "tests.json"), (t) => (t.hidden = (t.hidden as unknown[]).slice(0, 4))));
    expect(errorOf(few)).toMatch(/tests\.json: hidden: needs at least 10 hidden tests/);
    fs.rmSync(tmp, { recursive: true, force: true });
    const untagged = copyTwoSum((d) => editJson(path.join(d, "tests.json"), (t) => ((t.hidden as { tags: string[] }[])[3].tags = [])));
    expect(errorOf(untagged)).toMatch(/tests\.json: hidden\.3\.tags: name what the test probes/);
    fs.rmSync(tmp, { recursive: true, force: true });
    const extra = copyTwoSum((d) => editJson(path.join(d, "tests.json"), (t) => (t.visible as unknown[]).push((t.hidden as unknown[])[0])));
    expect(errorOf(extra)).toMatch(/tests\.json: visible: has 4 tests but problem\.json has 3 examples/);
  });

  it("asks for an input generator and for the variants it lists", () => {
    const noGenerator = copyTwoSum((d) => fs.rmSync(path.join(d, "generator.mjs")));
    expect(errorOf(noGenerator)).toMatch(/two-sum\/generator\.mjs: missing \(every problem needs an input generator/);
    fs.rmSync(tmp, { recursive: true, force: true });
    const ghost = copyTwoSum((d) =>
      editJson(path.join(d, "problem.json"), (p) => (p.variants = [{ file: "ghost.py", kind: "buggy", description: "not there" }])),
    );
    expect(errorOf(ghost)).toMatch(/problem\.json: variants\.0\.file: variants\/ghost\.py does not exist/);
    fs.rmSync(tmp, { recursive: true, force: true });
    const badKind = copyTwoSum((d) =>
      editJson(path.join(d, "problem.json"), (p) => (p.variants = [{ file: "x.py", kind: "sneaky", description: "?" }])),
    );
    expect(errorOf(badKind)).toMatch(/problem\.json: variants\.0\.kind: /);
  });

  it("rejects two problems with the same id", () => {
    copyTwoSum(() => {});
    fs.cpSync(path.join(tmp, "two-sum"), path.join(tmp, "two-sum-again"), { recursive: true });
    editJson(path.join(tmp, "two-sum-again", "problem.json"), (p) => (p.slug = "two-sum-again"));
    expect(() => loadProblemBank(tmp)).toThrow(/id: 1 is already used by two-sum/);
  });
});
