import type { DesignSignature, FunctionSignature, Signature } from "@/lib/problems/types";
import { canonicalInput, checkInput, describeType, parseJsonLossless, whyNot } from "@/lib/problems/values";

/**
 * A candidate's own test input (the `stdin` of POST /interviews/{id}/code/execute), checked
 * against the problem's signature. Pure: the route validates with it before anything is queued,
 * the execution job parses the stored text again.
 *
 * Function problems: one argument per line, `name = value` or a bare value in signature order
 *   nums = [2, 7, 11, 15]
 *   9
 * Design problems: two lines, the operations and their arguments (names optional)
 *   operations = ["MinStack", "push", "getMin"]
 *   arguments = [[], [-2], []]
 * Values are JSON. Blank lines and lines starting with # are ignored.
 */

export type ParsedCustomInput = { ok: true; input: unknown[] } | { ok: false; errors: string[] };

const NAMED = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)\s*(.*)$/;
const JSON_HELP = 'Write values as JSON: [1, 2], "text", true, false, null.';

interface Line {
  number: number;
  name?: string;
  text: string;
}

function splitLines(text: string): Line[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ raw, number: i + 1 }))
    .filter(({ raw }) => raw.trim() !== "" && !raw.trim().startsWith("#"))
    .map(({ raw, number }) => {
      const m = NAMED.exec(raw);
      return m ? { number, name: m[1], text: m[2].trim() } : { number, text: raw.trim() };
    });
}

function parseValue(line: Line, what: string): { ok: true; value: unknown } | { ok: false; error: string } {
  if (line.text === "") return { ok: false, error: `line ${line.number}: ${what} has no value after "="` };
  try {
    return { ok: true, value: parseJsonLossless(line.text) };
  } catch (e) {
    const hint = /^(True|False|None)\b/.test(line.text) ? " (use true, false and null)" : /^'/.test(line.text) ? " (strings take double quotes)" : "";
    return { ok: false, error: `line ${line.number}: ${what} is not valid JSON${hint}: ${(e as Error).message}. ${JSON_HELP}` };
  }
}

export function parseCustomInput(signature: Signature, text: string): ParsedCustomInput {
  const lines = splitLines(text);
  if (lines.length === 0) return { ok: false, errors: ["the custom input is empty"] };
  const parsed = signature.kind === "design" ? parseDesign(signature, lines) : parseFunction(signature, lines);
  return parsed.ok ? { ok: true, input: canonicalInput(signature, parsed.input) } : parsed;
}

function parseFunction(sig: FunctionSignature, lines: Line[]): ParsedCustomInput {
  const errors: string[] = [];
  const values = new Map<number, { value: unknown; line: number }>();
  const names = sig.params.map((p) => p.name);
  const list = names.length ? names.join(", ") : "none";
  let next = 0; // the next parameter a bare value fills

  for (const line of lines) {
    let index: number;
    if (line.name !== undefined) {
      index = names.indexOf(line.name);
      if (index < 0) {
        errors.push(`line ${line.number}: "${line.name}" is not a parameter of ${sig.method} (its parameters: ${list})`);
        continue;
      }
      const earlier = values.get(index);
      if (earlier) {
        errors.push(`line ${line.number}: ${line.name} is given twice (lines ${earlier.line} and ${line.number})`);
        continue;
      }
    } else {
      while (next < names.length && values.has(next)) next++;
      if (next >= names.length) {
        errors.push(`line ${line.number}: ${sig.method} takes ${names.length} argument${names.length === 1 ? "" : "s"} (${list}); this line is one too many`);
        continue;
      }
      index = next;
    }
    const p = sig.params[index];
    const v = parseValue(line, p.name);
    if (!v.ok) {
      errors.push(v.error);
      values.set(index, { value: undefined, line: line.number });
      continue;
    }
    const why = whyNot(v.value, p.type);
    if (why) errors.push(`line ${line.number}: ${p.name} should be ${describeType(p.type)}, ${why}`);
    values.set(index, { value: v.value, line: line.number });
  }
  sig.params.forEach((p, i) => {
    if (!values.has(i)) errors.push(`missing ${p.name} (${describeType(p.type)}): add a line "${p.name} = …"`);
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, input: sig.params.map((_, i) => values.get(i)?.value) };
}

const DESIGN_NAMES = ["operations", "arguments"] as const;

function parseDesign(sig: DesignSignature, lines: Line[]): ParsedCustomInput {
  const example = `operations = ["${sig.className}", "${sig.methods[0].name}"] and arguments = [[${sig.constructor.params.map(() => "…").join(", ")}], [${sig.methods[0].params.map(() => "…").join(", ")}]]`;
  if (lines.length !== 2) {
    return {
      ok: false,
      errors: [`a ${sig.className} input is two lines, the operations and their arguments (for example ${example}); got ${lines.length} line${lines.length === 1 ? "" : "s"}`],
    };
  }
  const errors: string[] = [];
  for (const line of lines) {
    if (line.name !== undefined && !(DESIGN_NAMES as readonly string[]).includes(line.name)) {
      errors.push(`line ${line.number}: "${line.name}" should be operations or arguments`);
    }
  }
  if (errors.length) return { ok: false, errors };
  if (lines[0].name === lines[1].name && lines[0].name !== undefined) {
    return { ok: false, errors: [`line ${lines[1].number}: ${lines[1].name} is given twice (lines ${lines[0].number} and ${lines[1].number})`] };
  }
  // Named lines may come in either order; bare lines are operations, then arguments.
  if (lines[0].name === "arguments" || lines[1].name === "operations") lines = [lines[1], lines[0]];
  const values: unknown[] = [];
  lines.forEach((line, i) => {
    const v = parseValue(line, DESIGN_NAMES[i]);
    if (!v.ok) errors.push(v.error);
    else values.push(v.value);
  });
  if (errors.length) return { ok: false, errors };
  const lineOf = (path: string) => (path.startsWith("input.0") ? lines[0].number : path.startsWith("input.1") ? lines[1].number : lines[0].number);
  const issues = checkInput(sig, values);
  if (issues.length) {
    return {
      ok: false,
      errors: issues.map((issue) => {
        const [path, ...rest] = issue.split(": ");
        return `line ${lineOf(path)}: ${designPath(path)}${rest.join(": ")}`;
      }),
    };
  }
  return { ok: true, input: values };
}

/** input.0.3 → "operations[3]: ", input.1.2.0 → "arguments[2][0]: ". */
function designPath(path: string): string {
  const parts = path.split(".").slice(1);
  if (parts.length === 0) return "";
  const [which, ...rest] = parts;
  return `${which === "0" ? "operations" : "arguments"}${rest.map((r) => `[${r}]`).join("")}: `;
}

/** The errors as one message for a 400: "stdin: line 2: target should be …; missing nums (…)". */
export function customInputMessage(errors: string[]): string {
  return `stdin: ${errors.join("; ")}`;
}
