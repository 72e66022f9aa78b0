import fs from "node:fs";
import path from "node:path";
import type { CodeSubmission } from "@/db/schema";
import { loadCheck } from "@/lib/judge/checker";
import { parseCustomInput } from "@/lib/judge/custom-input";
import { limitsFor } from "@/lib/judge/limits";
import { judgeOutcome } from "@/lib/judge/verdict";
import { getLauncher, type Launcher } from "@/lib/launcher";
import { referenceSolution } from "@/lib/problems";
import type { Problem } from "@/lib/problems/types";

/**
 * How good were the candidate's own tests? The problem's planted buggy variants (Python files in
 * variants/, each passing the visible tests) run in the real sandbox on the custom inputs the
 * candidate tried, next to the reference solution; a variant is caught when some input makes it
 * answer differently (or fail) where the reference answers. Only at the end of an interview: the
 * live score never starts a sandbox.
 */

export interface CustomInputUse {
  /** The run that tried it (a timeline event id). */
  submissionId: string;
  at: Date;
  input: unknown[];
}

export interface VariantOutcome {
  /** A readable name from the file ("loop stops early"); the description stays on the server. */
  name: string;
  caught: boolean;
  /** The run whose input caught it. */
  caughtBy: string | null;
}

export interface VariantCheck {
  /** Buggy variants the problem plants. */
  total: number;
  /** Distinct custom inputs tried (the reference answered them). */
  inputs: number;
  variants: VariantOutcome[];
}

/** The distinct custom inputs of an interview's runs, oldest first. */
export function customInputsOf(problem: Problem, runs: CodeSubmission[]): CustomInputUse[] {
  const seen = new Set<string>();
  const uses: CustomInputUse[] = [];
  for (const s of runs) {
    if (s.kind !== "run" || !s.stdin) continue;
    const parsed = parseCustomInput(problem.signature, s.stdin);
    if (!parsed.ok) continue;
    const key = JSON.stringify(parsed.input);
    if (seen.has(key)) continue;
    seen.add(key);
    uses.push({ submissionId: s.id, at: s.submittedAt, input: parsed.input });
  }
  return uses;
}

export const variantName = (file: string) => file.replace(/\.py$/, "").replace(/[-_]+/g, " ");

export async function checkVariants(problem: Problem, uses: CustomInputUse[], launcher: Launcher = getLauncher()): Promise<VariantCheck> {
  const buggy = problem.dir ? problem.variants.filter((v) => v.kind === "buggy") : [];
  const outcome = (caught: Map<string, string>) => ({
    total: buggy.length,
    inputs: uses.length,
    variants: buggy.map((v) => ({ name: variantName(v.file), caught: caught.has(v.file), caughtBy: caught.get(v.file) ?? null })),
  });
  const reference = referenceSolution(problem, "python");
  if (buggy.length === 0 || uses.length === 0 || !reference || !problem.dir) return outcome(new Map());

  const limits = limitsFor(problem, "python");
  const tests = uses.map((u, i) => ({ id: `input-${i + 1}`, input: u.input }));
  const run = (code: string) => launcher.run({ language: "python", code, signature: problem.signature, tests, limits });
  const dir = problem.dir;
  const [expected, check, ...variantRuns] = await Promise.all([
    run(reference),
    loadCheck(problem),
    ...buggy.map((v) => run(fs.readFileSync(path.join(dir, "variants", v.file), "utf8"))),
  ]);
  const answered = new Map(expected.tests.filter((t) => t.status === "ok").map((t) => [t.id, t.actual]));
  const caught = new Map<string, string>();
  buggy.forEach((v, k) => {
    const result = variantRuns[k];
    const byId = new Map(result.tests.map((t) => [t.id, t]));
    tests.forEach((t, i) => {
      if (caught.has(v.file) || !answered.has(t.id)) return;
      const got = byId.get(t.id) ?? { id: t.id, status: "not_run" as const, stdout: "", timeMs: 0 };
      const judged = judgeOutcome(got, answered.get(t.id), {
        mode: problem.judge.mode,
        tolerance: problem.judge.tolerance,
        signature: problem.signature,
        input: t.input,
        check,
        language: "python",
        limits,
        runStatus: result.status,
        hidden: true,
      });
      if (!judged.passed) caught.set(v.file, uses[i].submissionId);
    });
  });
  return { ...outcome(caught), inputs: answered.size };
}
