import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  getProblem,
  getProblemBySlug,
  listCategories,
  listProblems,
  loadProblemBank,
  loadProblemDir,
  toPublicProblem,
} from "@/lib/problems";

const ROOT = path.join(process.cwd(), "problems");

describe("the problem bank", () => {
  it("holds the launch problems, design problems and a problem with its own checker", () => {
    expect(listProblems().map((p) => [p.id, p.slug, p.difficulty, p.category])).toEqual([
      [1, "two-sum", "easy", "Arrays & Hashing"],
      [2, "valid-parentheses", "easy", "Stack"],
      [3, "longest-substring-without-repeating-characters", "medium", "Sliding Window"],
      [4, "min-stack", "easy", "Stack"],
      [5, "lru-cache", "medium", "Design"],
      [6, "top-k-frequent-elements", "medium", "Heap / Priority Queue"],
    ]);
    expect(getProblem(2)?.slug).toBe("valid-parentheses");
    expect(getProblemBySlug("two-sum")?.id).toBe(1);
    expect(getProblem(999)).toBeUndefined();
    expect(getProblemBySlug("nope")).toBeUndefined();
  });

  it("filters by difficulty, category (loosely spelled) and language", () => {
    expect(listProblems({ difficulty: "medium" }).map((p) => p.id)).toEqual([3, 5, 6]);
    expect(listProblems({ category: "arrays-hashing" }).map((p) => p.id)).toEqual([1]);
    expect(listProblems({ category: "sliding window", difficulty: "easy" })).toEqual([]);
    expect(listProblems({ language: "python" })).toHaveLength(listProblems().length);
    expect(listCategories()).toEqual(["Arrays & Hashing", "Design", "Heap / Priority Queue", "Sliding Window", "Stack"]);
  });

  for (const slug of fs.readdirSync(ROOT)) {
    it(`${slug} is complete`, () => {
      const p = getProblemBySlug(slug);
      expect(p).toBeDefined();
      if (!p) return;
      expect(p.statement.length).toBeGreaterThan(100);
      expect(p.examples.length).toBeGreaterThanOrEqual(2);
      expect(p.tests.visible.length).toBeGreaterThanOrEqual(2);
      expect(p.tests.visible.length).toBeLessThanOrEqual(3);
      expect(p.tests.hidden.length).toBeGreaterThanOrEqual(8);
      for (const t of [...p.tests.visible, ...p.tests.hidden]) expect(t.tags.length).toBeGreaterThan(0);
      expect(p.tests.hidden.some((t) => t.tags.includes("large input"))).toBe(true);
      expect(p.hints.map((h) => h.level)).toEqual(["soft", "medium", "hard"]);
      expect(p.pitfalls.length).toBeGreaterThan(0);
      expect(p.optimal.time).toMatch(/^O\(/);
      expect(fs.existsSync(path.join(ROOT, slug, "solutions", "solution.py"))).toBe(true);
      expect(Object.keys(p.starterCode).sort()).toEqual(["cpp", "go", "java", "javascript", "python"]);
    });
  }

  it("the public view carries no hidden tests, hints, pitfalls or solutions", () => {
    for (const p of listProblems()) {
      const pub = toPublicProblem(p);
      const text = JSON.stringify(pub);
      expect(pub.visibleTests).toHaveLength(p.tests.visible.length);
      expect(pub.hiddenTestCount).toBe(p.tests.hidden.length);
      expect(pub.hintsAvailable).toBe(p.hints.length);
      expect(text).not.toContain('"hidden"');
      for (const t of p.tests.hidden) {
        const input = JSON.stringify(t.input);
        if (input.length > 12) expect(text).not.toContain(input.slice(1, -1));
      }
      for (const h of p.hints) expect(text).not.toContain(h.text);
      for (const pitfall of p.pitfalls) expect(text).not.toContain(pitfall);
      expect(text).not.toContain(p.optimal.time);
      expect(Object.keys(pub)).not.toContain("tests");
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

  it("rejects two problems with the same id", () => {
    copyTwoSum(() => {});
    fs.cpSync(path.join(tmp, "two-sum"), path.join(tmp, "two-sum-again"), { recursive: true });
    editJson(path.join(tmp, "two-sum-again", "problem.json"), (p) => (p.slug = "two-sum-again"));
    expect(() => loadProblemBank(tmp)).toThrow(/id: 1 is already used by two-sum/);
  });
});
