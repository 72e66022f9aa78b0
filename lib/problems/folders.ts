import fs from "node:fs";
import path from "node:path";

/**
 * Reading the problems/ folder, shared by the coding and the system-design loaders. Each loader
 * passes `fail` to raise its own error class (the two modules must not import each other).
 */
type Fail = (message: string) => Error;

/** Every problem folder under root, sorted: directories except helpers (names starting with "_" or "."). */
export function problemFolders(root: string, fail: Fail): string[] {
  if (!fs.existsSync(root)) throw fail(`Problem folder not found: ${root}`);
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith(".") && !d.name.startsWith("_"))
    .map((d) => path.join(root, d.name))
    .sort();
}

/** A problem file's text; `shown` names it in the error when it is missing or unreadable. */
export function readProblemFile(file: string, shown: string, fail: Fail): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw fail(`${shown}: ${code === "ENOENT" ? "missing" : `unreadable (${code})`}`);
  }
}

/** Problems in id order; an interview names its problem by id alone, so two with one id is an error. */
export function sortedByUniqueId<T extends { id: number; slug: string }>(problems: T[], fileOf: (p: T) => string, fail: Fail): T[] {
  const sorted = [...problems].sort((a, b) => a.id - b.id);
  const seen = new Map<number, string>();
  for (const p of sorted) {
    const other = seen.get(p.id);
    if (other) throw fail(`problems/${p.slug}/${fileOf(p)}: id: ${p.id} is already used by ${other}`);
    seen.set(p.id, p.slug);
  }
  return sorted;
}
