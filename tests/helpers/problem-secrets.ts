import fs from "node:fs";
import path from "node:path";

/**
 * What must never leave the server, per problem folder: hidden tests' inputs and outputs, hint
 * and pitfall texts, and lines of the reference and planted solutions. Plain fs and JSON, so the
 * API suite and the browser-bundle check (Playwright) share it.
 */
export interface Secret {
  slug: string;
  what: string;
  needle: string;
}

const ROOT = path.resolve(import.meta.dirname, "../../problems");
// Shorter values (a small grid like [[1,2,3],[4,5,6]]) also occur in library code and documentation.
const MIN_NEEDLE = 24;

/**
 * The longest line of a source file that is neither a comment nor a declaration the starter code
 * also has (names from the signature): distinctive enough that finding it means the file leaked.
 */
function telltaleLine(file: string, declared: string[]): string | undefined {
  const lines = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => !/^(\/\/|#|\*|\/\*)/.test(l) && !declared.some((name) => l.includes(name)));
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), "");
  return longest.length >= 30 ? longest : undefined;
}

export function problemSecrets(): Secret[] {
  const secrets: Secret[] = [];
  for (const slug of fs.readdirSync(ROOT).sort()) {
    const dir = path.join(ROOT, slug);
    if (fs.existsSync(path.join(dir, "design.json"))) {
      // A system-design problem's answer key: what a good diagram has and what the interviewer asks.
      const d = JSON.parse(fs.readFileSync(path.join(dir, "design.json"), "utf8"));
      const key: [string, string][] = [
        ...d.components.map((c: { name: string; role: string }) => [`component ${c.name}`, c.role]),
        ...d.followUps.map((f: string, i: number) => [`follow-up ${i + 1}`, f]),
        ...d.hints.map((h: { level: string; text: string }) => [`${h.level} hint`, h.text]),
        ...d.pitfalls.map((p: string, i: number) => [`pitfall ${i + 1}`, p]),
      ];
      for (const [what, needle] of key) secrets.push({ slug, what, needle });
      continue;
    }
    if (!fs.existsSync(path.join(dir, "problem.json"))) continue;
    const meta = JSON.parse(fs.readFileSync(path.join(dir, "problem.json"), "utf8"));
    const tests = JSON.parse(fs.readFileSync(path.join(dir, "tests.json"), "utf8"));
    const visible = new Set<string>(tests.visible.flatMap((t: { input: unknown; expected: unknown }) => [JSON.stringify(t.input), JSON.stringify(t.expected)]));
    tests.hidden.forEach((t: { input: unknown; expected: unknown }, i: number) => {
      for (const [what, value] of [["input", t.input], ["expected output", t.expected]] as const) {
        const needle = JSON.stringify(value);
        if (needle.length >= MIN_NEEDLE && !visible.has(needle)) secrets.push({ slug, what: `hidden test ${i + 1} ${what}`, needle: needle.slice(0, 200) });
      }
    });
    meta.hints.forEach((h: { level: string; text: string }) => secrets.push({ slug, what: `${h.level} hint`, needle: h.text }));
    (meta.pitfalls ?? []).forEach((p: string, i: number) => secrets.push({ slug, what: `pitfall ${i + 1}`, needle: p }));
    const sig = meta.signature;
    const declared: string[] = sig.kind === "design" ? [sig.className, ...sig.methods.map((m: { name: string }) => m.name)] : [sig.method];
    for (const folder of ["solutions", "variants"]) {
      const files = fs.existsSync(path.join(dir, folder)) ? fs.readdirSync(path.join(dir, folder)) : [];
      for (const f of files) {
        const line = telltaleLine(path.join(dir, folder, f), declared);
        if (line) secrets.push({ slug, what: `${folder}/${f}`, needle: line });
      }
    }
  }
  return secrets;
}

/** The secrets found in a text, named for the failure message. */
export function leakedSecrets(text: string, secrets: Secret[]): string[] {
  return secrets.filter((s) => text.includes(s.needle)).map((s) => `${s.slug}: ${s.what}`);
}
