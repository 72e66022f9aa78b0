import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { generateText } from "ai";
import { env } from "@/lib/env";
import { BuiltinInterviewerModel } from "./builtin-model";
import { buildInterviewerPrompt, type InterviewContextInput } from "./context";
import { withFallback } from "./fallback";

export { BuiltinInterviewerModel, type BuiltinInterviewerOptions } from "./builtin-model";
export {
  buildInterviewerPrompt,
  InterviewContextSchema,
  InterviewProblemSchema,
  RunSummarySchema,
  STAGES,
  type InterviewContext,
  type InterviewContextInput,
  type InterviewProblem,
  type InterviewProblemInput,
  type RunSummary,
  type Stage,
} from "./context";
export { isHintRequest, nextHint } from "./analysis";
export { greetingText } from "./replies";

export { FALLBACK_NOTICE, withFallback, type FallbackTimeouts } from "./fallback";

/** A margin over the hosted model's own limits: past them the built-in interviewer has taken over. */
const REACTION_TIMEOUT_MARGIN_MS = 10_000;

let builtin: BuiltinInterviewerModel | undefined;

/**
 * The hosted model when LLM_BASE_URL is configured, otherwise the built-in offline interviewer.
 * The hosted one comes wrapped: when it fails or goes quiet, the built-in interviewer finishes the answer.
 */
export function getInterviewerModel(): LanguageModelV3 {
  const e = env();
  builtin ??= new BuiltinInterviewerModel();
  if (e.LLM_BASE_URL) {
    // Any OpenAI-compatible endpoint speaks chat completions; many do not implement the responses API.
    const hosted = createOpenAI({ baseURL: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY ?? "none" }).chat(e.LLM_MODEL);
    return withFallback(hosted, builtin, { firstTokenMs: e.LLM_FIRST_TOKEN_TIMEOUT_MS, stallMs: e.LLM_STALL_TIMEOUT_MS });
  }
  return builtin;
}

/** The interviewer's comment on the latest run in `ctx.lastRun`, to post in the chat. */
export function reactToRun(ctx: InterviewContextInput, options: { abortSignal?: AbortSignal } = {}): Promise<string> {
  return react(ctx, "react_to_run", options);
}

/** The interviewer's comment on the latest whiteboard diagram in `ctx.whiteboard`, to post in the chat. */
export function reactToDiagram(ctx: InterviewContextInput, options: { abortSignal?: AbortSignal } = {}): Promise<string> {
  return react(ctx, "react_to_diagram", options);
}

async function react(
  ctx: InterviewContextInput,
  task: "react_to_run" | "react_to_diagram",
  options: { abortSignal?: AbortSignal },
): Promise<string> {
  const prompt = buildInterviewerPrompt(ctx, { task });
  const { text } = await generateText({
    model: getInterviewerModel(),
    system: prompt.system,
    messages: prompt.messages,
    abortSignal: options.abortSignal,
    // Stalls fall back to the built-in interviewer; this only stops an endpoint that keeps trickling.
    timeout: reactionTimeoutMs(),
  });
  return text.trim();
}

function reactionTimeoutMs(): number {
  const e = env();
  return e.LLM_FIRST_TOKEN_TIMEOUT_MS + e.LLM_STALL_TIMEOUT_MS + REACTION_TIMEOUT_MARGIN_MS;
}
