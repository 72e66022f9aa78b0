import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3FinishReason,
  LanguageModelV3GenerateResult,
  LanguageModelV3Prompt,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  LanguageModelV3Usage,
  SharedV3Warning,
} from "@ai-sdk/provider";
import { generateId } from "@ai-sdk/provider-utils";
import { estimateTokens, parseInterviewContextBlock } from "./context";
import { composeDesignReply } from "./design-replies";
import { composeReply, type Turn } from "./replies";

export interface BuiltinInterviewerOptions {
  /** Pause between streamed chunks, so the offline interviewer reads like a live one. 0 in tests. */
  chunkDelayMs?: number;
  /** Words per streamed chunk. */
  wordsPerChunk?: number;
}

const NO_CONTEXT_REPLY =
  "I've lost track of the interview on my side. Which problem are you working on, and where are you with it?";

/**
 * The offline interviewer, as an AI SDK language model: the app drives it through the same
 * streamText/generateText path as a hosted model. It reads the <interview-context> block that
 * buildInterviewerPrompt puts in the system message, plus the conversation messages.
 */
export class BuiltinInterviewerModel implements LanguageModelV3 {
  readonly specificationVersion = "v3";
  readonly provider = "interview-coach";
  readonly modelId = "builtin-interviewer";
  readonly supportedUrls: Record<string, RegExp[]> = {};

  private readonly chunkDelayMs: number;
  private readonly wordsPerChunk: number;

  constructor(options: BuiltinInterviewerOptions = {}) {
    this.chunkDelayMs = Math.max(0, options.chunkDelayMs ?? 15);
    this.wordsPerChunk = Math.max(1, Math.floor(options.wordsPerChunk ?? 1));
  }

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    options.abortSignal?.throwIfAborted();
    const { text, finishReason, usage, warnings } = this.respond(options);
    return {
      content: [{ type: "text", text }],
      finishReason,
      usage,
      warnings,
      response: { id: generateId(), modelId: this.modelId, timestamp: new Date() },
    };
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const signal = options.abortSignal;
    signal?.throwIfAborted();
    const { text, finishReason, usage, warnings } = this.respond(options);
    const textId = "text-0";
    const parts: LanguageModelV3StreamPart[] = [
      { type: "stream-start", warnings },
      { type: "response-metadata", id: generateId(), modelId: this.modelId, timestamp: new Date() },
      { type: "text-start", id: textId },
      ...chunkWords(text, this.wordsPerChunk).map(
        (delta): LanguageModelV3StreamPart => ({ type: "text-delta", id: textId, delta }),
      ),
      { type: "text-end", id: textId },
      { type: "finish", finishReason, usage },
    ];
    const delay = this.chunkDelayMs;
    let next = 0;
    let sentDelta = false;

    const stream = new ReadableStream<LanguageModelV3StreamPart>({
      // Pull-based: nothing is produced faster than the consumer reads, and a cancelled
      // reader simply stops pulling.
      async pull(controller) {
        if (signal?.aborted) {
          controller.error(signal.reason);
          return;
        }
        const part = parts[next++];
        if (part.type === "text-delta") {
          if (sentDelta && delay > 0) {
            try {
              await sleep(delay, signal);
            } catch (err) {
              controller.error(err);
              return;
            }
          }
          sentDelta = true;
        }
        controller.enqueue(part);
        if (next === parts.length) controller.close();
      },
    });
    return { stream };
  }

  private respond(options: LanguageModelV3CallOptions): {
    text: string;
    finishReason: LanguageModelV3FinishReason;
    usage: LanguageModelV3Usage;
    warnings: SharedV3Warning[];
  } {
    const warnings: SharedV3Warning[] = [];
    if (options.tools && options.tools.length > 0) warnings.push({ type: "unsupported", feature: "tools" });
    if (options.responseFormat?.type === "json") warnings.push({ type: "unsupported", feature: "responseFormat: json" });

    const { system, turns } = readPrompt(options.prompt);
    const ctx = parseInterviewContextBlock(system);
    let text: string;
    if (ctx) {
      text = ctx.kind === "system_design" ? composeDesignReply(ctx, turns) : composeReply(ctx, turns);
    } else {
      warnings.push({ type: "other", message: "No <interview-context> block in the system prompt; answered without it." });
      text = NO_CONTEXT_REPLY;
    }

    let finishReason: LanguageModelV3FinishReason = { unified: "stop", raw: "stop" };
    if (options.maxOutputTokens !== undefined && estimateTokens(text) > options.maxOutputTokens) {
      text = cutAtWord(text, Math.max(1, options.maxOutputTokens) * 4);
      finishReason = { unified: "length", raw: "length" };
    }

    const input = estimateTokens(system + turns.map((t) => t.text).join("\n"));
    const output = estimateTokens(text);
    return {
      text,
      finishReason,
      warnings,
      usage: {
        inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
        outputTokens: { total: output, text: output, reasoning: 0 },
      },
    };
  }
}

/** System text and the user/assistant turns, as plain text. */
function readPrompt(prompt: LanguageModelV3Prompt): { system: string; turns: Turn[] } {
  const system: string[] = [];
  const turns: Turn[] = [];
  for (const message of prompt) {
    if (message.role === "system") {
      system.push(message.content);
    } else if (message.role === "user" || message.role === "assistant") {
      const text = message.content
        .map((part) => (part.type === "text" ? part.text : ""))
        .join("")
        .trim();
      if (text !== "") turns.push({ role: message.role, text });
    }
  }
  return { system: system.join("\n\n"), turns };
}

/** Splits text into chunks of whole words that concatenate back to exactly the text. */
export function chunkWords(text: string, wordsPerChunk = 1): string[] {
  const words: string[] = [...(text.match(/\s+|\S+\s*/g) ?? [])];
  // Leading whitespace rides with the first word.
  if (words.length > 1 && /^\s+$/.test(words[0])) words.splice(0, 2, words[0] + words[1]);
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerChunk) chunks.push(words.slice(i, i + wordsPerChunk).join(""));
  return chunks;
}

function cutAtWord(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(" ");
  return space > 0 ? cut.slice(0, space) : cut;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
