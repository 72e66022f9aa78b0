import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DIFFICULTIES } from "@/db/schema";
import { problemFolders, readProblemFile, sortedByUniqueId } from "./folders";

/**
 * System-design problems: one folder each under problems/, told apart from coding problems by
 * holding design.json (validated by SystemDesignFileSchema) and brief.md (the scenario the
 * candidate reads, in Markdown, without a title heading) instead of problem.json.
 *
 * design.json is the interviewer's sheet: requirements and scale to steer the Requirements stage,
 * the components and data flows a good high-level design has (with the labels a candidate might
 * write on the whiteboard for each, see matchComponent), follow-ups and deep-dive topics, three
 * graded hints and the pitfalls to watch for.
 */

export const SYSTEM_DESIGN_FILE = "design.json";
export const SYSTEM_DESIGN_BRIEF = "brief.md";

export class SystemDesignLoadError extends Error {
  override name = "SystemDesignLoadError";
}

// ---------------------------------------------------------------- labels

/**
 * A label as compared: lowercase, every run of punctuation or spaces turned into one space,
 * trimmed ("API-Gateway" → "api gateway", "K/V store" → "k v store").
 */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The same label with its spaces dropped too: "load-balancer", "LoadBalancer" and "load balancer" share it. */
const compactLabel = (label: string) => normalizeLabel(label).replace(/ /g, "");

// ---------------------------------------------------------------- schema

/** A non-empty line of text (surrounding spaces are trimmed). */
const Text = z.string().trim().min(1);

const HINT_LEVELS = ["soft", "medium", "hard"] as const;
export type SystemDesignHintLevel = (typeof HINT_LEVELS)[number];

const hintAt = <L extends SystemDesignHintLevel>(level: L, index: number) =>
  z.strictObject({
    level: z.literal(level, {
      error: (iss) =>
        iss.input === undefined ? undefined : `must be "${level}": hint ${index + 1} of 3 (hints go soft, medium, hard)`,
    }),
    text: Text,
  });

const AliasSchema = z
  .string()
  .trim()
  .min(1)
  .refine((s) => s === s.toLowerCase(), { message: "must be lowercase" })
  .refine((s) => normalizeLabel(s) !== "", { message: "must contain a letter or a digit" });

export const SystemDesignComponentSchema = z.strictObject({
  /** The component as the problem names it ("Load Balancer"); connections refer to it by this name. */
  name: Text.refine((s) => normalizeLabel(s) !== "", { message: "must contain a letter or a digit" }),
  /** Other labels a candidate might write on a diagram for it, lowercase: "lb", "nginx", "reverse proxy". */
  aliases: z.array(AliasSchema),
  /** Why the design needs it. */
  role: Text,
  /** Whether a complete high-level design must have it (false: a good addition, or one of several options). */
  required: z.boolean(),
});
export type SystemDesignComponent = z.infer<typeof SystemDesignComponentSchema>;
export type Component = SystemDesignComponent;

export const SystemDesignConnectionSchema = z.strictObject({
  /** Component names, exactly as declared in components. */
  from: Text,
  to: Text,
  /** What flows along it and why. */
  why: Text,
});
export type SystemDesignConnection = z.infer<typeof SystemDesignConnectionSchema>;

export const SystemDesignScaleSchema = z.strictObject({
  /** "New short links" */
  metric: Text,
  /** "100 million a month (~40/s average, ~400/s at peak)" */
  value: Text,
});
export type SystemDesignScale = z.infer<typeof SystemDesignScaleSchema>;

export const SystemDesignHintSchema = z.strictObject({ level: z.enum(HINT_LEVELS), text: Text });
export type SystemDesignHint = z.infer<typeof SystemDesignHintSchema>;

export const SystemDesignFileSchema = z
  .strictObject({
    id: z.number().int().positive(),
    /** Must match the folder's name. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "must be lowercase words joined by hyphens" }),
    title: Text,
    kind: z.literal("system_design"),
    difficulty: z.enum(DIFFICULTIES),
    category: z.literal("System Design"),
    tags: z.array(Text).min(1),
    estimatedMinutes: z.number().int().positive(),
    requirements: z.strictObject({
      functional: z.array(Text).min(3),
      nonFunctional: z.array(Text).min(3),
    }),
    /** Back-of-the-envelope numbers: traffic, storage, fan-out… */
    scale: z.array(SystemDesignScaleSchema).min(3),
    components: z.array(SystemDesignComponentSchema).min(5),
    /** The key data flows between components. */
    connections: z.array(SystemDesignConnectionSchema).min(1),
    followUps: z.array(Text).min(4),
    /** Exactly three: soft, medium, hard, in that order. */
    hints: z.tuple([hintAt("soft", 0), hintAt("medium", 1), hintAt("hard", 2)], {
      error: (iss) =>
        iss.input === undefined ? undefined : "must be exactly three hints, in the order soft, medium, hard",
    }),
    /** What the interviewer watches for: single points of failure, hot keys, … */
    pitfalls: z.array(Text).min(3),
    /** Topics for the deep-dive stage. */
    deepDives: z.array(Text).min(2),
  })
  .superRefine((file, ctx) => {
    for (const issue of crossCheck(file)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export type SystemDesignFile = z.infer<typeof SystemDesignFileSchema>;

/** A system-design problem as loaded. */
export interface SystemDesignProblem extends SystemDesignFile {
  /** The problem's folder, absolute. */
  dir: string;
  /** brief.md: the scenario as the candidate reads it (Markdown, trimmed). */
  brief: string;
}

interface CrossIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Checks across fields: component names and aliases unique (as matchComponent compares them, so
 * every label leads to one component), connections between declared, distinct components, no
 * connection listed twice, and every required component on at least one connection.
 */
function crossCheck(file: Pick<SystemDesignFile, "components" | "connections">): CrossIssue[] {
  const issues: CrossIssue[] = [];

  // Every name and alias, compared as matchComponent compares labels.
  const owners = new Map<string, { component: number; what: string }>();
  file.components.forEach((c, i) => {
    const labels: { label: string; at: (string | number)[]; what: string }[] = [
      { label: c.name, at: [i, "name"], what: "name" },
      ...c.aliases.map((a, j) => ({ label: a, at: [i, "aliases", j], what: "alias" })),
    ];
    for (const { label, at, what } of labels) {
      const key = compactLabel(label);
      const owner = owners.get(key);
      if (!owner) {
        owners.set(key, { component: i, what: `${what} "${label}"` });
        continue;
      }
      const clash =
        owner.component === i
          ? `repeats this component's ${owner.what}`
          : `clashes with the ${owner.what} of components.${owner.component} "${file.components[owner.component].name}"`;
      issues.push({
        path: ["components", ...at],
        message: `${what} "${label}" ${clash} (names and aliases must be unique, ignoring case and punctuation)`,
      });
    }
  });

  const names = new Set(file.components.map((c) => c.name));
  const seen = new Set<string>();
  file.connections.forEach((link, i) => {
    for (const end of ["from", "to"] as const) {
      const name = link[end];
      if (names.has(name)) continue;
      const meant = matchComponent(name, file);
      const suggestion = meant ? ` (did you mean "${meant.name}"?)` : "";
      issues.push({ path: ["connections", i, end], message: `"${name}" is not a declared component${suggestion}` });
    }
    if (link.from === link.to) issues.push({ path: ["connections", i, "to"], message: `connects "${link.from}" to itself` });
    const key = `${link.from}\u0000${link.to}`;
    if (seen.has(key)) issues.push({ path: ["connections", i], message: `"${link.from}" → "${link.to}" is listed twice` });
    seen.add(key);
  });

  const connected = new Set(file.connections.flatMap((l) => [l.from, l.to]));
  file.components.forEach((c, i) => {
    if (c.required && !connected.has(c.name)) {
      issues.push({ path: ["components", i, "required"], message: `"${c.name}" is required but no connection mentions it` });
    }
  });
  return issues;
}

// ---------------------------------------------------------------- matching diagram labels

/** Label tokens and term tokens are the same word; a plural label word matches a singular term ("servers", "queues"). */
function sameWord(labelWord: string, termWord: string): boolean {
  if (labelWord === termWord) return true;
  return termWord.length >= 3 && (labelWord === `${termWord}s` || labelWord === `${termWord}es`);
}

/**
 * Where a term appears in a label as whole words, or -1: word by word ("redis cache" contains
 * "cache"), or with the term's spaces ignored across consecutive label words ("fan out workers"
 * contains "fanout worker", "rate limiter" contains "ratelimiter").
 */
function termAt(label: string[], term: string[]): number {
  const termCompact = term.join("");
  for (let start = 0; start < label.length; start++) {
    if (start + term.length <= label.length && term.every((w, k) => sameWord(label[start + k], w))) return start;
    let joined = "";
    for (let end = start; end < label.length && joined.length < termCompact.length; end++) {
      joined += label[end];
      if (sameWord(joined, termCompact)) return start;
    }
  }
  return -1;
}

/** Whether the label is the term itself, word for word, or with spaces ignored (plural label words allowed). */
function isWholeLabel(label: string[], term: string[]): boolean {
  if (label.length === term.length && term.every((w, k) => sameWord(label[k], w))) return true;
  return sameWord(label.join(""), term.join(""));
}

/**
 * The component a diagram label stands for, by name or alias, ignoring case and punctuation:
 * "API-Gateway", "api gateway" and "ApiGateway" are the same label. A label that is exactly a name
 * or alias wins; otherwise the label may contain a name or alias as whole words ("Redis cache" →
 * the component with alias "cache" or "redis"), and the longest such term wins ("redis cluster"
 * over "redis"); a tie goes to the term that starts earlier in the label, then to the component
 * declared first. A plural word in the label matches a singular term ("App servers" → "app server").
 */
export function matchComponent(label: string, problem: Pick<SystemDesignFile, "components">): Component | undefined {
  const normal = normalizeLabel(label);
  if (!normal) return undefined;
  // "LoadBalancer" → "Load Balancer": the camel-case split is tried too.
  const split = normalizeLabel(label.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2"));
  const variants = [...new Set([normal, split])].map((v) => v.split(" "));

  const terms = problem.components.flatMap((component) =>
    [component.name, ...component.aliases]
      .map((term) => normalizeLabel(term))
      .filter(Boolean)
      .map((term) => ({ component, words: term.split(" "), length: term.replace(/ /g, "").length })),
  );
  const compact = normal.replace(/ /g, "");
  const exact = terms.find((t) => t.words.join("") === compact) ?? terms.find((t) => variants.some((v) => isWholeLabel(v, t.words)));
  if (exact) return exact.component;
  let best: { component: Component; length: number; start: number } | undefined;
  for (const { component, words, length } of terms) {
    for (const variant of variants) {
      const start = termAt(variant, words);
      if (start < 0) continue;
      if (!best || length > best.length || (length === best.length && start < best.start)) best = { component, length, start };
    }
  }
  return best?.component;
}

// ---------------------------------------------------------------- loading

/** Whether a problem folder holds a system-design problem (design.json) rather than a coding problem. */
export function isSystemDesignDir(dir: string): boolean {
  return fs.existsSync(path.join(dir, SYSTEM_DESIGN_FILE));
}

/** Zod's "expected string, received undefined" and the like, said as the loaders say it. */
const requiredMessage: z.core.$ZodErrorMap = (iss) =>
  iss.input === undefined && (iss.code === "invalid_type" || iss.code === "invalid_value") ? "Required" : undefined;

/** Every problem with a field path, one line each: "problems/x/design.json: components.2.name: Required". */
function issueLines(shown: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => `${shown}: ${[...issue.path, key].join(".")}: unknown field`);
    }
    return [`${shown}: ${issue.path.join(".") || "(root)"}: ${issue.message}`];
  });
}

/** Validates a design.json's contents; `shown` names the file in messages. Throws SystemDesignLoadError. */
export function parseSystemDesignFile(data: unknown, shown = SYSTEM_DESIGN_FILE, folderSlug?: string): SystemDesignFile {
  const lines: string[] = [];
  const slug = (data as { slug?: unknown } | null)?.slug;
  if (folderSlug !== undefined && typeof slug === "string" && slug !== folderSlug) {
    lines.push(`${shown}: slug: "${slug}" must match its folder name "${folderSlug}"`);
  }
  const parsed = SystemDesignFileSchema.safeParse(data, { error: requiredMessage });
  if (!parsed.success) lines.push(...issueLines(shown, parsed.error.issues));
  if (lines.length || !parsed.success) throw new SystemDesignLoadError(lines.join("\n"));
  return parsed.data;
}

/** Loads one system-design folder: design.json and brief.md. Throws SystemDesignLoadError naming the file and the field. */
export function loadSystemDesignDir(dir: string): SystemDesignProblem {
  const shown = (name: string) => path.relative(process.cwd(), path.join(dir, name)) || path.join(dir, name);
  const designShown = shown(SYSTEM_DESIGN_FILE);
  const briefShown = shown(SYSTEM_DESIGN_BRIEF);

  const text = readText(path.join(dir, SYSTEM_DESIGN_FILE), designShown);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new SystemDesignLoadError(`${designShown}: not valid JSON (${(e as Error).message})`);
  }
  const file = parseSystemDesignFile(data, designShown, path.basename(path.resolve(dir)));

  const brief = readText(path.join(dir, SYSTEM_DESIGN_BRIEF), briefShown).trim();
  if (!brief) throw new SystemDesignLoadError(`${briefShown}: is empty`);
  if (/^#\s/.test(brief)) {
    throw new SystemDesignLoadError(`${briefShown}: starts with a heading; the title comes from design.json, the brief is paragraphs only`);
  }
  if (fs.existsSync(path.join(dir, "problem.json"))) {
    throw new SystemDesignLoadError(`${shown("problem.json")}: a folder holds either problem.json or ${SYSTEM_DESIGN_FILE}, not both`);
  }
  return { ...file, dir: path.resolve(dir), brief };
}

const failLoad = (message: string) => new SystemDesignLoadError(message);

/** Every system-design folder under root (those holding design.json), by id; ids must be unique. */
export function loadSystemDesignBank(root: string): SystemDesignProblem[] {
  const problems = problemFolders(root, failLoad).filter(isSystemDesignDir).map(loadSystemDesignDir);
  return sortedByUniqueId(problems, () => SYSTEM_DESIGN_FILE, failLoad);
}

function readText(file: string, shown: string): string {
  return readProblemFile(file, shown, failLoad);
}
