import { pathToFileURL } from "node:url";
import type { CheckFn, Problem } from "@/lib/problems/types";

/**
 * A problem's checker.mjs (judge.mode "custom"): trusted code from the problem bank, run in the
 * app server. The loader already required it at bank load (Node >= 20.19); on an older Node it is
 * imported here on first use.
 */
const imported = new Map<string, Promise<CheckFn>>();

export async function loadCheck(problem: Problem): Promise<CheckFn | undefined> {
  if (problem.judge.mode !== "custom") return undefined;
  if (problem.checker) return problem.checker;
  const file = problem.checkerPath;
  if (!file) throw new Error(`${problem.slug}: judge.mode is "custom" but it has no checker.mjs`);
  let pending = imported.get(file);
  if (!pending) {
    pending = import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(file).href).then((mod) => {
      const check = mod.check ?? mod.default?.check;
      if (typeof check !== "function") throw new Error(`${file}: must export a function check({ input, expected, actual })`);
      return check as CheckFn;
    });
    imported.set(file, pending);
  }
  return pending;
}
