import type { Language } from "@/db/schema";

/**
 * Simple static checks of a candidate's code, per language, for the rubric's code quality:
 * function length, naming, leftover debug prints, commented-out code, dead code after a return,
 * and deep nesting. Text-level on purpose (no parser per language): each finding names the line
 * and says what a reviewer would say. Pure.
 */

export type QualityCheck = "function_length" | "naming" | "debug_print" | "commented_code" | "dead_code" | "deep_nesting";

export interface QualityFinding {
  check: QualityCheck;
  /** 1-based line of the candidate's code. */
  line: number;
  message: string;
}

export interface QualityReport {
  /** 0..100: 100 less the penalty of each kind of finding. */
  score: number;
  findings: QualityFinding[];
  /** The checks that found nothing, for the evidence ("no leftover debug prints"). */
  clean: QualityCheck[];
  /** Functions found and the longest one's length, for the evidence. */
  functions: number;
  longestFunction: number;
}

/** A function body longer than this many non-blank lines reads as doing too much. */
export const MAX_FUNCTION_LINES = 40;
/** Blocks nested deeper than this inside a function (loops in ifs in loops…) are hard to follow. */
export const MAX_NESTING = 4;

/** Points off per kind of finding. */
const PENALTY: Record<QualityCheck, number> = {
  function_length: 15,
  naming: 10,
  debug_print: 10,
  commented_code: 10,
  dead_code: 15,
  deep_nesting: 15,
};

export const CHECK_LABELS: Record<QualityCheck, string> = {
  function_length: "short functions",
  naming: "descriptive names",
  debug_print: "no leftover debug prints",
  commented_code: "no commented-out code",
  dead_code: "no dead code",
  deep_nesting: "shallow nesting",
};

interface Line {
  number: number;
  /** The line with string contents blanked and comments removed. */
  code: string;
  /** The comment text on the line (without its marker), if any. */
  comment: string | null;
  indent: number;
}

/** Splits source into lines of code and comments; strings are blanked so their contents match nothing. */
export function lexLines(source: string, language: Language): Line[] {
  const python = language === "python";
  const out: Line[] = [];
  let code = "";
  let comment: string | null = null;
  let inBlock = false; // /* … */
  let quote: string | null = null; // the open string's delimiter
  const push = (raw: string, number: number) => {
    out.push({ number, code, comment, indent: raw.length - raw.trimStart().length });
    code = "";
    comment = null;
  };
  const lines = source.replace(/\t/g, "    ").split(/\r?\n/);
  lines.forEach((raw, i) => {
    let j = 0;
    while (j < raw.length) {
      const c = raw[j];
      const two = raw.slice(j, j + 2);
      const three = raw.slice(j, j + 3);
      if (inBlock) {
        const end = raw.indexOf("*/", j);
        comment = (comment ?? "") + raw.slice(j, end < 0 ? raw.length : end);
        if (end < 0) j = raw.length;
        else {
          inBlock = false;
          j = end + 2;
        }
        continue;
      }
      if (quote) {
        if (c === "\\") j += 2;
        else if (raw.startsWith(quote, j)) {
          code += quote;
          j += quote.length;
          quote = null;
        } else j++;
        continue;
      }
      if (python && (three === '"""' || three === "'''")) {
        quote = three;
        code += three;
        j += 3;
      } else if (c === '"' || c === "'" || (c === "`" && !python)) {
        quote = c;
        code += c;
        j++;
      } else if ((python && c === "#") || (!python && two === "//")) {
        comment = raw.slice(j + (python ? 1 : 2));
        j = raw.length;
      } else if (!python && two === "/*") {
        inBlock = true;
        j += 2;
      } else {
        code += c;
        j++;
      }
    }
    // Single-quoted strings end with the line; triple-quoted and backtick strings may span lines.
    if (quote && quote.length === 1 && quote !== "`") quote = null;
    push(raw, i + 1);
  });
  return out;
}

interface FunctionSpan {
  name: string;
  start: number; // index into lines
  end: number; // inclusive
  bodyIndent: number;
}

const PY_DEF = /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/;
const BRACE_DEFS: Record<Exclude<Language, "python">, RegExp> = {
  javascript: /(?:\bfunction\s*\*?\s*([A-Za-z_$][\w$]*)?\s*\(|^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*\{|\b([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?\([^)]*\)\s*=>\s*\{)/,
  java: /^\s*(?:(?:public|private|protected|static|final|synchronized|abstract)\s+)*[\w<>[\],\s]+?\s+([A-Za-z_]\w*)\s*\([^;]*$/,
  cpp: /^\s*(?:(?:static|inline|virtual|const|constexpr)\s+)*[\w:<>,*&\s]+?[\s*&]([A-Za-z_]\w*)\s*\([^;]*$/,
  go: /^\s*func\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)\s*\(/,
};
const NOT_FUNCTIONS = new Set(["if", "for", "while", "switch", "catch", "return", "else", "new", "sizeof", "do", "try"]);

function pythonFunctions(lines: Line[]): FunctionSpan[] {
  const spans: FunctionSpan[] = [];
  lines.forEach((l, i) => {
    const m = PY_DEF.exec(l.code);
    if (!m) return;
    let end = i;
    let bodyIndent = -1;
    for (let k = i + 1; k < lines.length; k++) {
      const t = lines[k];
      if (t.code.trim() === "") continue;
      if (t.indent <= l.indent) break;
      if (bodyIndent < 0) bodyIndent = t.indent;
      end = k;
    }
    spans.push({ name: m[1], start: i, end, bodyIndent: bodyIndent < 0 ? l.indent + 4 : bodyIndent });
  });
  return spans;
}

function braceFunctions(lines: Line[], language: Exclude<Language, "python">): FunctionSpan[] {
  const spans: FunctionSpan[] = [];
  const re = BRACE_DEFS[language];
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i].code);
    const name = m?.slice(1).find(Boolean) ?? (m ? "anonymous" : undefined);
    if (!m || !name || NOT_FUNCTIONS.has(name)) continue;
    // The body opens at the first "{" on this line or the next two, and ends at its match.
    let depth = 0;
    let opened = false;
    let end = -1;
    for (let k = i; k < lines.length && end < 0; k++) {
      if (!opened && k > i + 2) break;
      for (const c of lines[k].code) {
        if (c === ";" && !opened) break;
        if (c === "{") {
          depth++;
          opened = true;
        } else if (c === "}" && opened && --depth === 0) {
          end = k;
          break;
        }
      }
    }
    if (end < 0) continue;
    spans.push({ name, start: i, end, bodyIndent: lines[i].indent });
  }
  // Keep outermost-first order; nested spans (a local function) are checked on their own too.
  return spans;
}

const ALLOWED_SHORT = new Set(["i", "j", "k", "n", "m", "x", "y", "_", "a", "b", "l", "r", "c", "s", "t", "q", "u", "v", "w", "d", "e", "p", "dp", "lo", "hi", "mid", "ok"]);
const VAGUE = /^(temp\d*|tmp\d*|foo|bar|baz|stuff|thing|data\d+|var\d*|val\d+|a\d+|arr\d+|asdf|qwe)$/;
const DECLARATIONS: Record<Language, RegExp> = {
  python: /^\s*(?:for\s+)?([A-Za-z_]\w*)(?:\s*,\s*([A-Za-z_]\w*))?\s*(?:(?::[^=]+)?=(?!=)|\s+in\b)/,
  javascript: /\b(?:let|const|var)\s+([A-Za-z_$][\w$]*)/,
  java: /^\s*(?:final\s+)?(?:int|long|double|boolean|char|String|var|[A-Z]\w*(?:<[^>]*>)?(?:\[\])*)\s+([A-Za-z_]\w*)\s*(?:=|;)/,
  cpp: /^\s*(?:const\s+)?(?:int|long|long long|double|bool|char|auto|string|std::string|vector<[^>]*>|[A-Z]\w*)\s*[&*]?\s+([A-Za-z_]\w*)\s*(?:=|;|\(|\{)/,
  go: /^\s*(?:var\s+)?([A-Za-z_]\w*)(?:\s*,\s*([A-Za-z_]\w*))?\s*(?::=|\s+\w+\s*=)/,
};

function badNames(lines: Line[], language: Language): { name: string; line: number }[] {
  const vague = new Map<string, number>();
  const cryptic = new Map<string, number>();
  for (const l of lines) {
    const m = DECLARATIONS[language].exec(l.code);
    if (!m) continue;
    for (const name of m.slice(1).filter(Boolean)) {
      if (VAGUE.test(name) && !vague.has(name)) vague.set(name, l.number);
      if (name.length === 1 && !ALLOWED_SHORT.has(name) && !cryptic.has(name)) cryptic.set(name, l.number);
    }
  }
  // One unusual single letter is a habit; several, or a name like temp2, make the code hard to read.
  const flagged = cryptic.size >= 2 ? new Map([...vague, ...cryptic]) : vague;
  return [...flagged].map(([name, line]) => ({ name, line })).sort((a, b) => a.line - b.line);
}

const DEBUG_PRINTS: Record<Language, RegExp> = {
  python: /(^|[^.\w])print\s*\(/,
  javascript: /\bconsole\.(log|debug|info|warn|error|dir|table)\s*\(/,
  java: /\bSystem\.(out|err)\.print(ln|f)?\s*\(/,
  cpp: /\b(std::)?(cout|cerr)\s*<<|(^|[^.\w])printf\s*\(/,
  go: /\bfmt\.Print(ln|f)?\s*\(|(^|[^.\w])println\s*\(/,
};

const PROSE_WORDS = /\b(the|to|of|into|at|is|are|we|this|that|with|from|by|it|its|each|every|one|which|because|so|than|all|only|then|when|until|after|before)\b/gi;

/** A comment that reads as code: a statement, a call, an assignment, a block keyword. */
function looksLikeCode(comment: string, language: Language): boolean {
  const t = comment.trim().replace(/^\*+\s*/, "");
  if (t.length < 4 || /^(todo|fixme|note|time|space|o\(|@)/i.test(t)) return false;
  // Prose: a sentence, or words code rarely has ("kept one row at a time").
  if (/^[A-Z][a-z]+(\s+[a-z]+){2,}[.!?]?$/.test(t) || (t.match(PROSE_WORDS) ?? []).length >= 2) return false;
  if (/[;{]\s*$/.test(t) || (/}\s*$/.test(t) && /[=(;]/.test(t))) return true;
  if (/^(return\b|if\s*\(|for\s*\(|while\s*\(|else\b|elif\b|print\s*\(|console\.|System\.out|fmt\.|import\b)/.test(t)) return true;
  if (language === "python" && /^(if|for|while|def|return)\b.*:$/.test(t)) return true;
  return /^[A-Za-z_][\w.[\]]*\s*(=|\+=|-=|\*=)\s*\S/.test(t) || /^[A-Za-z_][\w.]*\([^)]*\)$/.test(t);
}

const ENDS_BLOCK: Record<Language, RegExp> = {
  python: /^\s*(return\b|raise\b|break\s*$|continue\s*$)/,
  javascript: /^\s*(return\b|throw\b|break\s*;|continue\s*;)[^{}]*;?\s*$/,
  java: /^\s*(return\b|throw\b|break\s*;|continue\s*;)[^{}]*;\s*$/,
  cpp: /^\s*(return\b|throw\b|break\s*;|continue\s*;)[^{}]*;\s*$/,
  go: /^\s*(return\b|panic\(|break\s*$|continue\s*$)[^{}]*$/,
};
const UNREACHABLE_CONDITION = /^\s*(if\s+False\s*:|if\s*\(\s*false\s*\)|if\s+false\s*\{|while\s+False\s*:|while\s*\(\s*false\s*\))/;

/** Lines after a return (break, continue, raise) in the same block, and `if False:` blocks. */
function deadCode(lines: Line[], language: Language): number[] {
  const dead: number[] = [];
  const code = lines.filter((l) => l.code.trim() !== "");
  code.forEach((l, i) => {
    if (UNREACHABLE_CONDITION.test(l.code)) dead.push(l.number);
    if (!ENDS_BLOCK[language].test(l.code)) return;
    const next = code[i + 1];
    if (!next) return;
    if (language === "python") {
      if (next.indent === l.indent && !/^\s*(elif|else|except|finally|case)\b/.test(next.code)) dead.push(next.number);
    } else if (next.indent === l.indent && !/^\s*(}|case\b|default\b|#)/.test(next.code)) {
      // A one-line `if (x) return y;` ends no block.
      if (!/^\s*(if|else|for|while)\b/.test(l.code)) dead.push(next.number);
    }
  });
  return dead;
}

/** Deepest block nesting inside a function, and the line where it happens. */
function nesting(lines: Line[], fn: FunctionSpan, language: Language): { depth: number; line: number } {
  let best = { depth: 0, line: lines[fn.start].number };
  if (language === "python") {
    const indents: number[] = [];
    for (let k = fn.start + 1; k <= fn.end; k++) {
      const l = lines[k];
      if (l.code.trim() === "") continue;
      while (indents.length && indents[indents.length - 1] >= l.indent) indents.pop();
      // Depth: how many open blocks (lines ending in ":") enclose this line, below the def.
      const depth = indents.length;
      if (depth > best.depth) best = { depth, line: l.number };
      if (/:\s*$/.test(l.code) && !PY_DEF.test(l.code)) indents.push(l.indent);
    }
    return best;
  }
  let depth = 0;
  for (let k = fn.start; k <= fn.end; k++) {
    for (const c of lines[k].code) {
      if (c === "{") {
        depth++;
        // The function's own brace is depth 1.
        if (depth - 1 > best.depth) best = { depth: depth - 1, line: lines[k].number };
      } else if (c === "}") depth--;
    }
  }
  return best;
}

export function checkCodeQuality(source: string, language: Language): QualityReport {
  const lines = lexLines(source, language);
  const findings: QualityFinding[] = [];
  const functions = language === "python" ? pythonFunctions(lines) : braceFunctions(lines, language);
  let longest = 0;
  for (const fn of functions) {
    const body = lines.slice(fn.start + 1, fn.end + 1).filter((l) => l.code.trim() !== "" && l.code.trim() !== "}").length;
    longest = Math.max(longest, body);
    if (body > MAX_FUNCTION_LINES) {
      findings.push({
        check: "function_length",
        line: lines[fn.start].number,
        message: `${fn.name} is ${body} lines long; split it into helpers of at most ${MAX_FUNCTION_LINES} lines`,
      });
    }
    const deepest = nesting(lines, fn, language);
    if (deepest.depth > MAX_NESTING) {
      findings.push({
        check: "deep_nesting",
        line: deepest.line,
        message: `${fn.name} nests blocks ${deepest.depth} levels deep at line ${deepest.line}; return early or extract a helper`,
      });
    }
  }
  const names = badNames(lines, language);
  if (names.length) {
    findings.push({
      check: "naming",
      line: names[0].line,
      message: `Names that say little: ${names.slice(0, 4).map((n) => `${n.name} (line ${n.line})`).join(", ")}`,
    });
  }
  const prints = lines.filter((l) => DEBUG_PRINTS[language].test(l.code));
  if (prints.length) {
    findings.push({
      check: "debug_print",
      line: prints[0].number,
      message: `Leftover debug output on line${prints.length === 1 ? "" : "s"} ${prints.map((l) => l.number).slice(0, 5).join(", ")}`,
    });
  }
  const commented = lines.filter((l) => l.comment !== null && looksLikeCode(l.comment, language));
  if (commented.length) {
    findings.push({
      check: "commented_code",
      line: commented[0].number,
      message: `Commented-out code on line${commented.length === 1 ? "" : "s"} ${commented.map((l) => l.number).slice(0, 5).join(", ")}; delete it`,
    });
  }
  const dead = deadCode(lines, language);
  if (dead.length) {
    findings.push({
      check: "dead_code",
      line: dead[0],
      message: `Code that can never run on line${dead.length === 1 ? "" : "s"} ${dead.slice(0, 5).join(", ")}`,
    });
  }
  const kinds = new Set(findings.map((f) => f.check));
  // Each kind counts once, except long functions (up to two).
  const longOnes = findings.filter((f) => f.check === "function_length").length;
  const penalty = [...kinds].reduce((sum, k) => sum + PENALTY[k], 0) + Math.max(0, Math.min(longOnes, 2) - 1) * PENALTY.function_length;
  return {
    score: Math.max(0, 100 - penalty),
    findings: findings.sort((a, b) => a.line - b.line),
    clean: (Object.keys(PENALTY) as QualityCheck[]).filter((k) => !kinds.has(k)),
    functions: functions.length,
    longestFunction: longest,
  };
}
