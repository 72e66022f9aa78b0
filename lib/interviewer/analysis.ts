import type { HintLevel, InterviewProblem } from "./context";

/**
 * Plain-text reading of what a candidate wrote. Pattern based on purpose: it has to run
 * offline and deterministically, and a wrong guess only costs a less apt reply, never a
 * score (scores are computed elsewhere from what happened).
 */

export type Intent =
  | "injection"
  | "solution_request"
  | "off_topic"
  | "hint_request"
  | "run_question"
  | "complexity_question"
  | "score_question"
  | "ready_to_code"
  | "done"
  | "greeting"
  | "thanks"
  | "approach"
  | "example_question"
  | "clarifying_question"
  | "edge_cases"
  | "other";

const INJECTION = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|prompt|guidelines|directives)\b/,
  /\bsystem prompt\b|\byour (instructions|prompt|rules)\b/,
  /\byou are now\b|\bact as\b|\bpretend (to be|you)\b|\bjailbreak\b|\bdeveloper mode\b|\bdan mode\b/,
  /\b(give|set|change|make|mark|update|bump)\b.{0,20}\b(score|grade|rating)\b/,
  /\bscore\b.{0,15}\b\d+\b|\b\d+\b.{0,10}\b(score|points|marks)\b|\b(score|grade|rate) me\b|\bfull marks\b|\bperfect score\b/,
  /\b(reveal|show|tell|list|give)\b.{0,30}\bhidden tests?\b/,
];

const SOLUTION_REQUEST = [
  /\b(give|tell|show|write|send|paste|type|provide)\b( me| us)?( out)?( with)? (the |a |your )?(full |complete |whole |entire |final |correct |working |actual |optimal )*(solution|answer|code|implementation)\b/,
  /\bwhat('?s| is) the (solution|answer)\b/,
  /\b(solve|code|implement|write) it for me\b|\bdo it for me\b/,
];

const OFF_TOPIC =
  /\b(weather|joke|poem|song|lyrics|recipe|movie|netflix|football|soccer|basketball|politic\w*|election|stock price|crypto|bitcoin|horoscope|girlfriend|boyfriend|dating|vacation|holiday plans?|your favou?rite)\b/;

const HINT =
  /\bhints?\b|\bstuck\b|\bnudge\b|\bclue\b|\b(need|want|could use) (some |a little |a bit of )?help\b|\bcan you help( me)?\W*$|\b(don'?t|do not) know (how to (start|begin|proceed|continue|approach|solve)|where to (start|begin))\b|\bno idea\b|\bnot sure (how|where) to (start|begin)\b/;

const RUN_QUESTION =
  /\b(why|what)\b.{0,40}\b(fail\w*|wrong|error|broken|crash\w*)\b|\btests? (fail\w*|broke|broken)\b|\b(didn'?t|did not|doesn'?t|does not) pass\b|\bwhat went wrong\b|\b(how|what) did (i|my code|it) do\b|\bresults?\b.{0,20}\b(mean|say)\b/;

const COMPLEXITY_QUESTION =
  /\b(what|which)('?s| is)? (the )?(expected|target|optimal|required|ideal|best)\b.{0,20}\bcomplexity\b|\bhow (fast|efficient) (should|does|must)\b|\bwhat complexity\b.{0,30}\b(aim|looking|expect|want)\w*/;

const SCORE_QUESTION = /\b(my|the) (score|grade|rating|result)\b|\bhow am i doing\b|\bam i (passing|failing) (the|this) interview\b/;

const READY_TO_CODE =
  /\b(start|begin) (coding|writing|to code|implementing)\b|\b(can|shall|should) i (code|start|begin|implement)\b|\bready to (code|implement|start)\b|\blet me (code|implement|write)\b|\bgo ahead and (code|implement)\b/;

const DONE =
  /\b(i'?m|i am|i think i'?m) (done|finished)\b|\bthat'?s (it|all)\b|\bfinished (coding|writing|it)\b|\bready to submit\b|\bi'?ll submit\b|\bdone coding\b/;

const GREETING = /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings)\b/;
const THANKS = /^(thanks|thank you|thx|ty|cheers|great,? thanks|ok(ay)?,? thanks)\b/;

const EDGE_CASES =
  /\b(edge|corner) cases?\b|\bempty (array|input|list|string)\b|\bsingle element\b|\boverflow\b|\bnegative (numbers?|values?)\b|\bduplicates?\b/;

const QUESTION_START =
  /^(can|could|is|are|do|does|did|what|whats|what's|how|should|will|would|may|might|which|when|where|who|why|am i|must|shall)\b/;

export function isQuestion(text: string): boolean {
  const t = normalise(text);
  return t.includes("?") || QUESTION_START.test(t);
}

export function isHintRequest(text: string): boolean {
  return detectIntent(text) === "hint_request";
}

/** The single most useful reading of a candidate message, checked from most to least guarded. */
export function detectIntent(text: string): Intent {
  const t = normalise(text);
  if (t === "") return "other";
  if (INJECTION.some((r) => r.test(t))) return "injection";
  if (SOLUTION_REQUEST.some((r) => r.test(t))) return "solution_request";
  if (OFF_TOPIC.test(t)) return "off_topic";
  if (HINT.test(t)) return "hint_request";
  if (RUN_QUESTION.test(t)) return "run_question";
  if (COMPLEXITY_QUESTION.test(t)) return "complexity_question";
  if (SCORE_QUESTION.test(t)) return "score_question";
  if (READY_TO_CODE.test(t) && !describeApproach(text)) return "ready_to_code";
  if (DONE.test(t)) return "done";
  const words = t.split(/\s+/).length;
  if (GREETING.test(t) && words <= 6) return "greeting";
  if (THANKS.test(t) && words <= 6) return "thanks";
  if (describeApproach(text) || complexityClaims(text).time) return "approach";
  const question = isQuestion(text);
  if (question && /\bexamples?\b/.test(t)) return "example_question";
  if (question) return "clarifying_question";
  if (EDGE_CASES.test(t)) return "edge_cases";
  return "other";
}

// ---- complexity ------------------------------------------------------------------------

/**
 * Orders complexity expressions: O(1)=0, O(log n)=1, O(n)=2, O(n log n)=3, O(n^2)=4, …,
 * exponential 100, factorial 101. Any single-letter size (m, k, V, E) counts as n.
 */
export function complexityRank(expr: string): number | null {
  let s = expr.toLowerCase().replace(/\s+/g, "").replace(/²/g, "^2").replace(/³/g, "^3");
  const wrapped = s.match(/^o\((.*)\)$/);
  if (wrapped) s = wrapped[1];
  if (s === "") return null;
  s = s.replace(/log_?\d*\(?([a-z])\)?/g, "L").replace(/√\(?([a-z])\)?|sqrt\(?([a-z])\)?/g, "S");
  s = s.replace(/[a-z]/g, "n").replace(/[*·×]/g, "");
  let best: number | null = null;
  for (const term of s.split("+")) {
    const r = termRank(term);
    if (r === null) return null;
    best = best === null ? r : Math.max(best, r);
  }
  return best;
}

function termRank(term: string): number | null {
  if (term.includes("!")) return 101;
  if (/^\d+\^n/.test(term)) return 100;
  if (/^\d+$/.test(term)) return 0;
  if (!/^[nLS^\d()]+$/.test(term)) return null;
  let degree = 0;
  for (const m of term.matchAll(/n(?:\^(\d+))?/g)) degree += m[1] ? Number(m[1]) : 1;
  const logs = (term.match(/L/g) ?? []).length;
  const roots = (term.match(/S/g) ?? []).length;
  return degree * 2 + (logs > 0 ? 1 : 0) + (roots > 0 ? 1 : 0);
}

const WORD_COMPLEXITY: Array<[RegExp, string]> = [
  [/\bconstant\b/, "O(1)"],
  [/\blogarithmic\b/, "O(log n)"],
  [/\bn log n\b|\blinearithmic\b/, "O(n log n)"],
  [/\blinear\b/, "O(n)"],
  [/\bquadratic\b|\bn squared\b/, "O(n^2)"],
  [/\bcubic\b/, "O(n^3)"],
  [/\bexponential\b/, "O(2^n)"],
];

/** The time and space complexities a message states, the last stated winning. */
export function complexityClaims(text: string): { time: string | null; space: string | null } {
  const found: Array<{ at: number; expr: string; space: boolean }> = [];
  const lower = text.toLowerCase();
  // The keyword right after an expression ("O(1) space") wins; otherwise the nearest one before it.
  const isSpace = (at: number, len: number) => {
    const after = lower.slice(at + len, at + len + 16).match(/^\s*(extra\s+|auxiliary\s+)?(time|space|memory|runtime)\b/);
    if (after) return after[2] === "space" || after[2] === "memory";
    const before = [...lower.slice(Math.max(0, at - 40), at).matchAll(/\b(time|space|memory|runtime)\b/g)].at(-1);
    return before ? before[1] === "space" || before[1] === "memory" : false;
  };
  for (const m of text.matchAll(/\bO\s*\(((?:[^()]|\([^()]*\))*)\)/gi)) {
    const expr = `O(${m[1].trim()})`;
    if (complexityRank(expr) !== null) found.push({ at: m.index, expr, space: isSpace(m.index, m[0].length) });
  }
  for (const [re, expr] of WORD_COMPLEXITY) {
    for (const m of lower.matchAll(new RegExp(re.source, "g"))) {
      found.push({ at: m.index, expr, space: isSpace(m.index, m[0].length) });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return {
    time: found.filter((f) => !f.space).at(-1)?.expr ?? null,
    space: found.filter((f) => f.space).at(-1)?.expr ?? null,
  };
}

export interface ApproachReading {
  /** How we would name the approach back to the candidate. */
  label: string;
  /** Time complexity the approach implies, when the structure makes it clear. */
  time: string | null;
  brute: boolean;
}

const APPROACH_CUES: Array<{ re: RegExp; label: string; time: string | null; brute?: boolean }> = [
  {
    re: /\bnested (for[- ]?)?loops?\b|\btwo (nested )?(for[- ]?)?loops\b|\bdouble (for[- ]?)?loop\b|\binner loop\b|\bloop inside (another|a|the) loop\b|\b(every|each|all) (possible )?pairs?\b|\bcheck(ing)? (every|each|all) (other )?(combination|pair|element)s?\b|\bcompare (it |each )?(with|to|against) every\b/,
    label: "nested loops over the input",
    time: "O(n^2)",
    brute: true,
  },
  { re: /\bbrute[- ]?force\b|\btry (all|every)\b/, label: "a brute-force search", time: null, brute: true },
  { re: /\bsort(ing)?\b/, label: "sorting first", time: "O(n log n)" },
  { re: /\b(min|max)?[- ]?heap\b|\bpriority queue\b/, label: "a heap", time: "O(n log n)" },
  { re: /\bbinary search\b/, label: "binary search", time: "O(log n)" },
  {
    re: /\bhash ?(map|set|table)s?\b|\bhashmaps?\b|\bhashsets?\b|\bdictionar(y|ies)\b|\bdict\b|\b(a|the|seen|visited) (map|set)\b|\b(map|set) (of|from|to store|to track|to remember)\b|\blookup table\b|\bobject as a map\b/,
    label: "a hash map",
    time: "O(n)",
  },
  { re: /\btwo[- ]pointers?\b|\bsliding window\b/, label: "two pointers", time: "O(n)" },
  { re: /\b(single|one) pass\b|\blinear scan\b|\bscan (once|through once)\b/, label: "a single pass", time: "O(n)" },
  { re: /\bdynamic programming\b|\bmemoi[sz]\w*\b|\bdp (table|array)\b/, label: "dynamic programming", time: null },
  { re: /\b(bfs|dfs|breadth[- ]first|depth[- ]first)\b/, label: "a graph traversal", time: null },
  { re: /\brecurs\w*\b/, label: "recursion", time: null },
  { re: /\bstack\b/, label: "a stack", time: "O(n)" },
];

/** Clauses that name an approach only to reject it ("instead of nested loops"). */
const REJECTED = /\b(instead of|rather than|avoid(ing)?|without|better than|improve (on|upon))\b[^,.;!?]*/g;

/**
 * The approach a message proposes, if any. When several are named, the last one is
 * usually the proposal ("brute force would be nested loops, but a hash map…").
 */
export function describeApproach(text: string): ApproachReading | null {
  const t = normalise(text).replace(REJECTED, " ");
  let best: { at: number; cue: (typeof APPROACH_CUES)[number] } | null = null;
  for (const cue of APPROACH_CUES) {
    for (const m of t.matchAll(new RegExp(cue.re.source, "g"))) {
      if (!best || m.index >= best.at) best = { at: m.index, cue };
    }
  }
  if (!best) return null;
  let time = best.cue.time;
  let label = best.cue.label;
  // A binary search inside a loop over the input costs n log n, not log n.
  if (label === "binary search" && /\b(for each|each element|every element|loop)\b/.test(t)) {
    time = "O(n log n)";
  }
  // Sorting is a first step, not an alternative: it puts a floor under whatever follows.
  const sortAt = t.search(/\bsort(ing)?\b/);
  if (label !== "sorting first" && !best.cue.brute && sortAt >= 0 && sortAt < best.at) {
    label = `sorting, then ${label}`;
    if (time === null || (complexityRank(time) ?? 0) < 3) time = "O(n log n)";
  }
  return { label, time, brute: best.cue.brute ?? false };
}

// ---- hints ----------------------------------------------------------------------------

const LEVEL_ORDER: Record<HintLevel, number> = { soft: 0, medium: 1, hard: 2 };

/** Hints from gentlest to most direct, whatever order the problem file lists them in. */
export function orderedHints(problem: InterviewProblem): InterviewProblem["hints"] {
  return [...problem.hints].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
}

/** How far down the hint ladder earlier interviewer messages went (the built-in one quotes hints verbatim). */
export function countHintsGiven(problem: InterviewProblem, aiMessages: string[]): number {
  const hints = orderedHints(problem);
  let given = 0;
  hints.forEach((h, i) => {
    if (aiMessages.some((m) => m.includes(h.text))) given = Math.max(given, i + 1);
  });
  return given;
}

/** The hint to give after `hintsUsed` have been given, or null when none are left. */
export function nextHint(
  problem: InterviewProblem,
  hintsUsed: number,
): { level: HintLevel; text: string; index: number; remaining: number } | null {
  const hints = orderedHints(problem);
  if (hintsUsed >= hints.length) return null;
  const h = hints[hintsUsed];
  return { level: h.level, text: h.text, index: hintsUsed, remaining: hints.length - hintsUsed - 1 };
}

// ---- helpers -------------------------------------------------------------------------

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

const STOPWORDS = new Set(
  "a an the and or but if then so of to in on at for from by with is are be was were can could would should will do does did i we you it its it's this that these those there what which how when where who why my our your me us any all some each every as than not no yes about into over under up down out just also may might must shall have has had get got".split(
    " ",
  ),
);

/** Content words, lightly stemmed, for matching a question to statement sentences. */
export function keywords(text: string): Set<string> {
  const words = normalise(text)
    .replace(/[^a-z0-9\s]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w))
    .map((w) => w.replace(/(ies)$/, "y").replace(/(es|s)$/, ""));
  return new Set(words);
}
