import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { z } from "zod";
import { allStarterCode } from "./starter";
import { problemFolders, readProblemFile, sortedByUniqueId } from "./folders";
import { loadSystemDesignBank, SYSTEM_DESIGN_FILE, type SystemDesignProblem } from "./system-design";
import { canonicalExpected, canonicalInput, checkTest, parseJsonLossless, typesUsed } from "./values";
import {
  ProblemFileSchema,
  TestsFileSchema,
  type Difficulty,
  type CheckFn,
  type Language,
  type Problem,
  type ProblemFile,
  type Signature,
  type TestsFile,
} from "./types";

/**
 * The problem bank: one folder per problem under problems/, holding problem.json,
 * statement.md, tests.json and solutions/. Loaded once, validated, cached in memory.
 */

export class ProblemLoadError extends Error {
  override name = "ProblemLoadError";
}

export const defaultRoot = () => path.join(process.cwd(), "problems");

/** A problem's input generator (see lib/problems/generator.ts). */
export const GENERATOR_FILE = "generator.mjs";


export function loadProblemDir(dir: string): Problem {
  const slug = path.basename(dir);
  const file = (name: string) => path.join(dir, name);
  const shown = (name: string) => path.relative(process.cwd(), file(name)) || file(name);

  const meta: ProblemFile = parseFile(shown("problem.json"), readJson(file("problem.json"), shown("problem.json")), ProblemFileSchema);
  const tests: TestsFile = parseFile(shown("tests.json"), readJson(file("tests.json"), shown("tests.json")), TestsFileSchema);
  const statement = readText(file("statement.md"), shown("statement.md")).trim();
  if (!statement) throw new ProblemLoadError(`${shown("statement.md")}: is empty`);

  const issues: string[] = [];
  const sig = meta.signature;
  if (meta.slug !== slug) issues.push(`${shown("problem.json")}: slug: "${meta.slug}" must match its folder name "${slug}"`);
  if (meta.judge.mode === "unordered" && (sig.kind === "design" || !sig.returns.endsWith("[]"))) {
    const what = sig.kind === "design" ? "a design problem" : sig.returns;
    issues.push(`${shown("problem.json")}: judge.mode: "unordered" needs a list return type, not ${what}`);
  }
  if (meta.judge.mode === "float" && !typesUsed(sig).has("double") && !typesUsed(sig).has("double[]")) {
    issues.push(`${shown("problem.json")}: judge.mode: "float" only changes how doubles compare; the signature has none`);
  }
  if (sig.kind === "design") issues.push(...checkDesignSignature(sig, shown("problem.json")));
  const hasChecker = fs.existsSync(file("checker.mjs"));
  if (meta.judge.mode === "custom" && !hasChecker) issues.push(`${shown("checker.mjs")}: missing (judge.mode is "custom")`);
  if (meta.judge.mode !== "custom" && hasChecker) issues.push(`${shown("checker.mjs")}: present but judge.mode is "${meta.judge.mode}", not "custom"`);
  for (const group of ["visible", "hidden"] as const) {
    tests[group].forEach((t, i) => {
      for (const issue of checkTest(sig, t.input, t.expected)) {
        issues.push(`${shown("tests.json")}: ${group}.${i}.${issue}`);
      }
    });
  }
  if (tests.visible.length !== meta.examples.length) {
    issues.push(
      `${shown("tests.json")}: visible: has ${tests.visible.length} tests but problem.json has ${meta.examples.length} examples; the visible tests are the examples, in order`,
    );
  }
  tests.hidden.forEach((t, i) => {
    if (!t.tags.some((tag) => tag.trim())) issues.push(`${shown("tests.json")}: hidden.${i}.tags: name what the test probes ("empty input", "duplicates", "worst-case size", …)`);
  });
  if (!fs.existsSync(file(GENERATOR_FILE))) {
    issues.push(`${shown(GENERATOR_FILE)}: missing (every problem needs an input generator; see lib/problems/generator.ts)`);
  }
  meta.variants.forEach((v, i) => {
    if (!fs.existsSync(path.join(dir, "variants", v.file))) issues.push(`${shown("problem.json")}: variants.${i}.file: variants/${v.file} does not exist`);
  });
  if (issues.length) throw new ProblemLoadError(issues.join("\n"));
  for (const group of ["visible", "hidden"] as const) {
    tests[group] = tests[group].map((t) => ({
      ...t,
      input: canonicalInput(sig, t.input),
      expected: canonicalExpected(sig, t.input, t.expected),
    }));
  }

  const problem: Problem = { ...meta, dir: path.resolve(dir), statement, tests, starterCode: allStarterCode(sig) };
  if (hasChecker) {
    problem.checkerPath = file("checker.mjs");
    const loaded = requireChecker(problem.checkerPath, shown("checker.mjs"));
    if (loaded) problem.checker = loaded;
  }
  return problem;
}

function checkDesignSignature(sig: Extract<Signature, { kind: "design" }>, shown: string): string[] {
  const issues: string[] = [];
  const seen = new Set<string>();
  sig.methods.forEach((m, i) => {
    if (seen.has(m.name)) issues.push(`${shown}: signature.methods.${i}.name: "${m.name}" is declared twice`);
    if (m.name === sig.className) issues.push(`${shown}: signature.methods.${i}.name: a method cannot be named like the class`);
    if (m.name === "constructor" || m.name.startsWith("__")) issues.push(`${shown}: signature.methods.${i}.name: "${m.name}" is reserved`);
    seen.add(m.name);
  });
  return issues;
}

/**
 * Loads a checker.mjs now, at bank load (Node >= 20.19 can require an ES module synchronously).
 * On an older Node the judge imports it on first use instead (lib/judge/checker.ts).
 */
function requireChecker(file: string, shown: string): CheckFn | undefined {
  let mod: { check?: unknown; default?: { check?: unknown } };
  try {
    mod = createRequire(path.join(process.cwd(), "package.json"))(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ERR_REQUIRE_ESM" || code === "ERR_REQUIRE_ASYNC_MODULE") return undefined;
    throw new ProblemLoadError(`${shown}: could not be loaded (${(e as Error).message})`);
  }
  const check = mod.check ?? mod.default?.check;
  if (typeof check !== "function") throw new ProblemLoadError(`${shown}: must export a function check({ input, expected, actual })`);
  return check as CheckFn;
}

const failLoad = (message: string) => new ProblemLoadError(message);

/** The folders under root that hold coding problems (system-design problems hold design.json instead). */
export function codingProblemDirs(root: string): string[] {
  return problemFolders(root, failLoad).filter((dir) => !fs.existsSync(path.join(dir, SYSTEM_DESIGN_FILE)));
}

export function loadProblemBank(root: string): Problem[] {
  return sortedByUniqueId(codingProblemDirs(root).map(loadProblemDir), () => "problem.json", failLoad);
}

interface Bank {
  problems: Problem[];
  byId: Map<number, Problem>;
  bySlug: Map<string, Problem>;
  systemDesign: SystemDesignProblem[];
}
let cache: Bank | undefined;

function bank(): Bank {
  if (!cache) {
    const problems = loadProblemBank(defaultRoot());
    const systemDesign = loadSystemDesignBank(defaultRoot());
    // One id space for both kinds.
    sortedByUniqueId<Problem | SystemDesignProblem>([...problems, ...systemDesign], (p) => ("brief" in p ? SYSTEM_DESIGN_FILE : "problem.json"), failLoad);
    cache = {
      problems,
      byId: new Map(problems.map((p) => [p.id, p])),
      bySlug: new Map(problems.map((p) => [p.slug, p])),
      systemDesign,
    };
  }
  return cache;
}

/** The system-design problems (whiteboard interviews), by id. */
export function listSystemDesignProblems(filter: Pick<ProblemFilter, "difficulty"> = {}): SystemDesignProblem[] {
  return bank().systemDesign.filter((p) => !filter.difficulty || p.difficulty === filter.difficulty);
}

export function getSystemDesignProblem(id: number): SystemDesignProblem | undefined {
  return bank().systemDesign.find((p) => p.id === id);
}

/** Forget the loaded bank (tests that edit problems/). */
export function resetProblemCache(): void {
  cache = undefined;
}

export interface ProblemFilter {
  difficulty?: Difficulty;
  /** Matched loosely: "Arrays & Hashing", "arrays-hashing" and "arrays hashing" are the same category. */
  category?: string;
  language?: Language;
}

const categoryKey = (c: string) => c.toLowerCase().replace(/[^a-z0-9]+/g, "");

export function listProblems(filter: ProblemFilter = {}): Problem[] {
  return bank().problems.filter(
    (p) =>
      (!filter.difficulty || p.difficulty === filter.difficulty) &&
      (!filter.category || categoryKey(p.category) === categoryKey(filter.category)) &&
      (!filter.language || Boolean(p.starterCode[filter.language])),
  );
}

export function getProblem(id: number): Problem | undefined {
  return bank().byId.get(id);
}

export function getProblemBySlug(slug: string): Problem | undefined {
  return bank().bySlug.get(slug);
}

/** File extensions of reference solutions in a problem's solutions/ folder (solution.py, solution.java, …). */
export const SOLUTION_EXTENSIONS: Record<Language, readonly string[]> = {
  python: [".py"],
  javascript: [".js", ".mjs"],
  java: [".java"],
  cpp: [".cpp", ".cc"],
  go: [".go"],
};

/** The reference solution files a problem has, by language (file names relative to solutions/). */
export function referenceSolutionFiles(problem: Pick<Problem, "dir">): Partial<Record<Language, string>> {
  if (!problem.dir) return {};
  let names: string[];
  try {
    names = fs.readdirSync(path.join(problem.dir, "solutions")).sort();
  } catch {
    return {};
  }
  const found: Partial<Record<Language, string>> = {};
  for (const [language, exts] of Object.entries(SOLUTION_EXTENSIONS) as [Language, readonly string[]][]) {
    const preferred = names.find((n) => n.startsWith("solution.") && exts.includes(path.extname(n)));
    const name = preferred ?? names.find((n) => exts.includes(path.extname(n)));
    if (name) found[language] = name;
  }
  return found;
}

/** A problem's reference solution in a language, when the bank has one. */
export function referenceSolution(problem: Pick<Problem, "dir">, language: Language): string | undefined {
  const name = referenceSolutionFiles(problem)[language];
  return name && problem.dir ? fs.readFileSync(path.join(problem.dir, "solutions", name), "utf8") : undefined;
}

export function listCategories(): string[] {
  return [...new Set(bank().problems.map((p) => p.category))].sort((a, b) => a.localeCompare(b));
}

// ---------------------------------------------------------------- file reading

function readText(file: string, shown: string): string {
  return readProblemFile(file, shown, failLoad);
}

function readJson(file: string, shown: string): unknown {
  const text = readText(file, shown);
  try {
    return parseJsonLossless(text);
  } catch (e) {
    throw new ProblemLoadError(`${shown}: not valid JSON (${(e as Error).message})`);
  }
}

function parseFile<S extends z.ZodTypeAny>(shown: string, data: unknown, schema: S): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `${shown}: ${i.path.join(".") || "(root)"}: ${i.message}`);
  throw new ProblemLoadError(lines.join("\n"));
}
