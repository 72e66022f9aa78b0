import * as React from "react";

/**
 * A small syntax highlighter for code blocks in chat and statements: comments, strings,
 * numbers, keywords and literals for the five interview languages (plus TypeScript, shell
 * and JSON). Not a parser, just a single-pass tokenizer; unknown languages stay plain text.
 * Colours keep WCAG AA contrast on the code background in light and dark.
 */

type Family = "python" | "c" | "go" | "shell";

const KEYWORDS: Record<string, string> = {
  python:
    "and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case",
  javascript:
    "async await break case catch class const continue default delete do else export extends finally for from function if import in instanceof let new of return static super switch this throw try typeof var void while yield interface type enum implements readonly public private protected",
  java: "abstract boolean break byte case catch char class continue default do double else enum extends final finally float for if implements import instanceof int interface long new package private protected public return short static super switch this throw throws try void volatile while var record",
  cpp: "auto bool break case catch char class const constexpr continue default delete do double else enum explicit for friend if inline int long namespace new nullptr operator private protected public return short signed sizeof static struct switch template this throw try typedef typename unsigned using virtual void while include vector string unordered_map unordered_set map set pair",
  go: "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var int int64 string bool byte rune float64 error",
  shell: "if then else fi for do done while case esac function export echo cd",
};
const LITERALS = new Set(["True", "False", "None", "true", "false", "null", "undefined", "nil", "self", "NULL", "iota"]);

const ALIASES: Record<string, string> = {
  py: "python",
  python3: "python",
  js: "javascript",
  jsx: "javascript",
  ts: "javascript",
  tsx: "javascript",
  typescript: "javascript",
  mjs: "javascript",
  "c++": "cpp",
  cc: "cpp",
  c: "cpp",
  h: "cpp",
  golang: "go",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
  json: "json",
};

const FAMILY: Record<string, Family> = { python: "python", shell: "shell", go: "go", javascript: "c", java: "c", cpp: "c", json: "c" };

const CLASS = {
  comment: "text-slate-600 italic dark:text-slate-400",
  string: "text-emerald-700 dark:text-emerald-300",
  number: "text-amber-800 dark:text-amber-300",
  keyword: "text-violet-700 font-medium dark:text-violet-300",
  literal: "text-sky-700 dark:text-sky-300",
} as const;

const keywordSets = new Map<string, Set<string>>();
function keywordsOf(lang: string): Set<string> {
  let set = keywordSets.get(lang);
  if (!set) {
    set = new Set((KEYWORDS[lang] ?? "").split(" ").filter(Boolean));
    keywordSets.set(lang, set);
  }
  return set;
}

function tokenPattern(family: Family): RegExp {
  const comment = family === "python" || family === "shell" ? String.raw`#[^\n]*` : String.raw`\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`;
  const strings =
    family === "python"
      ? String.raw`[rbfu]{0,2}(?:"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?)`
      : String.raw`"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?|\x60(?:\\.|[^\x60\\])*\x60?`;
  const number = String.raw`\b(?:0[xob][\da-f_]+|\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?)[lfu]*\b`;
  const word = String.raw`[A-Za-z_$][\w$]*`;
  return new RegExp(`(${comment})|(${strings})|(${number})|(${word})`, "gi");
}

export function highlightCode(source: string, language?: string): React.ReactNode {
  const lang = language ? (ALIASES[language.toLowerCase()] ?? language.toLowerCase()) : "";
  const family = FAMILY[lang];
  if (!family || source.length > 20_000) return source;
  const keywords = keywordsOf(lang);
  const out: React.ReactNode[] = [];
  const re = tokenPattern(family);
  let last = 0;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(source))) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    let cls: string | null = null;
    if (m[1]) cls = CLASS.comment;
    else if (m[2]) cls = CLASS.string;
    else if (m[3]) cls = CLASS.number;
    else if (m[4]) cls = keywords.has(m[4]) ? CLASS.keyword : LITERALS.has(m[4]) ? CLASS.literal : null;
    if (!cls) continue;
    if (m.index > last) out.push(source.slice(last, m.index));
    out.push(
      <span key={n++} className={cls}>
        {m[0]}
      </span>,
    );
    last = m.index + m[0].length;
  }
  if (last < source.length) out.push(source.slice(last));
  return out;
}
