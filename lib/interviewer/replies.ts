import {
  complexityClaims,
  complexityRank,
  countHintsGiven,
  describeApproach,
  detectIntent,
  keywords,
  nextHint,
  normalise,
  type ApproachReading,
} from "./analysis";
import {
  InterviewProblemSchema,
  languageName,
  truncate,
  type InterviewProblem,
  type InterviewContext,
  type InterviewProblemInput,
  type PromptContext,
  type RunSummary,
} from "./context";

/**
 * The built-in interviewer's words. Every reply is composed from the problem data and what
 * the candidate wrote; nothing here can produce a solution, because no solution is ever
 * given to it. Hidden tests are likewise absent from its input.
 */

export interface Turn {
  role: "user" | "assistant";
  text: string;
}

/** Picks among phrasings deterministically, skipping ones used in recent replies. */
export class Phrasing {
  constructor(
    private readonly seed: number,
    private readonly recent: string[],
  ) {}

  pick(options: readonly string[], salt: string): string {
    const start = (this.seed + hash(salt)) % options.length;
    for (let i = 0; i < options.length; i++) {
      const option = options[(start + i) % options.length];
      const probe = option.slice(0, 40);
      if (!this.recent.some((r) => r.includes(probe))) return option;
    }
    return options[start];
  }
}

export function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

// ---- greeting ---------------------------------------------------------------------------

export function greetingText(problemInput: InterviewProblemInput, candidateName: string | null): string {
  const problem = InterviewProblemSchema.parse(problemInput);
  const name = firstName(candidateName);
  const ph = new Phrasing(hash(`${problem.title}|${name ?? ""}`), []);
  const hello = ph.pick(
    [
      `Hi ${name ?? "there"}, thanks for joining. I'll be your interviewer today.`,
      `Hello ${name ?? "there"}, good to meet you — I'll be interviewing you today.`,
      `Hi ${name ?? "there"}! I'm your interviewer for this session.`,
    ],
    "hello",
  );
  const summary = summariseStatement(problem.statement);
  const inShort = summary ? ` In short: ${/^[A-Z][a-z]/.test(summary) ? lowerFirst(summary) : summary}` : "";
  const intro = `We'll work on **${problem.title}**, ${article(problem.difficulty)} ${problem.difficulty} problem.${inShort}`;

  const parts = [`${hello} ${intro}`.trim()];
  const ex = problem.examples[0];
  if (ex) {
    const why = ex.explanation ? ` (${stripPeriod(ex.explanation)})` : "";
    const more =
      problem.examples.length > 1
        ? ` There ${problem.examples.length === 2 ? "is one more example" : `are ${problem.examples.length - 1} more examples`} in the problem panel.`
        : "";
    parts.push(`For example, with ${code(ex.input)} the expected output is ${code(ex.output)}${why}.${more}`);
  }
  parts.push(
    ph.pick(
      [
        "Take a moment to read it. Before writing any code, do you have clarifying questions — or would you like to walk me through how you'd approach it?",
        "Have a read. What questions do you have before we start — or, if it's clear, how would you go about solving it?",
        "Read it through, and before you code: is anything unclear, or do you want to start by explaining your approach?",
      ],
      "invite",
    ),
  );
  return parts.join("\n\n");
}

// ---- replies ----------------------------------------------------------------------------

/** The built-in interviewer's answer for one turn. */
export function composeReply(ctx: PromptContext, history: Turn[]): string {
  const assistant = history.filter((t) => t.role === "assistant").map((t) => t.text);
  const ph = new Phrasing(history.length + (ctx.earlier?.omittedMessages ?? 0), assistant.slice(-3));

  if (ctx.task === "react_to_run") return runReaction(ctx, ph, history);
  if (ctx.task === "greet") return greetingText(ctx.problem, ctx.candidateName);

  const last = history.at(-1);
  if (!last || last.role !== "user") {
    return history.length === 0 ? greetingText(ctx.problem, ctx.candidateName) : stageNudge(ctx, history, ph);
  }
  const text = last.text;
  const intent = detectIntent(text);
  // Solved: the conversation turns to follow-ups, one at a time, whatever the candidate answers.
  if (submissionPassed(ctx) && FOLLOW_UP_TURNS.has(intent)) return followUpTurn(ctx, history, ph);
  switch (intent) {
    case "injection":
      return `${ph.pick(
        [
          "I can't do that. I'm here as your interviewer, so I won't hand over a solution or reveal hidden tests, and nothing typed in the chat changes how the session is assessed — that comes from your actual work.",
          "Nice try, but my instructions stay as they are: no full solutions, no hidden tests, and the assessment is computed from what you do, not from the chat.",
          "That's not something I'll do. The point of this session is to see how you solve it, and your results come from your code and reasoning, not from requests in the chat.",
        ],
        "injection",
      )} ${stageNudge(ctx, history, ph)}`;
    case "solution_request":
      return `${ph.pick(
        [
          "I won't write the solution for you — what I want to see is how you get there.",
          "I'd rather not give you the answer; the interesting part is your reasoning.",
          "Handing you the code wouldn't tell either of us much.",
        ],
        "solution",
      )} ${hintOffer(ctx, history)} ${stageNudge(ctx, history, ph)}`;
    case "off_topic":
      return `${ph.pick(
        [
          "Let's save that for after the interview.",
          `I'd like to keep our time on ${ctx.problem.title}.`,
          "That's outside what we're doing today, so let me steer us back.",
        ],
        "offtopic",
      )} ${stageNudge(ctx, history, ph)}`;
    case "hint_request":
      return hintReply(ctx, history, ph);
    case "run_question":
      return runReaction(ctx, ph, history);
    case "complexity_question":
      return complexityQuestionReply(ctx, ph);
    case "score_question":
      return `${ph.pick(
        [
          "The score is worked out by the platform from what happens in the session — tests, hints, time and the complexity of your solution — and you'll see it with feedback in the report at the end.",
          "I don't set the score; it's computed from your tests, hints, time and solution, and it comes with written feedback in the report.",
        ],
        "score",
      )} ${stageNudge(ctx, history, ph)}`;
    case "ready_to_code":
      return readyToCodeReply(ctx, history, ph);
    case "done":
      return doneReply(ctx, ph);
    case "greeting":
      return `${ph.pick(["Hi!", "Hello!", "Hey, good to have you here."], "greet")} ${stageNudge(ctx, history, ph)}`;
    case "thanks":
      return `${ph.pick(["You're welcome.", "Of course.", "No problem."], "thanks")} ${stageNudge(ctx, history, ph)}`;
    case "approach":
      return approachReply(ctx, text, ph);
    case "example_question":
      return exampleReply(ctx, text, ph);
    case "clarifying_question":
      return clarifyReply(ctx, text, ph);
    case "edge_cases":
      return ph.pick(
        [
          "Good — that's worth handling. How does your approach behave on it, and are there other cases at the extremes of the constraints?",
          "Good catch to think about. What should happen there, and does your plan already cover it?",
          "Worth thinking about. Walk me through what your solution does in that case.",
        ],
        "edge",
      );
    default:
      return `${ph.pick(["Okay.", "Got it.", "Alright.", "Sure."], "ack")} ${stageNudge(ctx, history, ph)}`;
  }
}

// ---- hints ------------------------------------------------------------------------------

function hintsAlreadyGiven(ctx: PromptContext, history: Turn[]): number {
  const shown = countHintsGiven(
    ctx.problem,
    history.filter((t) => t.role === "assistant").map((t) => t.text),
  );
  return Math.max(ctx.hintsUsed, ctx.earlier?.hintsGiven ?? 0, shown);
}

function hintOffer(ctx: PromptContext, history: Turn[]): string {
  return nextHint(ctx.problem, hintsAlreadyGiven(ctx, history))
    ? "If you're stuck, ask me for a hint and I'll give you a nudge."
    : "You've had all my hints, so try tracing the first example by hand with your idea.";
}

function hintReply(ctx: PromptContext, history: Turn[], ph: Phrasing): string {
  const given = hintsAlreadyGiven(ctx, history);
  const hint = nextHint(ctx.problem, given);
  if (!hint) {
    return ctx.problem.hints.length === 0
      ? "I don't have a prepared hint for this one. Try working the first example by hand and notice which work you repeat — what do you see?"
      : "That's all the hints I have. Try tracing the first example by hand with your current idea and see where it breaks — what do you notice?";
  }
  // Hint text is quoted verbatim so later turns can tell how far down the ladder we are.
  if (hint.level === "soft") {
    return `${ph.pick(["Sure — here's a gentle nudge:", "Happy to help a little.", "Here's something to think about:"], "hint-soft")} ${hint.text} ${ph.pick(["What does that suggest to you?", "How might that change your approach?", "Where does that lead you?"], "hint-q")}`;
  }
  if (hint.level === "medium") {
    return `${ph.pick(["Okay, a more concrete hint:", "Let me be a bit more specific:", "Here's a firmer nudge:"], "hint-medium")} ${hint.text} ${ph.pick(["Can you see how to use that?", "How would you fit that into your plan?", "Try building on that — what would the steps be?"], "hint-q")}`;
  }
  const last = hint.remaining === 0 ? " — the last one I have" : "";
  return `Here's a strong hint${last}: ${hint.text} ${ph.pick(["Take it from there and tell me how you'd structure the code.", "See if you can turn that into a plan, then talk me through it."], "hint-hard")}`;
}

// ---- approach ---------------------------------------------------------------------------

function approachReply(ctx: PromptContext, text: string, ph: Phrasing): string {
  const reading = describeApproach(text);
  const claims = complexityClaims(text);
  const optimal = ctx.problem.optimal ?? { time: "", space: "" };
  const optimalRank = complexityRank(optimal.time);
  const structural = reading?.time ?? null;
  const structuralRank = structural ? complexityRank(structural) : null;
  const claimRank = claims.time ? complexityRank(claims.time) : null;
  const named = reading ? reading.label : "that";

  // The stated complexity is better than the structure allows: ask them to count.
  if (structuralRank !== null && claimRank !== null && claimRank < structuralRank) {
    return `You said ${claims.time}, but with ${named} it usually comes to ${structural}${reading?.brute ? ": each element gets compared with (nearly) every other one" : ""}. Can you count how many steps it takes for n elements?`;
  }

  const effective = claims.time ?? structural;
  const effectiveRank = claimRank ?? structuralRank;
  if (effective === null || effectiveRank === null) {
    const lead = reading
      ? ph.pick([`Okay, ${named}.`, `Alright — ${named}.`, `I follow: ${named}.`], "ack-approach")
      : ph.pick(["Okay, I follow.", "Alright.", "Makes sense so far."], "ack-approach");
    return `${lead} ${ph.pick(
      [
        "What would the time and space complexity of that be?",
        "Before we go further: what's its time complexity, and how much extra space does it use?",
        "How does that scale — what are the time and space costs?",
      ],
      "ask-complexity",
    )}`;
  }

  if (optimalRank === null) {
    return `${effective} time for ${named} — good to have it stated. What about space, and which edge cases would you watch for?`;
  }

  if (effectiveRank > optimalRank) {
    const correct =
      claims.time && claimRank === structuralRank
        ? `, and you're right that it's ${effective} time`
        : ` — that's ${effective} time`;
    const scale = scaleNote(ctx.problem, effectiveRank);
    const nudge = nudgeFor(effectiveRank, optimalRank, reading, ph);
    const lead = ph.pick(["That would work", "That's a valid starting point", "That gets a correct answer"], "works");
    const better = ph.pick(
      [
        `Can we do better? There's a way to get this down to ${optimal.time}.`,
        `Could you do better than that? ${optimal.time} time is possible here.`,
        `I think we can do better — aim for ${optimal.time}.`,
      ],
      "better",
    );
    return `${lead}${correct}.${scale} ${better} ${nudge}`;
  }

  if (effectiveRank === optimalRank) {
    const lead = ph.pick(
      [
        `Good — ${effective} time is what I'd hope for here.`,
        `Nice, ${effective} time is the right target for this problem.`,
        `That's a solid plan at ${effective} time.`,
      ],
      "optimal",
    );
    const spaceRank = claims.space ? complexityRank(claims.space) : null;
    const space = !claims.space
      ? "What's the space cost?"
      : spaceRank !== null && spaceRank <= (complexityRank(optimal.space) ?? spaceRank)
        ? `${claims.space} space is reasonable too.`
        : `On space, though: does it really need ${claims.space}?`;
    const next =
      ctx.stage === "discuss"
        ? ph.pick(
            [
              `Which edge cases would you watch for? When you're ready, go ahead and code it in ${languageName(ctx.language)}.`,
              "Before you code: what edge cases come to mind? Then go ahead and implement it.",
            ],
            "go-code",
          )
        : ph.pick(["Which edge cases does it need to handle?", "How does it handle the edge cases?"], "edge-after");
    return `${lead} ${space} ${next}`;
  }

  return `Interesting — ${effective} would beat what I'd expect for this problem. Walk me through why each step is that cheap?`;
}

function nudgeFor(from: number, to: number, reading: ApproachReading | null, ph: Phrasing): string {
  if (from >= 4 && to <= 2) {
    return ph.pick(
      [
        "What is the inner loop searching for each time, and could you find it without scanning?",
        "Think about what work gets repeated for every element — could you remember something instead of recomputing it?",
        "What information could you keep as you go through the input once?",
      ],
      "nudge-linear",
    );
  }
  if (reading?.label.startsWith("sorting") && to < 3) {
    return "What is the sort buying you, and could you get the same information without sorting?";
  }
  if (to === 3) return "Would it help to put the data in some order first?";
  if (to <= 1) return "Is there structure in the input that would let you discard a large part of it at each step?";
  return reading?.brute
    ? "Which work in the brute force is repeated, and how could you avoid repeating it?"
    : "Where does most of the time go, and is all of that work necessary?";
}

/** "With n up to 10^4 that's about 10^8 steps", when the constraints say how large n gets. */
function scaleNote(problem: InterviewProblem, rank: number): string {
  if (rank !== 4) return "";
  for (const c of problem.constraints) {
    const m = c.match(/(?:length|size|\bn\b|number of)[^\d]*?10\s*\^\s*(\d+)/i) ?? c.match(/10\s*\^\s*(\d+)\s*$/);
    if (m && /length|size|\bn\b|number of/i.test(c)) {
      const k = Number(m[1]);
      return ` With up to 10^${k} elements, that's on the order of 10^${2 * k} steps.`;
    }
  }
  return "";
}

function complexityQuestionReply(ctx: PromptContext, ph: Phrasing): string {
  const size = ctx.problem.constraints.find((c) => /length|size|\bn\b|number of/i.test(c));
  const scale = size ? ` Given ${code(size)}, what do you think is fast enough?` : "";
  return `${ph.pick(
    [
      "I'd like to hear your estimate first. What would the most straightforward approach cost?",
      "Let's start from your side: what complexity would a first, simple solution have?",
    ],
    "cq",
  )}${scale}`;
}

// ---- questions --------------------------------------------------------------------------

const TOPICS: Array<{ ask: RegExp; find: RegExp }> = [
  { ask: /negative/, find: /-\s?\d|negative/i },
  { ask: /how (big|large|long|many)|size|length|maximum|\bmax\b|limit|up to|bound/, find: /length|10\s*\^|≤|<=|at most|up to/i },
  { ask: /duplicate|repeat|same (value|number|element)|distinct|unique/, find: /duplicate|distinct|unique|same|twice/i },
  { ask: /sorted|order/, find: /sorted|order/i },
  { ask: /empty|no elements?|zero/, find: /empty|at least|>=\s*1|≥\s*1|length/i },
  {
    ask: /(more than one|multiple|several|exactly one|always) (answer|solution)|no (answer|solution)|guarantee/,
    find: /exactly one|guarantee|always|at most one|any order/i,
  },
  { ask: /return|output|format/, find: /return|output|order/i },
];

function clarifyReply(ctx: PromptContext, question: string, ph: Phrasing): string {
  const problem = ctx.problem;
  const q = normalise(question);
  const qWords = keywords(question);
  const sources: Array<{ text: string; kind: "constraint" | "statement" | "example" }> = [
    ...problem.constraints.map((c) => ({ text: c, kind: "constraint" as const })),
    ...statementSentences(problem.statement).map((s) => ({ text: s, kind: "statement" as const })),
    ...problem.examples
      .filter((e) => e.explanation)
      .map((e) => ({ text: e.explanation ?? "", kind: "example" as const })),
  ];
  const scored = sources
    .map((s) => {
      let score = 0;
      for (const w of keywords(s.text)) if (qWords.has(w)) score += 1;
      for (const t of TOPICS) if (t.ask.test(q) && t.find.test(s.text)) score += 2;
      return { ...s, score };
    })
    .filter((s) => s.score >= 2)
    .sort((a, b) => b.score - a.score);

  if (scored.length === 0) {
    return ph.pick(
      [
        "The problem doesn't pin that down. In an interview, state a reasonable assumption out loud and carry on — what would you assume, and would it change your approach?",
        "That isn't specified, so it's your call: say what you'd assume and why. Does the choice affect your solution?",
      ],
      "clarify-none",
    );
  }
  const top = scored.filter((s) => s.score === scored[0].score).slice(0, 2);
  const quote = (s: { text: string }) => `"${truncate(stripPeriod(s.text), 240)}"`;
  const constraints = top.filter((s) => s.kind === "constraint").map((s) => code(s.text));
  const parts: string[] = [];
  if (constraints.length > 0) parts.push(`the constraints say ${constraints.join(" and ")}`);
  for (const s of top) {
    if (s.kind === "statement") parts.push(`the statement says ${quote(s)}`);
    if (s.kind === "example") parts.push(`one of the examples explains ${quote(s)}`);
  }
  const answer = parts.join(", and ");
  const next =
    ctx.stage === "discuss"
      ? ph.pick(
          [
            "Anything else, or do you want to talk through an approach?",
            "Does that settle it? If so, how would you approach the problem?",
            "Any other questions before you start on an approach?",
          ],
          "clarify-next",
        )
      : ph.pick(["Does that answer it?", "Does that change anything in your code?"], "clarify-next-later");
  return `${ph.pick(["Good question —", "Fair question:", "Good thing to check —"], "clarify-lead")} ${answer}. ${next}`;
}

function exampleReply(ctx: PromptContext, question: string, ph: Phrasing): string {
  const problem = ctx.problem;
  if (problem.examples.length === 0) return clarifyReply(ctx, question, ph);
  const q = normalise(question);
  const ordinals = ["first", "second", "third", "fourth"];
  const n = q.match(/example\s*#?\s*(\d+)/)?.[1];
  let index = n ? Number(n) - 1 : ordinals.findIndex((o) => q.includes(`${o} example`));
  if (index < 0) index = 0;
  const ex = problem.examples[index];
  if (!ex) return `There ${problem.examples.length === 1 ? "is only one example" : `are only ${problem.examples.length} examples`}. Which one did you mean?`;
  const why = ex.explanation ? ` ${sentence(ex.explanation)}` : "";
  return `In example ${index + 1}, the input is ${code(ex.input)} and the expected output is ${code(ex.output)}.${why} ${ph.pick(
    ["Does that match how you read the problem?", "Which part of it would you like to go through?", "Does it make sense how that output comes about?"],
    "example-q",
  )}`;
}

// ---- flow -------------------------------------------------------------------------------

function approachDiscussed(ctx: PromptContext, history: Turn[]): boolean {
  return (
    (ctx.earlier?.approachDiscussed ?? false) ||
    history.some((t) => t.role === "user" && detectIntent(t.text) === "approach")
  );
}

function readyToCodeReply(ctx: PromptContext, history: Turn[], ph: Phrasing): string {
  if (approachDiscussed(ctx, history)) {
    return ph.pick(
      [
        `Go ahead. Talk me through the key decisions as you write it in ${languageName(ctx.language)}, and run the tests whenever you want feedback.`,
        "Sounds good — start coding, and think out loud as you go.",
      ],
      "ready-yes",
    );
  }
  return ph.pick(
    [
      "Before you start, walk me through your approach in a few sentences, and the time and space complexity you expect. That way we agree on the plan first.",
      "Let's hear the plan first: how will you solve it, and what will it cost in time and space?",
    ],
    "ready-no",
  );
}

function doneReply(ctx: PromptContext, ph: Phrasing): string {
  const run = ctx.lastRun;
  if (!run) return "Great — run it against the tests first so we can see how it does.";
  if (run.total > 0 && run.passed === run.total && run.hiddenFailed === 0) {
    return run.kind === "submit"
      ? "Everything passed on submission. To wrap up: what's the final time and space complexity, and what would you improve with more time?"
      : ph.pick(
          [
            "Your last run passed every visible test. Before you submit: what's the time and space complexity, and which edge cases might the hidden tests probe?",
            "The visible tests all pass. What edge cases would you still check before submitting?",
          ],
          "done-pass",
        );
  }
  return `Your last run still had failures (${run.passed} of ${run.total} passed). Have you run it since your latest changes?`;
}

function stageNudge(ctx: PromptContext, history: Turn[], ph: Phrasing): string {
  const remaining = Math.round(ctx.durationMinutes - ctx.elapsedMinutes);
  const hurry =
    remaining <= 5 && ctx.stage !== "wrap_up" && remaining >= 0
      ? `We have about ${remaining} minute${remaining === 1 ? "" : "s"} left, so let's keep moving. `
      : "";
  switch (ctx.stage) {
    case "discuss":
      return (
        hurry +
        (approachDiscussed(ctx, history)
          ? ph.pick(
              [
                `When you're ready, go ahead and start coding in ${languageName(ctx.language)}.`,
                "Is there anything else to settle before you start coding?",
              ],
              "nudge-discuss-ready",
            )
          : ph.pick(
              [
                "How would you approach it? Starting with a brute-force idea is fine — just tell me its time and space complexity.",
                "What's your first idea for solving it, and what would it cost in time and space?",
                "Talk me through how you'd solve it — even a brute-force version is a good start.",
              ],
              "nudge-discuss",
            ))
      );
    case "code":
      return (
        hurry +
        ph.pick(
          [
            "Keep going — talk me through the key decisions as you write, and run the tests whenever you want feedback.",
            "What's the next piece you're implementing?",
            "Carry on, and tell me if you want to sanity-check anything. Running the visible tests early is a good idea.",
          ],
          "nudge-code",
        )
      );
    case "test": {
      const run = ctx.lastRun;
      if (run && run.failing.length > 0) {
        return `${hurry}Your last run had ${run.failing.length} failing visible test${run.failing.length === 1 ? "" : "s"} — want to trace the first one together?`;
      }
      return (
        hurry +
        ph.pick(
          [
            "Which test cases would you add beyond the examples? Think about the smallest inputs and the extremes of the constraints.",
            "How would you convince yourself the code is correct beyond the given examples?",
          ],
          "nudge-test",
        )
      );
    }
    case "submit":
      return (
        hurry +
        "When you're confident, submit — the hidden tests include edge cases. Anything you'd double-check first?"
      );
    case "wrap_up":
      return ph.pick(
        [
          "We're nearly out of time. How would you summarise your solution's time and space complexity, and what would you improve with more time?",
          "Before we finish: what trade-offs did you make, and is there anything you'd do differently?",
        ],
        "nudge-wrap",
      );
    default:
      // System-design stages are answered by design-replies.ts; this keeps a stray one polite.
      return `${hurry}Where would you like to take it from here?`;
  }
}

// ---- runs -------------------------------------------------------------------------------

// ---- follow-ups --------------------------------------------------------------------------

/** Answers that let the interviewer move to its next follow-up once the problem is solved. */
const FOLLOW_UP_TURNS = new Set(["other", "approach", "edge_cases", "thanks", "done", "complexity_question"]);

function submissionPassed(ctx: PromptContext): boolean {
  const run = ctx.lastRun;
  return !!run && run.kind === "submit" && run.total > 0 && run.passed === run.total;
}

/** The problem's next follow-up question the interviewer has not asked yet in this conversation. */
function nextFollowUp(ctx: PromptContext, history: Turn[]): string | null {
  const said = history.filter((t) => t.role === "assistant").map((t) => t.text).join("\n");
  return ctx.problem.followUps.find((q) => !said.includes(q)) ?? null;
}

function followUpTurn(ctx: PromptContext, history: Turn[], ph: Phrasing): string {
  const next = nextFollowUp(ctx, history);
  const ack = ph.pick(["Good.", "That makes sense.", "Fair enough.", "Nice, thanks."], "follow-ack");
  if (next) return `${ack} ${ph.pick(["Next one:", "Let me push a little further.", "One more for you:"], "follow-lead")} ${next}`;
  return `${ack} ${ph.pick(
    [
      "That covers everything I wanted to ask. Whenever you're ready, end the interview and we'll go through the feedback.",
      "I've no more questions — nicely done. End the interview when you're ready to see the report.",
    ],
    "follow-done",
  )}`;
}

function runReaction(ctx: PromptContext, ph: Phrasing, history: Turn[] = []): string {
  const run = ctx.lastRun;
  if (!run) {
    return "I don't see a run yet. When you're ready, run your code against the visible tests and we'll look at the results together.";
  }
  const status = run.status.toLowerCase();
  const lang = languageName(ctx.language);

  if (status === "compile_error") {
    return `Your code didn't compile${run.error ? `: ${code(errorLine(run.error))}.` : "."} ${ph.pick(
      ["What does that message point to?", `Which line do you think ${lang} is complaining about?`],
      "compile",
    )}`;
  }
  if (status === "timeout") {
    const where = run.failing[0] ? ` on input ${code(run.failing[0].input)}` : "";
    return `The run hit the time limit${where}. Either something never terminates, or the approach is too slow for the largest inputs — which do you think it is? What's the complexity of your current code?`;
  }
  if (status === "memory_exceeded") {
    return "The run ran out of memory. What is your code allocating, and does it grow faster than the input?";
  }

  const allVisiblePass = run.failing.length === 0 && run.passed + run.hiddenFailed === run.total;
  if (run.total > 0 && run.passed === run.total) {
    if (run.kind === "submit") {
      if (run.measured) return measuredReaction(run.measured, ctx, ph, history);
      const followUp = nextFollowUp(ctx, history);
      if (followUp) return `Everything passes, including the hidden tests — well done. Let me push a little further: ${followUp}`;
      return `Everything passes, including the hidden tests — well done. ${ph.pick(
        [
          "Let's wrap up: what's the final time and space complexity, and what would you improve with more time?",
          "To finish, walk me through the time and space complexity, and any trade-offs you made.",
        ],
        "submit-pass",
      )}`;
    }
    const pitfall = ctx.problem.pitfalls[0];
    const probe = pitfall ? ` For instance, have you thought about this: ${lowerFirst(stripPeriod(pitfall))}?` : "";
    return `${ph.pick([`All ${run.total} visible tests pass — nice.`, `${run.total} of ${run.total} passing.`, `Every visible test passes.`], "run-pass")} ${ph.pick(
      [
        "Before you submit: what's the time and space complexity of your solution, and which edge cases aren't covered by these examples?",
        "Now, what's the time and space complexity? And what inputs would you still worry about before submitting?",
      ],
      "run-pass-q",
    )}${probe}`;
  }

  if (run.failing.length > 0) {
    const f = run.failing[0];
    const head = ph.pick([`${run.passed} of ${run.total} tests passed.`, `${run.passed}/${run.total} passing so far.`], "fail-head");
    const detail = f.error
      ? `On input ${code(f.input)} your code raised ${code(errorLine(f.error))} (expected ${code(f.expected)}).`
      : `The first failing test is input ${code(f.input)}: expected ${code(f.expected)}, but your code returned ${code(f.actual)}.`;
    const more = run.failing.length > 1 ? ` ${run.failing.length} visible tests fail in total.` : "";
    const hidden = run.hiddenFailed > 0 ? ` ${run.hiddenFailed} hidden test${run.hiddenFailed === 1 ? "" : "s"} failed as well.` : "";
    const ask = ph.pick(
      [
        "Walk me through what your code does on that input, step by step — where does it diverge from what you expect?",
        "Can you trace that input by hand and compare each step with what should happen?",
        "What's different about that input compared with the ones that pass?",
      ],
      "fail-ask",
    );
    return `${head} ${detail}${more}${hidden} ${ask}`;
  }

  if (allVisiblePass && run.hiddenFailed > 0) {
    return `All visible tests pass, but ${run.hiddenFailed} hidden test${run.hiddenFailed === 1 ? "" : "s"} failed. I can't share their inputs — which cases might they cover that the examples don't? Think about the extremes of the constraints and unusual inputs.`;
  }

  if (run.error) {
    return `Your code raised an error: ${code(errorLine(run.error))}. Which line do you think triggers it, and on what input?`;
  }
  return "The run finished, but no tests reported results. Check that your function's name and signature match the starter code, then run it again.";
}

/** A passing submission whose running time the platform measured: say what it measured, then push on. */
function measuredReaction(measured: NonNullable<RunSummary["measured"]>, ctx: PromptContext, ph: Phrasing, history: Turn[]): string {
  const head = "Everything passes, including the hidden tests.";
  const timed = `I also timed it on inputs of growing size: ${lowerFirst(measured.summary)}`;
  if (measured.slower) {
    return `${head} ${timed} ${ph.pick(
      [
        "Where does the extra work come from, and how could you avoid it?",
        "Which part of your code repeats work as the input grows, and what could you keep track of instead?",
      ],
      "measured-slower",
    )}`;
  }
  const followUp = nextFollowUp(ctx, history);
  if (followUp) return `${head} Well done. ${timed} Let me push a little further: ${followUp}`;
  return `${head} Well done. ${timed} ${ph.pick(
    ["To finish, what's the space complexity, and what would you improve with more time?", "To wrap up: what trade-offs did you make, and how much extra memory does it use?"],
    "measured-done",
  )}`;
}

// ---- unprompted: check-ins and the time warning --------------------------------------

/** A reply's view of an interview the interviewer speaks up in, without a new candidate message. */
function unprompted(ctx: InterviewContext): { prompt: PromptContext; history: Turn[]; ph: Phrasing } {
  const { conversation, ...rest } = ctx;
  const history: Turn[] = conversation.map((m) => ({ role: m.role === "ai" ? "assistant" : "user", text: m.content }));
  const recent = history.filter((t) => t.role === "assistant").map((t) => t.text).slice(-3);
  return { prompt: { ...rest, v: 1, task: "reply", earlier: null }, history, ph: new Phrasing(history.length, recent) };
}

const DESIGN_NUDGES: Record<string, string> = {
  requirements: "Which requirements and scale numbers should we pin down before you start drawing?",
  high_level_design: "What are the main components, and how does a request flow through them? Sketching it on the whiteboard helps.",
  deep_dive: "Pick the part you think is hardest to scale and take me through it in more depth.",
  wrap_up: "Before we finish: what are the main trade-offs in your design, and what would you change at ten times the load?",
};

/** The interviewer checks in on a candidate who has gone quiet: a short hello and a nudge for the stage they are in. */
export function idleCheckInText(ctx: InterviewContext): string {
  const { prompt, history, ph } = unprompted(ctx);
  const hello = ph.pick(
    [
      "Just checking in — it's been quiet for a little while.",
      "Still with me? It's gone quiet for a bit.",
      "How's it going? I haven't heard from you in a little while.",
    ],
    "idle-hello",
  );
  if (ctx.kind === "system_design") {
    return `${hello} ${DESIGN_NUDGES[ctx.stage] ?? "Where would you like to take the design from here?"} Thinking out loud helps me follow your reasoning.`;
  }
  return `${hello} ${stageNudge(prompt, history, ph)} ${hintOffer(prompt, history)}`;
}

/** The once-per-interview warning that time is nearly up, with what to do with the minutes left at this stage. */
export function timeWarningText(ctx: InterviewContext, minutesLeft: number): string {
  const left = minutesLeft <= 1 ? "about a minute" : `about ${minutesLeft} minutes`;
  const head = `Quick time check: we have ${left} left.`;
  const run = ctx.lastRun;
  if (ctx.kind === "system_design") {
    const advice =
      ctx.stage === "deep_dive"
        ? "Finish the part you're on, then summarise the main trade-offs of your design."
        : ctx.stage === "wrap_up"
          ? "Let's use it to wrap up: the main trade-offs of your design, and what you'd change at ten times the load."
          : "Get the main components and how data flows between them onto the whiteboard, then we'll pick one part to go deeper on.";
    return `${head} ${advice}`;
  }
  switch (ctx.stage) {
    case "discuss":
      return `${head} Let's settle on an approach and get it coded — a working simpler solution beats an unfinished optimal one.`;
    case "code":
      return `${head} Aim to get a working version running against the visible tests, then submit what you have.`;
    case "test":
      return run && run.failing.length > 0
        ? `${head} Fix the failing test that matters most, then submit what you have — the hidden tests only run on submission.`
        : `${head} If you're happy with the tests, submit now — the hidden tests only run on submission.`;
    case "submit":
      return run?.kind === "submit"
        ? `${head} Use it to tell me your solution's time and space complexity, and what you'd improve with more time.`
        : `${head} Submit when you're ready — the hidden tests only run on submission.`;
    default:
      return `${head} Let's use it to wrap up: your solution's time and space complexity, and what you'd improve with more time.`;
  }
}

// ---- text helpers -----------------------------------------------------------------------

export function firstName(name: string | null): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

/** The statement's opening, as plain text, to introduce the problem in a sentence or two. */
export function summariseStatement(statement: string): string {
  const sentences = statementSentences(statement);
  let out = "";
  for (const s of sentences) {
    if (out && out.length + s.length > 320) break;
    out = out ? `${out} ${s}` : s;
    if (out.length > 160) break;
  }
  return truncate(out, 400);
}

export function statementSentences(statement: string): string[] {
  const plain = statement
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/^#+\s.*$/gm, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\*\*|__/g, "")
    .replace(/^\s*[-*]\s+/gm, "")
    .replace(/\s+/g, " ")
    .trim();
  return plain
    .split(/(?<=[.!?])\s+(?=[A-Z`"(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export function stripPeriod(text: string): string {
  return text.trim().replace(/[.!?]+$/, "");
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Inline Markdown code that survives backticks in the value. */
export function code(value: string): string {
  const v = truncate(value.replace(/\s+/g, " ").trim(), 160);
  return v.includes("`") ? `\`\` ${v} \`\`` : `\`${v}\``;
}

/** The informative line of an error (the one naming it), with its line number when given. */
function errorLine(error: string): string {
  const lines = error
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length === 0) return error.trim();
  const named = lines.find((l) => /\b\w*(Error|Exception)\b|\berror\b/i.test(l) && !/^Traceback\b/.test(l));
  const chosen = named ?? (/^Traceback\b/.test(lines[0]) ? (lines.at(-1) ?? lines[0]) : lines[0]);
  const lineNo = error.match(/\bline (\d+)\b/i)?.[1];
  const withLine = lineNo && !chosen.includes(lineNo) ? `${chosen} (line ${lineNo})` : chosen;
  return truncate(withLine, 200);
}
