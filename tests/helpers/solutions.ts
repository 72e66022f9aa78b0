import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** A problem's reference solution from the bank, so suites run the same code CI proves. */
export function referenceSolution(slug: string, file = "solution.py"): string {
  return fs.readFileSync(path.join(ROOT, "problems", slug, "solutions", file), "utf8");
}
