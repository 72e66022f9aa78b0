import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateCode, type Evaluation } from "@/lib/judge/evaluate";
import { BwrapLauncher } from "@/lib/launcher/bwrap";
import { codingProblemDirs, loadProblemDir, referenceSolutionFiles } from "@/lib/problems";
import { generateInput, loadGenerator } from "@/lib/problems/generator";
import { LANGUAGES, type Language, type Problem, type Variant } from "@/lib/problems/types";
import { typesUsed } from "@/lib/problems/values";

/**
 * The proof of the problem bank: every folder validates, every reference solution in every
 * language passes every test in the real sandbox, every planted variant is rejected the way it
 * should be, and every input generator makes valid inputs that grow with n.
 *
 * PROBLEMS=two-sum,min-stack npx vitest run tests/problems/bank.test.ts checks only those folders.
 */
const ROOT = path.join(process.cwd(), "problems");
const only = process.env.PROBLEMS?.split(",").map((s) => s.trim()).filter(Boolean);
const dirs = codingProblemDirs(ROOT).filter((d) => !only || only.includes(path.basename(d)));
const launcher = new BwrapLauncher();

const failures = (e: Evaluation, hidden: boolean) => e.results.filter((r) => r.hidden === hidden && !r.passed);
const describeFailures = (e: Evaluation) => e.results.filter((r) => !r.passed).map((r) => `${r.id}: ${r.verdict} ${r.message}`);

/** The variants a folder declares, read without the loader so each gets its own test even when the folder is broken. */
function declaredVariants(dir: string): Variant[] {
  try {
    const variants = JSON.parse(fs.readFileSync(path.join(dir, "problem.json"), "utf8")).variants;
    return Array.isArray(variants) ? variants : [];
  } catch {
    return [];
  }
}

if (!only) {
  describe("the bank", () => {
    const problems = dirs.map(loadProblemDir);

    it("has 45 coding problems: 15 easy, 20 medium, 10 hard, with unique ids", () => {
      const count = (d: string) => problems.filter((p) => p.difficulty === d).length;
      expect({ total: problems.length, easy: count("easy"), medium: count("medium"), hard: count("hard") }).toEqual({
        total: 45,
        easy: 15,
        medium: 20,
        hard: 10,
      });
      expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
    });

    it("covers the topics interviews draw from", () => {
      const categories = new Set(problems.map((p) => p.category));
      for (const c of [
        "Arrays & Hashing",
        "Two Pointers",
        "Sliding Window",
        "Stack",
        "Binary Search",
        "Linked List",
        "Trees",
        "Tries",
        "Heap / Priority Queue",
        "Graphs",
        "Intervals",
        "Greedy",
        "Backtracking",
        "1-D Dynamic Programming",
        "2-D Dynamic Programming",
        "Bit Manipulation",
      ]) {
        expect(categories, c).toContain(c);
      }
      const tags = new Set(problems.flatMap((p) => p.tags));
      for (const t of ["bfs", "dfs", "topological sort", "union find"]) expect(tags, t).toContain(t);
      expect(problems.filter((p) => p.signature.kind === "design").length).toBeGreaterThanOrEqual(4);
    });

    it("plants buggy variants in at least a third of the problems, and slow ones in a sample", () => {
      const withBuggy = problems.filter((p) => p.variants.filter((v) => v.kind === "buggy").length >= 2);
      expect(withBuggy.length).toBeGreaterThanOrEqual(Math.ceil(problems.length / 3));
      expect(problems.filter((p) => p.variants.some((v) => v.kind === "slow")).length).toBeGreaterThanOrEqual(5);
    });
  });
}

/**
 * Starter code is generated from the signature. Python and JavaScript starters of every problem are
 * run; the compiled languages' for the first problem of each signature shape (kind and value types),
 * which covers every shape the bank uses at a fraction of the compile time.
 */
const shapesSeen = new Set<string>();
function startersToRun(dir: string): Language[] {
  try {
    const sig = JSON.parse(fs.readFileSync(path.join(dir, "problem.json"), "utf8")).signature;
    const shape = `${sig.kind ?? "function"}:${[...typesUsed(sig)].sort().join(",")}`;
    if (shapesSeen.has(shape)) return ["python", "javascript"];
    shapesSeen.add(shape);
    return [...LANGUAGES];
  } catch {
    return ["python"];
  }
}

for (const dir of dirs) {
  const slug = path.basename(dir);
  describe(slug, () => {
    let problem: Problem | undefined;
    let loadError: string | undefined;
    beforeAll(() => {
      try {
        problem = loadProblemDir(dir);
      } catch (e) {
        loadError = (e as Error).message;
      }
    });
    const loaded = (): Problem => {
      if (!problem) throw new Error(`the folder does not load:\n${loadError}`);
      return problem;
    };

    it("its files are valid", () => {
      expect(loadError).toBeUndefined();
    });

    it("has a reference solution in every language", () => {
      expect(Object.keys(referenceSolutionFiles({ dir })).sort()).toEqual([...LANGUAGES].sort());
    });

    for (const language of LANGUAGES) {
      it(`${language}: the reference solution passes every visible and hidden test`, async () => {
        const p = loaded();
        const file = referenceSolutionFiles(p)[language];
        if (!file) throw new Error(`no ${language} reference solution in ${slug}/solutions`);
        const code = fs.readFileSync(path.join(dir, "solutions", file), "utf8");
        const result = await evaluateCode({ problem: p, language, code, kind: "submit", launcher });
        expect(describeFailures(result)).toEqual([]);
        expect(result).toMatchObject({ status: "success", error: null, score: 100 });
        expect(result.total).toBe(p.tests.visible.length + p.tests.hidden.length);
      });
    }

    for (const language of startersToRun(dir)) {
      it(`${language}: the generated starter code compiles and runs (to wrong answers)`, async () => {
        const p = loaded();
        const result = await evaluateCode({ problem: p, language, code: p.starterCode[language] ?? "", kind: "run", launcher });
        expect(result.status, result.error ?? "").not.toBe("compile_error");
        expect(result.results.filter((r) => !["wrong_answer", "runtime_error", "accepted"].includes(r.verdict)).map((r) => `${r.id}: ${r.verdict} ${r.message}`)).toEqual([]);
        expect(result.passed, "the starter code alone should not solve the problem").toBeLessThan(result.total);
      });
    }

    for (const variant of declaredVariants(dir)) {
      const what =
        variant.kind === "buggy"
          ? "passes the visible tests and is caught by a hidden one"
          : "is right on every test it finishes and runs out of time on a worst-case one";
      it(`variant ${variant.file} (${variant.kind}) ${what}`, async () => {
        const p = loaded();
        const code = fs.readFileSync(path.join(dir, "variants", variant.file), "utf8");
        const result = await evaluateCode({ problem: p, language: "python", code, kind: "submit", launcher });
        expect(failures(result, false).map((r) => `${r.id}: ${r.verdict} ${r.message}`)).toEqual([]);
        const caught = failures(result, true);
        if (variant.kind === "buggy") {
          expect(caught.length, "no hidden test catches this bug").toBeGreaterThan(0);
          expect(caught.filter((r) => !["wrong_answer", "runtime_error", "not_run"].includes(r.verdict)).map((r) => r.verdict)).toEqual([]);
        } else {
          expect(caught.map((r) => r.verdict)).toContain("time_limit");
          expect(caught.filter((r) => r.verdict !== "time_limit" && r.verdict !== "not_run").map((r) => `${r.id}: ${r.verdict}`)).toEqual([]);
        }
      });
    }

    it("its generator makes valid inputs that change with n, the same for the same seed", async () => {
      const p = loaded();
      const { maxN } = await loadGenerator(p);
      const sizes = [1, 2, 3, Math.ceil(maxN / 100), Math.ceil(maxN / 10), maxN].filter((n, i, all) => n <= maxN && all.indexOf(n) === i);
      const inputs: string[] = [];
      for (const n of sizes) {
        const input = await generateInput(p, n, 7);
        expect(await generateInput(p, n, 7), `generate(${n}) with one seed`).toEqual(input);
        inputs.push(JSON.stringify(input));
      }
      // n may be a length or a value (an amount, a bit width); either way the largest n is a different input.
      expect(inputs.at(-1)).not.toBe(inputs[0]);
    });

    it("the Python reference answers the generator's largest input", async () => {
      const p = loaded();
      const { maxN } = await loadGenerator(p);
      const customInput = await generateInput(p, maxN, 11);
      const code = fs.readFileSync(path.join(dir, "solutions", referenceSolutionFiles(p).python ?? "solution.py"), "utf8");
      const result = await evaluateCode({ problem: p, language: "python", code, kind: "run", launcher, customInput });
      expect(result.error).toBeNull();
      expect(result.status).toBe("success");
    });
  });
}
