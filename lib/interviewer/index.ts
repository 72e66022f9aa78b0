import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { generateText } from "ai";
import { env } from "@/lib/env";
import { BuiltinInterviewerModel } from "./builtin-model";
import { buildInterviewerPrompt, type InterviewContextInput } from "./context";

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

const REACTION_TIMEOUT_MS = 30_000;

let builtin: BuiltinInterviewerModel | undefined;

/** The hosted model when LLM_BASE_URL is configured, otherwise the built-in offline interviewer. */
export function getInterviewerModel(): LanguageModelV3 {
  const e = env();
  if (e.LLM_BASE_URL) {
    // Any OpenAI-compatible endpoint speaks chat completions; many do not implement the responses API.
    return createOpenAI({ baseURL: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY ?? "none" }).chat(e.LLM_MODEL);
  }
  builtin ??= new BuiltinInterviewerModel();
  return builtin;
}

/** The interviewer's comment on the latest run in `ctx.lastRun`, to post in the chat. */
export async function reactToRun(
  ctx: InterviewContextInput,
  options: { abortSignal?: AbortSignal } = {},
): Promise<string> {
  const prompt = buildInterviewerPrompt(ctx, { task: "react_to_run" });
  const { text } = await generateText({
    model: getInterviewerModel(),
    system: prompt.system,
    messages: prompt.messages,
    abortSignal: options.abortSignal,
    // A stalled hosted endpoint must not hold the run's result hostage.
    timeout: REACTION_TIMEOUT_MS,
  });
  return text.trim();
}
