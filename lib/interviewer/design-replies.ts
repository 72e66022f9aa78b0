import { normalizeLabel } from "@/lib/problems/system-design";
import { analyseDiagram, quoteLabel, type DiagramAnalysis } from "@/lib/whiteboard/analysis";
import type { DiagramGraph } from "@/lib/whiteboard/graph";
import { countHintsGiven, detectIntent, isQuestion, keywords, nextHint, normalise } from "./analysis";
import type { DesignSheet, PromptContext } from "./context";
import {
  article,
  firstName,
  hash,
  lowerFirst,
  Phrasing,
  statementSentences,
  stripPeriod,
  summariseStatement,
  type Turn,
} from "./replies";

/**
 * The built-in interviewer in a system-design interview. It works from the problem's sheet and
 * the latest whiteboard graph: requirements and numbers are answered from the brief, gaps in the
 * diagram become questions about what the system must do (never the missing component's name),
 * and the deep dive walks the problem's topics and follow-ups one at a time.
 */

type Sheet = DesignSheet;

interface Board {
  sheet: Sheet;
  graph: DiagramGraph | null;
  analysis: DiagramAnalysis | null;
}

// ---- greeting ---------------------------------------------------------------------------

export function designGreetingText(
  problem: { title: string; difficulty: string; brief: string },
  candidateName: string | null,
): string {
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
  const summary = summariseStatement(problem.brief);
  const inShort = summary ? ` In short: ${/^[A-Z][a-z]/.test(summary) ? lowerFirst(summary) : summary}` : "";
  const intro = `Today's problem is **${problem.title}**, ${article(problem.difficulty)} ${problem.difficulty} system-design problem.${inShort}`;
  const board = ph.pick(
    [
      "The requirements and the numbers are in the brief, and there's a whiteboard for your diagram — save it whenever you want me to look.",
      "You'll find the requirements and the expected scale in the brief. Use the whiteboard for the design and save it when you'd like my eyes on it.",
    ],
    "board",
  );
  const invite = ph.pick(
    [
      "Before drawing anything, let's pin down the requirements: what would you like to clarify, and which of them matter most to the design?",
      "Let's start with requirements rather than boxes. What questions do you have about what the system must do, and how big it has to get?",
      "First, requirements: what would you ask the product team before designing this, and which requirements will drive the design?",
    ],
    "invite",
  );
  return `${hello} ${intro}\n\n${board}\n\n${invite}`;
}

// ---- replies ----------------------------------------------------------------------------

/** The built-in interviewer's answer for one turn of a system-design interview. */
export function composeDesignReply(ctx: PromptContext, history: Turn[]): string {
  const sheet = ctx.design;
  if (!sheet) return "I've lost the brief for this interview on my side. Could you remind me what we're designing?";
  const graph = ctx.whiteboard?.graph ?? null;
  const board: Board = { sheet, graph, analysis: graph ? analyseDiagram(graph, sheet) : null };
  const assistant = history.filter((t) => t.role === "assistant").map((t) => t.text);
  const ph = new Phrasing(history.length + (ctx.earlier?.omittedMessages ?? 0), assistant.slice(-3));
  const greeting = () => designGreetingText({ ...ctx.problem, brief: sheet.brief }, ctx.candidateName);

  if (ctx.task === "greet") return greeting();
  if (ctx.task === "react_to_diagram") return diagramComment(ctx, board, assistant, ph, "saved");
  if (ctx.task === "react_to_run") {
    return `There's no code to run in a system-design interview. ${nudge(ctx, board, history, ph)}`;
  }

  const last = history.at(-1);
  if (!last || last.role !== "user") return history.length === 0 ? greeting() : nudge(ctx, board, history, ph);
  const text = last.text;
  const intent = DESIGN_REQUEST.test(normalise(text)) ? "solution_request" : detectIntent(text);
  switch (intent) {
    case "injection":
      return `${ph.pick(
        [
          "I can't do that. I'm here as your interviewer, so I won't lay out the design for you, and nothing typed in the chat changes how the session is assessed — that comes from your actual work.",
          "Nice try, but my instructions stay as they are: I won't hand you a design, and the assessment comes from what you do, not from the chat.",
        ],
        "injection",
      )} ${nudge(ctx, board, history, ph)}`;
    case "solution_request":
      return `${ph.pick(
        [
          "I won't draw the design for you — what I want to see is how you'd get there.",
          "I'd rather not hand you an architecture; the interesting part is your reasoning.",
          "Giving you the answer wouldn't tell either of us much.",
        ],
        "solution",
      )} ${hintOffer(ctx, history)} ${nudge(ctx, board, history, ph)}`;
    case "off_topic":
      return `${ph.pick(
        ["Let's save that for after the interview.", `I'd like to keep our time on ${ctx.problem.title}.`, "That's outside what we're doing today, so let me steer us back."],
        "offtopic",
      )} ${nudge(ctx, board, history, ph)}`;
    case "hint_request":
      return hintReply(ctx, history, ph);
    case "score_question":
      return `${ph.pick(
        [
          "The score is worked out by the platform from what happens in the session — your diagram, the hints you used and the time — and you'll see it with written feedback in the report at the end.",
          "I don't set the score; it's computed from your design, hints and time, and it comes with feedback in the report.",
        ],
        "score",
      )} ${nudge(ctx, board, history, ph)}`;
    case "greeting":
      return `${ph.pick(["Hi!", "Hello!", "Hey, good to have you here."], "greet")} ${nudge(ctx, board, history, ph)}`;
    case "thanks":
      return `${ph.pick(["You're welcome.", "Of course.", "No problem."], "thanks")} ${nudge(ctx, board, history, ph)}`;
    case "ready_to_code":
      return ph.pick(
        [
          "There's no code in this one — the whiteboard is where the design goes. Sketch the main components and the arrows between them, save it, and walk me through one request end to end.",
          "No code today: put the design on the whiteboard instead. Draw the main pieces and how a request flows through them, then save it so I can look.",
        ],
        "ready",
      );
    case "done":
      return doneReply(ctx, board, history, assistant, ph);
    default:
      break;
  }

  if (asksAboutDiagram(text)) return diagramComment(ctx, board, assistant, ph, "asked");
  if (CARRY_ON.test(normalise(text))) return nudge(ctx, board, history, ph);
  if (isQuestion(text)) return questionReply(ctx, board, history, text, ph);
  if (statesEstimates(text)) return estimateReply(ctx, board, history, text, ph);

  const mentioned = mentionedComponents(text, board.sheet);
  switch (ctx.stage) {
    case "requirements":
      if (mentioned.length > 0) {
        return ph.pick(
          [
            "Sounds like you're ready to sketch. Put that on the whiteboard — the pieces you mentioned and how requests flow between them — and save it so I can see the whole picture.",
            "Good, let's see it drawn: add those pieces to the whiteboard with the arrows between them, and save it.",
          ],
          "req-design",
        );
      }
      return `${ph.pick(["Okay.", "Got it.", "Noted."], "ack")} ${nudge(ctx, board, history, ph)}`;
    case "high_level_design": {
      const offBoard = mentioned.filter((name) => board.analysis?.missingRequired.includes(name) ?? true);
      if (offBoard.length > 0 && board.graph && board.graph.components.length > 0) {
        return ph.pick(
          [
            "You've described a piece that isn't on the whiteboard yet. Add it, draw how it connects to the rest, and save — then walk me through a request with it in place.",
            "That part isn't drawn yet. Put it on the whiteboard with its connections and save, so we're looking at the same design.",
          ],
          "hld-offboard",
        );
      }
      return diagramComment(ctx, board, assistant, ph, "talk");
    }
    case "deep_dive":
      return deepDiveReply(ctx, board, history, ph, true);
    default:
      return wrapUpReply(ph);
  }
}

// ---- stage nudges -------------------------------------------------------------------------

function hurry(ctx: PromptContext): string {
  const remaining = Math.round(ctx.durationMinutes - ctx.elapsedMinutes);
  return remaining <= 5 && remaining >= 0 && ctx.stage !== "wrap_up"
    ? `We have about ${remaining} minute${remaining === 1 ? "" : "s"} left, so let's keep moving. `
    : "";
}

function nudge(ctx: PromptContext, board: Board, history: Turn[], ph: Phrasing): string {
  const assistant = history.filter((t) => t.role === "assistant").map((t) => t.text);
  switch (ctx.stage) {
    case "requirements":
      return hurry(ctx) + requirementsNudge(history, ph);
    case "high_level_design":
      return diagramComment(ctx, board, assistant, ph, "nudge");
    case "deep_dive":
      return hurry(ctx) + deepDiveReply(ctx, board, history, ph, false);
    default:
      return wrapUpReply(ph);
  }
}

function requirementsNudge(history: Turn[], ph: Phrasing): string {
  const estimated = history.some((t) => t.role === "user" && statesEstimates(t.text));
  if (!estimated) {
    return ph.pick(
      [
        "What numbers should we design for? A rough figure for requests per second at peak, and how much data piles up over a few years, is enough.",
        "Let's put numbers on it: roughly how many reads and writes per second at peak, and how much storage after a few years?",
        "Before drawing, give me a back-of-the-envelope estimate: peak traffic, the read/write mix, and storage growth.",
      ],
      "req-estimate",
    );
  }
  return ph.pick(
    [
      "When you're ready, sketch the main components on the whiteboard, save it, and walk me through how one request flows.",
      "I think we have enough to start. Put a first version of the design on the whiteboard and save it.",
    ],
    "req-sketch",
  );
}

function wrapUpReply(ph: Phrasing): string {
  return ph.pick(
    [
      "We're close to time. Summarise your design in a few sentences: the main trade-offs you made, the biggest risk left, and what you'd change first if traffic grew ten times.",
      "Before we finish: which decision in this design are you least sure about, and what would break first at ten times the load?",
      "To wrap up, walk me through the design once more in a minute, and tell me what you'd do differently with another hour.",
    ],
    "wrap",
  );
}

function doneReply(ctx: PromptContext, board: Board, history: Turn[], assistant: string[], ph: Phrasing): string {
  switch (ctx.stage) {
    case "requirements":
      return requirementsNudge(history, ph);
    case "high_level_design":
      return diagramComment(ctx, board, assistant, ph, "done");
    case "deep_dive":
      return deepDiveReply(ctx, board, history, ph, true);
    default:
      return ph.pick(
        ["Thanks — that's a good place to stop. Is there anything you'd like to ask me about the interview?", "Great, thank you. Any questions for me before we finish?"],
        "done-wrap",
      );
  }
}

// ---- hints ------------------------------------------------------------------------------

function hintsGiven(ctx: PromptContext, history: Turn[]): number {
  const shown = countHintsGiven(ctx.problem, history.filter((t) => t.role === "assistant").map((t) => t.text));
  return Math.max(ctx.hintsUsed, ctx.earlier?.hintsGiven ?? 0, shown);
}

function hintOffer(ctx: PromptContext, history: Turn[]): string {
  return nextHint(ctx.problem, hintsGiven(ctx, history))
    ? "If you're stuck, ask me for a hint and I'll give you a nudge."
    : "You've had all my hints, so pick the part you're least sure about and talk me through the options.";
}

function hintReply(ctx: PromptContext, history: Turn[], ph: Phrasing): string {
  const hint = nextHint(ctx.problem, hintsGiven(ctx, history));
  if (!hint) {
    return "That's all the hints I have. Pick the part of the design you're least sure about and talk me through two options and their trade-offs — what would you choose?";
  }
  // Quoted verbatim so later turns can tell how far down the ladder we are.
  if (hint.level === "soft") {
    return `${ph.pick(["Sure — here's a gentle nudge:", "Here's something to think about:"], "hint-soft")} ${hint.text} ${ph.pick(
      ["What does that suggest for your design?", "Where does that lead you?"],
      "hint-q",
    )}`;
  }
  if (hint.level === "medium") {
    return `${ph.pick(["Okay, a more concrete hint:", "Let me be a bit more specific:"], "hint-medium")} ${hint.text} ${ph.pick(
      ["How would that change what's on the whiteboard?", "Where would that fit in your diagram?"],
      "hint-q",
    )}`;
  }
  const last = hint.remaining === 0 ? " — the last one I have" : "";
  return `Here's a strong hint${last}: ${hint.text} Update the whiteboard with it and walk me through a request end to end.`;
}

// ---- requirements and numbers -----------------------------------------------------------

const DIAGRAM_QUESTION =
  /\b(diagram|design|whiteboard|board|drawing|sketch|architecture)\b.{0,40}\b(look|think|missing|feedback|good|right|ok|okay|complete|enough|sense)\b|\b(look|check|review|think|thoughts|feedback|comments?)\b.{0,25}\b(diagram|design|whiteboard|board|sketch|drawing)\b|\bwhat('?s| is) missing\b|\bany (feedback|thoughts)\b|\bhow does (it|this|that) look\b/;

/** Asking for the design itself, which the interviewer never hands over. */
const DESIGN_REQUEST =
  /\b(give|tell|show|draw|write|list|send)\b( me| us)?( out)? (the |a |your )?(full |complete |whole |entire |final |correct |right |ideal |reference |best |optimal )*(design|architecture|diagram|solution|answer|components)\b|\bwhat('?s| is) the (right |correct |ideal |reference |best |optimal )?(design|architecture|answer)\b|\b(design|draw) it for me\b/;

/** "What else?", "next?": the candidate hands the floor back. */
const CARRY_ON = /^(ok(ay)?,? )?(so )?(what else|anything else|what next|what now|and then|and|next|go on|continue|what's next|whats next)\b[\s?.!]*$/;

function asksAboutDiagram(text: string): boolean {
  return DIAGRAM_QUESTION.test(normalise(text));
}

const ESTIMATE_UNITS =
  /\b(per second|per sec|per day|per month|a second|a day|a month|\/s|qps|rps|tps|req\/s|requests?|reads?|writes?|users?|messages?|bytes?|kb|mb|gb|tb|pb|million|billion|thousand|k|m|bn)\b/;

/** Whether a message puts numbers on the problem ("~4k reads/s, 3 TB over five years"). */
export function statesEstimates(text: string): boolean {
  const t = normalise(text);
  return /\d/.test(t) && (ESTIMATE_UNITS.test(t) || /\b(back of (the )?envelope|estimate[sd]?)\b/.test(t));
}

const ASK_TOPICS: Array<{ ask: RegExp; find: RegExp }> = [
  { ask: /how many|how much|traffic|qps|rps|per second|load|scale|users|volume|size|big/, find: /per second|\/s\b|million|billion|users|a day|a month/i },
  { ask: /latency|fast|slow|\bms\b|quick|response time/, find: /\bms\b|latency|fast|p99|p95/i },
  { ask: /availab|downtime|uptime|fail|outage|reliab/, find: /availab|downtime|fail|surviv|lost|lose/i },
  { ask: /consisten|order|duplicate|exactly once|twice/, find: /order|duplicate|twice|consisten|never/i },
  { ask: /stor|retain|retention|keep|how long|years|history|disk/, find: /stor|kept|keep|years|retention|history|tb|pb/i },
];

function questionReply(ctx: PromptContext, board: Board, history: Turn[], question: string, ph: Phrasing): string {
  const sheet = board.sheet;
  const q = normalise(question);
  const qWords = keywords(question);
  const sources = [
    ...sheet.requirements.functional.map((text) => ({ text, kind: "functional" as const })),
    ...sheet.requirements.nonFunctional.map((text) => ({ text, kind: "non-functional" as const })),
    ...sheet.scale.map((s) => ({ text: `${s.metric}: ${s.value}`, kind: "scale" as const })),
    ...statementSentences(sheet.brief).map((text) => ({ text, kind: "brief" as const })),
  ];
  const scored = sources
    .map((s) => {
      let score = 0;
      for (const w of keywords(s.text)) if (qWords.has(w)) score += 1;
      for (const t of ASK_TOPICS) if (t.ask.test(q) && t.find.test(s.text)) score += 2;
      return { ...s, score };
    })
    .filter((s) => s.score >= 2)
    .sort((a, b) => b.score - a.score);

  const after = () => {
    if (ctx.stage === "requirements") return requirementsNudge([...history], ph);
    if (ctx.stage === "deep_dive") return ph.pick(["How does that shape your answer?", "What would you choose, given that?"], "q-deep");
    if (ctx.stage === "wrap_up") return ph.pick(["Does that change anything in your summary?", "Anything else before we finish?"], "q-wrap");
    return ph.pick(["Does that change anything on your diagram?", "How does your design handle that?"], "q-hld");
  };

  if (scored.length === 0) {
    if (ctx.stage === "deep_dive") {
      const nfr = sheet.requirements.nonFunctional[0];
      const anchor = nfr ? ` Keep this requirement in mind: "${stripPeriod(nfr)}".` : "";
      return `${ph.pick(["That's your call to make —", "There's no single right answer there —"], "q-open")} what are the trade-offs for this system, and which would you pick?${anchor}`;
    }
    return `${ph.pick(
      [
        "The brief doesn't pin that down. State a reasonable assumption out loud and carry on — what would you assume, and does it change the design?",
        "That isn't specified, so it's your call: say what you'd assume and why. Would the design change if the assumption were wrong?",
      ],
      "q-none",
    )}`;
  }
  const top = scored.filter((s) => s.score >= scored[0].score - 1).slice(0, 2);
  const said: string[] = [];
  for (const kind of [...new Set(top.map((s) => s.kind))]) {
    const quoted = top
      .filter((s) => s.kind === kind)
      .map((s) => `"${stripPeriod(s.text)}"`)
      .join(" and ");
    if (kind === "scale") said.push(`the numbers in the brief say ${quoted}`);
    else if (kind === "brief") said.push(`the brief says ${quoted}`);
    else said.push(`the ${kind} requirements say ${quoted}`);
  }
  return `${ph.pick(["Good question —", "Fair question:", "Worth checking —"], "q-lead")} ${said.join(", and ")}. ${after()}`;
}

function estimateReply(ctx: PromptContext, board: Board, history: Turn[], text: string, ph: Phrasing): string {
  const words = keywords(text);
  words.delete("per");
  const shared = (t: string) => [...keywords(t)].filter((w) => words.has(w)).length;
  // What a figure measures matters more than the units it shares with the estimate.
  const related = board.sheet.scale
    .map((s) => ({ s, score: 2 * shared(s.metric) + shared(s.value) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .map((r) => `**${r.s.metric}**: ${r.s.value}`);
  const compare = related.length
    ? ` For comparison, the brief's figures: ${related.join("; ")}.`
    : "";
  const lead = ph.pick(["Good — numbers help.", "Thanks, that's the right habit.", "Okay, that gives us something to size against."], "est-lead");
  const implication = ph.pick(
    [
      "What do those numbers tell you about the design — which path needs the most care?",
      "Which part of the system do those numbers stress most?",
      "Given those figures, what has to scale first, and what can stay simple?",
    ],
    "est-q",
  );
  const next = ctx.stage === "requirements" ? ` ${requirementsNudge([...history, { role: "user", text }], ph)}` : "";
  return `${lead}${compare} ${implication}${next}`;
}

/** The sheet's components the text names, by name or alias, as whole words. */
function mentionedComponents(text: string, sheet: Sheet): string[] {
  const padded = ` ${normalizeLabel(text)} `;
  return sheet.components
    .filter((c) => [c.name, ...c.aliases].some((term) => {
      const t = normalizeLabel(term);
      return t !== "" && padded.includes(` ${t} `);
    }))
    .map((c) => c.name);
}

// ---- the diagram ------------------------------------------------------------------------

/** How a gap is raised: as a question about what the system must do, never by naming the piece. */
interface GapQuestion {
  test: RegExp;
  ask: (b: QuestionContext) => string[];
}

interface QuestionContext {
  /** A compute box on the diagram ("URL Service"), quoted. */
  service: string | null;
  /** A storage box on the diagram, quoted, or the neutral "storage". */
  store: string;
  /** The busiest figure in the brief, when it has one. */
  peak: string | null;
}

const GAP_QUESTIONS: GapQuestion[] = [
  {
    test: /\bcdn\b|content delivery/,
    ask: () => [
      "Users are spread around the world. How would you get responses or files to them quickly, without every request crossing to your data centre?",
      "What could answer the most popular requests close to users, so they never reach your servers at all?",
    ],
  },
  {
    test: /\bload balancer\b|\blb\b|\bnlb\b|\balb\b|\belb\b|haproxy/,
    ask: (b) => [
      `How does traffic get spread across many copies of ${b.service ?? "your servers"}, and what happens when one of them dies?`,
      `One machine won't take all of this traffic. How do requests reach the other copies of ${b.service ?? "your servers"}, and how do you take a sick one out of rotation?`,
    ],
  },
  {
    test: /\bapi gateway\b|\bedge proxy\b|\breverse proxy\b|\bproxy\b|\benvoy\b/,
    ask: () => [
      "Where do requests enter the system, and where would you check them before they reach the services behind?",
      "What sits at the edge of the system and sees every request before it reaches the services?",
    ],
  },
  {
    test: /\blocal cache\b|\bin process\b|\bnear cache\b|\bl1\b/,
    ask: () => [
      "Does every single request need a network round trip to answer? What could each server keep close at hand?",
      "What could each server remember locally so most requests don't wait on another machine?",
    ],
  },
  {
    test: /\bcache\b|\bredis\b|\bmemcache/,
    ask: (b) => [
      `${b.peak ? `${b.peak}. ` : ""}Does every one of those reads go all the way to ${b.store}? What could absorb most of them?`,
      `What keeps ${b.store} from being hit by the same popular reads over and over?`,
    ],
  },
  {
    test: /\bqueue\b|\bkafka\b|\bstream\b|\bevent bus\b|\bpub ?sub\b|\bkinesis\b|\bsqs\b/,
    ask: () => [
      "Which of these steps have to finish before you answer the user, and which could happen afterwards? How would you hand the later ones off?",
      "What happens to the request path when a slower downstream step falls behind? How could you decouple the two?",
    ],
  },
  {
    test: /\bwebsocket|\bsocket\b|\bconnection server\b|\bgateway\b/,
    ask: () => [
      "How does the server deliver something to a phone that didn't ask for it? What holds those connections open?",
      "Clients need updates the moment they happen. What keeps a live connection to each client, and how many of those can one machine hold?",
    ],
  },
  {
    test: /\bdevice\b|\btoken store\b/,
    ask: () => [
      "How do you know which devices a user has, and how to reach each one?",
      "A user has a phone and a tablet. Where does the system find out how to reach both?",
    ],
  },
  {
    test: /\bregistry\b|\bsession\b|\brouting table\b|\buser server map\b/,
    ask: () => [
      "When something has to reach user B, how does the system know which server B is connected to right now?",
      "Connections land on many different servers. How does a sender's server find the one holding the recipient's connection?",
    ],
  },
  {
    test: /\bpush\b|\bapns\b|\bfcm\b/,
    ask: () => [
      "What happens when the recipient isn't online? How do they find out something arrived?",
      "The recipient's app is closed. How does their phone still buzz?",
    ],
  },
  {
    test: /\bemail\b|\bsmtp\b|\bsendgrid\b|\bses\b/,
    ask: () => ["Who actually delivers the emails, and what happens when that provider is slow or down?"],
  },
  {
    test: /\bsms\b|\btwilio\b/,
    ask: () => ["Who actually delivers the text messages, and what happens when that provider throttles you?"],
  },
  {
    test: /\bobject stor|\bblob\b|\bs3\b|\bmedia stor/,
    ask: () => [
      "Where do large files like photos and videos live, and how do clients download them?",
      "Photos and videos are big and never change. Where would you keep them, separate from the rest of the data?",
    ],
  },
  {
    test: /\bmedia\b|\bupload\b|\battachment\b|\bfile service\b/,
    ask: () => ["How does a photo get from the sender's phone into the system, and then to the recipient?"],
  },
  {
    test: /\bkey gen|\bid gen|\bsnowflake\b|\bticket\b|\bcounter service\b|\bkgs\b/,
    ask: () => [
      "How are new unique keys produced, so that two servers never hand out the same one at the same moment?",
      "Two servers create something at the same instant. What guarantees they never pick the same identifier?",
    ],
  },
  {
    test: /\brate limit|\bthrottl|\bquota\b/,
    ask: () => ["What stops one client, or a script, from flooding the system with requests?"],
  },
  {
    test: /\bcounter\b|\bcounters\b|\bengagement\b|\blikes?\b/,
    ask: () => ["Where do the counts live, so every server sees the same numbers even under a heavy write load?"],
  },
  {
    test: /\brules?\b|\bconfig|\bpolicy\b/,
    ask: () => ["Where do the rules and settings themselves live, and how does a change reach every server quickly?"],
  },
  {
    test: /\bsocial graph\b|\bgraph\b|\bfollow/,
    ask: () => ["How does the system know who follows whom, and how fast can it answer that for an account with millions of followers?"],
  },
  {
    test: /\bgroup\b|\bgroups\b|\bchannel service\b/,
    ask: () => ["When a message is sent to a group, how do you find out who should receive it?"],
  },
  {
    test: /\bmembership\b|\bgossip\b|\bfailure detector\b/,
    ask: () => ["How does each node find out that another node has died, or that a new one has joined?"],
  },
  {
    test: /\bpresence\b|\bonline status\b|\blast seen\b/,
    ask: () => ["How does a user see whether a contact is online, and how fresh does that need to be?"],
  },
  {
    test: /\bpreference|\bopt out\b|\bsettings\b|\bsubscription\b/,
    ask: () => ["How do you respect a user who has turned a channel off, or asked not to be disturbed at night?"],
  },
  {
    test: /\btemplate|\brender|\blocali/,
    ask: () => ["Where does the wording of each message come from, for every language and channel?"],
  },
  {
    test: /\bwrite ahead\b|\bwal\b|\bcommit log\b|\bjournal\b/,
    ask: () => ["If a node crashes right after acknowledging a write, how does it get that write back?"],
  },
  {
    test: /\bstorage engine\b|\blsm\b|\bsstable\b|\bb tree\b/,
    ask: () => ["How does each node lay the data out on disk to keep up with this write rate?"],
  },
  {
    test: /\bhint|\bhandoff\b|\bsloppy\b/,
    ask: () => ["What happens to writes meant for a node that is down right now?"],
  },
  {
    test: /\bmerkle\b|\brepair\b|\banti entropy\b/,
    ask: () => ["How do replicas that have drifted apart find out, and get back in sync?"],
  },
  {
    test: /\blog\b|\bstatus store\b|\btracking\b|\baudit\b|\bdelivery status\b/,
    ask: () => ["A day later, how would you answer \"was this delivered, and when?\""],
  },
  {
    test: /\bschedul|\bcron\b|\bcampaign/,
    ask: () => ["How would you send something at a set time, or to millions of users in one campaign?"],
  },
  {
    test: /\bclean|\bexpir|\bsweep|\bttl\b/,
    ask: () => ["What happens to entries once they expire? Who removes them, and when?"],
  },
  {
    test: /\brank|\brecommend|\bscoring\b/,
    ask: () => ["How do you decide the order in which things appear for each user?"],
  },
  {
    test: /\bfan ?out\b|\btimeline writer\b|\bdistribution\b|\bpublisher\b/,
    ask: () => ["When someone posts, how does that post end up in each follower's feed, and when does that work happen?"],
  },
  {
    test: /\bpartition|\bhash ring\b|\bconsistent hash|\bring\b/,
    ask: () => ["How do you decide which node holds a given key, and what moves when you add a node?"],
  },
  {
    test: /\bcoordinator\b|\brouter\b/,
    ask: () => ["When a client sends a read or a write, who decides which nodes to contact and gathers their answers?"],
  },
  {
    test: /\bauth|\bidentity\b|\bapi key\b/,
    ask: () => ["How do you know who is making each request?"],
  },
  {
    test: /\bmetric|\bmonitor|\bprometheus\b|\balert/,
    ask: () => ["How would you know the system is misbehaving before users tell you?"],
  },
  {
    test: /\baggregat|\bstream processor\b|\bconsumer\b|\bworker|\bdispatcher\b|\bsender\b/,
    ask: () => ["Who picks up the queued work and actually does it — and how do they keep up at peak?"],
  },
  {
    test: /\bdatabase\b|\bdb\b|\bstore\b|\bstorage\b|\btable\b/,
    ask: (b) => [
      `Once ${b.service ?? "a server"} accepts a write, where is it kept so that it survives a restart?`,
      "I don't see anything on the board that keeps the data. Where does it live durably?",
    ],
  },
  {
    test: /\bservice\b|\bserver\b|\bapi\b|\bbackend\b/,
    ask: () => [
      "What receives these requests and runs the core logic? I don't see that piece on the board yet.",
      "Walk me through what happens right after a request arrives: what handles it?",
    ],
  },
];

/** The first gap question whose pattern fits the component's name, else one of its aliases. */
function gapQuestion(component: Sheet["components"][number], qc: QuestionContext): string[] | null {
  const name = normalizeLabel(component.name);
  const byName = GAP_QUESTIONS.find((g) => g.test.test(name));
  if (byName) return byName.ask(qc);
  for (const alias of component.aliases) {
    const byAlias = GAP_QUESTIONS.find((g) => g.test.test(normalizeLabel(alias)));
    if (byAlias) return byAlias.ask(qc);
  }
  return null;
}

/**
 * What a gap question can point at on the board. For a missing component, the compute box it
 * would sit next to in the reference design is the natural "service"; otherwise any compute box.
 */
function questionContext(board: Board, missing?: string): QuestionContext {
  const analysis = board.analysis;
  const labelOf = (name: string) => analysis?.present.find((p) => p.name === name)?.labels[0];
  const neighbours = new Set(
    missing ? board.sheet.connections.flatMap((l) => (l.from === missing ? [l.to] : l.to === missing ? [l.from] : [])) : [],
  );
  const isCompute = (p: DiagramAnalysis["present"][number]) => !p.storage && !/balancer|cdn|proxy/i.test(p.name);
  const compute =
    analysis?.present.find((p) => neighbours.has(p.name) && isCompute(p)) ??
    analysis?.present.find((p) => isCompute(p) && !/gateway/i.test(p.name));
  const durable = analysis?.storage.find((s) => s.kind === "database");
  const peakScale = busiest(board.sheet.scale);
  return {
    service: compute ? quoteLabel(labelOf(compute.name) ?? compute.name) : null,
    store: durable ? quoteLabel(durable.labels[0]) : "storage",
    peak: peakScale ? `${peakScale.metric}: ${stripPeriod(peakScale.value)}` : null,
  };
}

/** The scale line with the highest rate per second ("~40,000 per second at peak"), if any has one. */
function busiest(scale: Sheet["scale"]): Sheet["scale"][number] | undefined {
  const MULTIPLIER: Record<string, number> = { k: 1e3, thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9 };
  let best: { line: Sheet["scale"][number]; rate: number } | undefined;
  for (const line of scale) {
    for (const m of line.value.matchAll(/([\d][\d,.]*)\s*(k|thousand|million|m|billion)?\s*(?:per second|\/s\b|a second)/gi)) {
      const rate = Number(m[1].replace(/,/g, "")) * (MULTIPLIER[(m[2] ?? "").toLowerCase()] ?? 1);
      if (Number.isFinite(rate) && (!best || rate > best.rate)) best = { line, rate };
    }
  }
  return best?.line;
}

/** Candidate questions about the diagram, most important first, each with its phrasings. */
function diagramQuestions(board: Board): Array<{ key: string; options: string[] }> {
  const { graph, analysis, sheet } = board;
  if (!graph || !analysis) return [];
  const labelOf = (name: string) => analysis.present.find((p) => p.name === name)?.labels[0] ?? name;
  const out: Array<{ key: string; options: string[] }> = [];

  for (const name of analysis.missingRequired) {
    const component = sheet.components.find((c) => c.name === name);
    if (!component) continue;
    let options = gapQuestion(component, questionContext(board, name));
    if (!options) {
      const link = sheet.connections.find(
        (l) => (l.from === name && analysis.present.some((p) => p.name === l.to)) || (l.to === name && analysis.present.some((p) => p.name === l.from)),
      );
      const neighbour = link ? (link.from === name ? link.to : link.from) : null;
      options = neighbour
        ? [`What else does ${quoteLabel(labelOf(neighbour))} need to talk to, to do its job?`]
        : ["Walk me through one request end to end: which step isn't on the board yet?"];
    }
    out.push({ key: `missing:${name}`, options });
  }

  for (const link of analysis.connections.missing.filter((l) => !l.indirect)) {
    const a = quoteLabel(labelOf(link.from));
    const b = quoteLabel(labelOf(link.to));
    out.push({
      key: `link:${link.from}:${link.to}`,
      options: [
        `I see ${a} and ${b} on the board but nothing joining them. How do they work together?`,
        `How does ${a} interact with ${b}? There's no arrow between them yet.`,
      ],
    });
  }

  for (const spof of analysis.singlePointsOfFailure) {
    const what = quoteLabel(spof.label);
    out.push({
      key: `spof:${spof.label}`,
      options: spof.reasons.includes("single_instance")
        ? [
            `${what} is drawn as a single box. What happens to the system if that machine dies?`,
            `If ${what} goes down for ten minutes, what do users see? Is there only one of it?`,
          ]
        : [
            `Every request path goes through ${what}. What happens if it fails?`,
            `${what} sits on every path through the system. How do you keep it from being a single point of failure?`,
          ],
    });
  }

  if (analysis.storage.length === 0) {
    out.push({
      key: "data:none",
      options: ["Where does the data live? I don't see anything on the board that stores it.", "Which box keeps the data once a request is done?"],
    });
  } else {
    const labels = analysis.storage.flatMap((s) => s.labels).slice(0, 3).map(quoteLabel).join(", ");
    out.push({
      key: "data:where",
      options: [
        `Walk me through where the data lives: ${labels}. Which is the source of truth, and what could be rebuilt if it were lost?`,
        `For ${labels}: what exactly is stored in each, and how is it partitioned as it grows?`,
      ],
    });
  }

  for (const label of analysis.unknown.slice(0, 2)) {
    out.push({ key: `unknown:${label}`, options: [`What does ${quoteLabel(label)} do in this design?`, `Tell me about ${quoteLabel(label)}: what is its job here?`] });
  }
  for (const label of analysis.isolated.slice(0, 2)) {
    out.push({ key: `isolated:${label}`, options: [`${quoteLabel(label)} isn't connected to anything yet. What talks to it?`] });
  }
  return out;
}

function alreadyAsked(options: string[], recent: string[]): boolean {
  return options.some((o) => recent.some((r) => r.includes(o.slice(0, 48))));
}

/**
 * A comment on the latest diagram: what it shows, then one or two questions, the most important
 * first, skipping those asked in the last two replies.
 */
function diagramComment(
  ctx: PromptContext,
  board: Board,
  assistant: string[],
  ph: Phrasing,
  why: "saved" | "asked" | "talk" | "nudge" | "done",
): string {
  const { graph, analysis } = board;
  if (!graph || !analysis || graph.components.length === 0) {
    if (graph && graph.unlabelledShapes > 0) {
      return `I can see ${graph.unlabelledShapes} box${graph.unlabelledShapes === 1 ? "" : "es"} on the whiteboard, but none has a label yet. What are they? Type a name into each one and save again.`;
    }
    return ph.pick(
      [
        "I don't see anything on the whiteboard yet. Sketch the main components and the arrows between them, save it, and walk me through how a request flows.",
        "The whiteboard is still empty on my side. Draw a first version of the design — boxes for the main pieces, arrows for the requests — and save it.",
      ],
      "board-empty",
    );
  }
  const recent = assistant.slice(-2);
  const all = diagramQuestions(board);
  const fresh = all.filter((q) => !alreadyAsked(q.options, recent));
  const pool = fresh.length > 0 ? fresh : all;
  // Gaps come first; when two remain, ask the two most important together.
  const picked = pool.slice(0, pool[0]?.key.startsWith("missing:") && pool[1]?.key.startsWith("missing:") ? 2 : 1);

  const count = graph.components.length;
  const named = graph.components.slice(0, 4).map((c) => quoteLabel(c.label)).join(", ");
  const more = count > 4 ? ` and ${count - 4} more` : "";
  const lead =
    why === "saved"
      ? ph.pick([`Thanks for saving — I see ${named}${more}.`, `I've looked at the whiteboard: ${named}${more}.`], "diagram-lead-saved")
      : why === "asked"
        ? ph.pick([`Looking at your diagram (${named}${more}):`, `Here's what I notice on the whiteboard, with ${named}${more}:`], "diagram-lead-asked")
        : ph.pick(["Looking at the diagram:", "On the whiteboard:", "From the diagram:"], "diagram-lead");

  if (picked.length === 0 || (analysis.missingRequired.length === 0 && fresh.length === 0)) {
    const topic = board.sheet.deepDives[0];
    return `${lead} ${ph.pick(
      [
        "This covers the main pieces. Walk me through one write and one read end to end, and then we can go deeper.",
        `The main pieces are there. Let's go deeper soon${topic ? ` — starting with ${lowerFirst(topicHead(topic))}` : ""}. First, what's the weakest point of this design?`,
      ],
      "diagram-complete",
    )}`;
  }
  const questions = picked.map((q, i) => ph.pick(q.options, `${q.key}:${i}`));
  return `${hurry(ctx)}${lead} ${questions.join(" ")}`;
}

// ---- deep dive --------------------------------------------------------------------------

/** "Code generation: counter ranges vs …" → "Code generation"; otherwise the first clause. */
function topicHead(topic: string): string {
  const colon = topic.indexOf(":");
  const head = colon > 0 ? topic.slice(0, colon) : topic.split(/,|;/)[0];
  return stripPeriod(head.trim());
}

function overlap(a: string, b: string): number {
  const wa = keywords(a);
  return [...keywords(b)].filter((w) => wa.has(w)).length;
}

/**
 * The next deep-dive question: a follow-up on the topic in play, or the next topic with its
 * closest follow-up. Topics and follow-ups already asked (they are quoted verbatim) are skipped.
 */
function deepDiveReply(ctx: PromptContext, board: Board, history: Turn[], ph: Phrasing, acknowledge: boolean): string {
  const sheet = board.sheet;
  const said = history.filter((t) => t.role === "assistant").map((t) => t.text);
  const asked = (text: string) => said.some((s) => s.includes(text));
  const heads = sheet.deepDives.map((d) => ({ topic: d, head: topicHead(d) }));
  const current = [...heads].reverse().find((h) => said.some((s) => s.includes(lowerFirst(h.head)) || s.includes(h.head)));
  const openFollowUps = sheet.followUps.filter((f) => !asked(f));
  const ack = acknowledge ? `${ph.pick(["Okay.", "Alright, noted.", "Thanks, that's clear.", "Okay, I follow."], "dd-ack")} ` : "";

  if (current) {
    const next = openFollowUps
      .map((f) => ({ f, score: overlap(current.topic, f) }))
      .filter((x) => x.score >= 2)
      .sort((a, b) => b.score - a.score)[0];
    if (next) return `${ack}${next.f}`;
  }
  const upcoming = heads.find((h) => !said.some((s) => s.includes(lowerFirst(h.head)) || s.includes(h.head)));
  if (upcoming) {
    const follow = openFollowUps
      .map((f) => ({ f, score: overlap(upcoming.topic, f) }))
      .sort((a, b) => b.score - a.score)[0];
    const question =
      follow && follow.score >= 2
        ? follow.f
        : ph.pick(["How would you approach it, and what would you trade off?", "What are the options there, and which would you pick for this system?"], "dd-open");
    const intro = ph.pick(
      [`Let's go deeper on ${lowerFirst(upcoming.head)}.`, `Next, I'd like to dig into ${lowerFirst(upcoming.head)}.`, `Let's zoom in on ${lowerFirst(upcoming.head)}.`],
      "dd-intro",
    );
    return `${ack}${intro} ${question}`;
  }
  if (openFollowUps.length > 0) return `${ack}${openFollowUps[0]}`;
  const DONE = [
    "We've covered the areas I wanted to dig into. What would you change first if traffic grew ten times?",
    "That's the deep dive done from my side. Which part of the design would you revisit with more time?",
  ];
  if (said.some((s) => DONE.some((d) => s.includes(d)))) return `${ack}${wrapUpReply(ph)}`;
  return `${ack}${ph.pick(DONE, "dd-done")}`;
}
