import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { allStarterCode } from "./starter";
import {
  ProblemFileSchema,
  TestsFileSchema,
  type Difficulty,
  type JudgeMode,
  type Language,
  type Problem,
  type ProblemFile,
  type Signature,
  type TestsFile,
  type ValueType,
} from "./types";

/**
 * The problem bank: one folder per problem under problems/, holding problem.json,
 * statement.md, tests.json and solutions/. Loaded once, validated, cached in memory.
 */

export class ProblemLoadError extends Error {
  override name = "ProblemLoadError";
}

const defaultRoot = () => path.join(process.cwd(), "problems");

export function loadProblemDir(dir: string): Problem {
  const slug = path.basename(dir);
  const file = (name: string) => path.join(dir, name);
  const shown = (name: string) => path.relative(process.cwd(), file(name)) || file(name);

  const meta: ProblemFile = parseFile(shown("problem.json"), readJson(file("problem.json"), shown("problem.json")), ProblemFileSchema);
  const tests: TestsFile = parseFile(shown("tests.json"), readJson(file("tests.json"), shown("tests.json")), TestsFileSchema);
  const statement = readText(file("statement.md"), shown("statement.md")).trim();
  if (!statement) throw new ProblemLoadError(`${shown("statement.md")}: is empty`);

  const issues: string[] = [];
  if (meta.slug !== slug) issues.push(`${shown("problem.json")}: slug: "${meta.slug}" must match its folder name "${slug}"`);
  if (meta.judge.mode === "unordered" && !meta.signature.returns.endsWith("[]")) {
    issues.push(`${shown("problem.json")}: judge.mode: "unordered" needs a list return type, not ${meta.signature.returns}`);
  }
  for (const group of ["visible", "hidden"] as const) {
    tests[group].forEach((t, i) => {
      for (const issue of checkTest(meta.signature, t.input, t.expected)) {
        issues.push(`${shown("tests.json")}: ${group}.${i}.${issue}`);
      }
    });
  }
  if (issues.length) throw new ProblemLoadError(issues.join("\n"));

  return { ...meta, statement, tests, starterCode: allStarterCode(meta.signature) };
}

export function loadProblemBank(root: string): Problem[] {
  if (!fs.existsSync(root)) throw new ProblemLoadError(`Problem folder not found: ${root}`);
  const dirs = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("."))
    .map((d) => path.join(root, d.name));
  const problems = dirs.map(loadProblemDir).sort((a, b) => a.id - b.id);
  const seenIds = new Map<number, string>();
  for (const p of problems) {
    const other = seenIds.get(p.id);
    if (other) throw new ProblemLoadError(`problems/${p.slug}/problem.json: id: ${p.id} is already used by ${other}`);
    seenIds.set(p.id, p.slug);
  }
  return problems;
}

interface Bank {
  problems: Problem[];
  byId: Map<number, Problem>;
  bySlug: Map<string, Problem>;
}
let cache: Bank | undefined;

function bank(): Bank {
  if (!cache) {
    const problems = loadProblemBank(defaultRoot());
    cache = {
      problems,
      byId: new Map(problems.map((p) => [p.id, p])),
      bySlug: new Map(problems.map((p) => [p.slug, p])),
    };
  }
  return cache;
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

export function listCategories(): string[] {
  return [...new Set(bank().problems.map((p) => p.category))].sort((a, b) => a.localeCompare(b));
}

/** Everything a browser may see: no hidden tests, no solutions, no hint texts, pitfalls or optimal complexity. */
export interface PublicProblem {
  id: number;
  slug: string;
  title: string;
  difficulty: Difficulty;
  category: string;
  tags: string[];
  estimatedMinutes: number;
  statement: string;
  constraints: string[];
  examples: ProblemFile["examples"];
  signature: Signature;
  judge: { mode: JudgeMode };
  starterCode: Problem["starterCode"];
  visibleTests: { id: string; input: unknown[]; expected: unknown }[];
  hiddenTestCount: number;
  hintsAvailable: number;
}

export function toPublicProblem(p: Problem): PublicProblem {
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    difficulty: p.difficulty,
    category: p.category,
    tags: [...p.tags],
    estimatedMinutes: p.estimatedMinutes,
    statement: p.statement,
    constraints: [...p.constraints],
    examples: p.examples.map((e) => ({ ...e })),
    signature: p.signature,
    judge: { mode: p.judge.mode },
    starterCode: { ...p.starterCode },
    visibleTests: p.tests.visible.map((t, i) => ({ id: `visible-${i + 1}`, input: t.input, expected: t.expected })),
    hiddenTestCount: p.tests.hidden.length,
    hintsAvailable: p.hints.length,
  };
}

// ---------------------------------------------------------------- file reading

function readText(file: string, shown: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ProblemLoadError(`${shown}: ${code === "ENOENT" ? "missing" : `unreadable (${code})`}`);
  }
}

function readJson(file: string, shown: string): unknown {
  const text = readText(file, shown);
  try {
    return JSON.parse(text);
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

// ---------------------------------------------------------------- test data types

function checkTest(sig: Signature, input: unknown[], expected: unknown): string[] {
  const issues: string[] = [];
  if (input.length !== sig.params.length) {
    issues.push(`input: has ${input.length} arguments, ${sig.method} takes ${sig.params.length}`);
    return issues;
  }
  sig.params.forEach((p, i) => {
    if (!fits(input[i], p.type)) issues.push(`input.${i}: ${p.name} should be ${p.type}, got ${describe(input[i])}`);
  });
  const returns = sig.returns === "void" ? sig.params[0]?.type : sig.returns;
  if (returns && !fits(expected, returns)) issues.push(`expected: should be ${returns}, got ${describe(expected)}`);
  return issues;
}

function fits(v: unknown, t: ValueType): boolean {
  switch (t) {
    case "int":
    case "long":
      return Number.isInteger(v);
    case "double":
      return typeof v === "number";
    case "bool":
      return typeof v === "boolean";
    case "string":
      return typeof v === "string";
    case "char":
      return typeof v === "string" && [...v].length === 1;
    case "ListNode":
      return Array.isArray(v) && v.every((x) => typeof x === "number");
    case "TreeNode":
      return Array.isArray(v) && v.every((x) => x === null || typeof x === "number");
    case "void":
      return v === null;
    default: {
      const inner = t.slice(0, -2) as ValueType;
      return Array.isArray(v) && v.every((x) => fits(x, inner));
    }
  }
}

function describe(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
