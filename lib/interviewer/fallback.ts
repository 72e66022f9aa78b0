import {
  AISDKError,
  APICallError,
  JSONParseError,
  type LanguageModelV3,
  type LanguageModelV3CallOptions,
  type LanguageModelV3Content,
  type LanguageModelV3FinishReason,
  type LanguageModelV3GenerateResult,
  type LanguageModelV3StreamPart,
  type LanguageModelV3StreamResult,
  type LanguageModelV3Usage,
  type SharedV3ProviderMetadata,
  type SharedV3Warning,
  TypeValidationError,
} from "@ai-sdk/provider";

/** What the candidate reads, in the answer itself, when the hosted model gives out. */
export const FALLBACK_NOTICE =
  "(The AI interviewer's connection dropped — continuing with the built-in interviewer.)";

export interface FallbackTimeouts {
  /** Longest wait for the first token, counted from the start of the call (connecting included). */
  firstTokenMs: number;
  /** Longest silence once the answer has started. */
  stallMs: number;
}

/**
 * The primary model, with the fallback taking over when it fails (connection refused, an HTTP
 * error, a malformed or cut-off stream) or goes quiet for too long. Whatever the primary already
 * streamed stays; the notice and the fallback's answer follow it, so a caller that keeps the
 * final text (streamText's onFinish) stores all three. Aborts from the caller stop both models
 * and are never mistaken for a failure.
 */
export function withFallback(
  primary: LanguageModelV3,
  fallback: LanguageModelV3,
  timeouts: FallbackTimeouts,
): LanguageModelV3 {
  return new FallbackLanguageModel(primary, fallback, timeouts);
}

type Part = LanguageModelV3StreamPart;

const NOTICE_ID = "fallback-notice";

/** Raised inside the wrapper when the primary is given up on for a reason of our own. */
class HostedModelFailure extends Error {
  override readonly name = "HostedModelFailure";
}

class FallbackLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = "v3";

  constructor(
    private readonly primary: LanguageModelV3,
    private readonly fallback: LanguageModelV3,
    private readonly timeouts: FallbackTimeouts,
  ) {}

  // Callers and telemetry see the model they configured.
  get provider(): string {
    return this.primary.provider;
  }

  get modelId(): string {
    return this.primary.modelId;
  }

  get supportedUrls(): LanguageModelV3["supportedUrls"] {
    return this.primary.supportedUrls;
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const caller = options.abortSignal;
    caller?.throwIfAborted();
    const attempt = new PrimaryAttempt(this.timeouts, caller);

    let opened: LanguageModelV3StreamResult | undefined;
    let openFailure: unknown;
    try {
      opened = await attempt.open(() => this.primary.doStream({ ...options, abortSignal: attempt.signal }));
    } catch (error) {
      attempt.stop();
      if (caller?.aborted) throw caller.reason;
      openFailure = error;
    }

    const open = { text: new Set<string>(), reasoning: new Set<string>() };
    let streamStarted = false;
    let textChars = 0;
    let cancelled = false;
    let fallbackReader: ReadableStreamDefaultReader<Part> | undefined;

    const takeOver = async (controller: ReadableStreamDefaultController<Part>, error: unknown) => {
      this.logFallback(error, textChars);
      const emit = (part: Part) => {
        if (!cancelled) controller.enqueue(part);
      };
      for (const id of open.text) emit({ type: "text-end", id });
      for (const id of open.reasoning) emit({ type: "reasoning-end", id });
      if (!streamStarted) emit({ type: "stream-start", warnings: [] });
      emit({ type: "text-start", id: NOTICE_ID });
      emit({ type: "text-delta", id: NOTICE_ID, delta: `${textChars > 0 ? "\n\n" : ""}${FALLBACK_NOTICE}\n\n` });
      emit({ type: "text-end", id: NOTICE_ID });
      try {
        // The caller's own signal: an abort now stops the fallback.
        const { stream } = await this.fallback.doStream(options);
        fallbackReader = stream.getReader();
        if (cancelled) {
          await fallbackReader.cancel();
          return;
        }
        for (;;) {
          const next = await fallbackReader.read();
          if (next.done || cancelled) break;
          if (next.value.type === "stream-start") continue;
          emit(renameBlock(next.value));
        }
        if (!cancelled) controller.close();
      } catch (fallbackError) {
        if (!cancelled) controller.error(fallbackError);
      }
    };

    const relay = async (controller: ReadableStreamDefaultController<Part>) => {
      try {
        if (!opened) throw openFailure;
        for (;;) {
          const next = await attempt.read();
          if (cancelled) return;
          if (next.done) throw new HostedModelFailure("the stream ended without finishing");
          const part = next.value;
          if (part.type === "error") throw part.error;
          if (part.type === "finish" && part.finishReason.unified === "error") {
            throw new HostedModelFailure("the answer finished with an error");
          }
          if (part.type === "stream-start") streamStarted = true;
          else if (part.type === "text-start") open.text.add(part.id);
          else if (part.type === "text-end") open.text.delete(part.id);
          else if (part.type === "reasoning-start") open.reasoning.add(part.id);
          else if (part.type === "reasoning-end") open.reasoning.delete(part.id);
          else if (part.type === "text-delta") textChars += part.delta.length;
          controller.enqueue(part);
          if (part.type === "finish") {
            attempt.stop();
            controller.close();
            return;
          }
        }
      } catch (error) {
        attempt.stop();
        if (cancelled) return;
        if (caller?.aborted) {
          controller.error(caller.reason);
          return;
        }
        await takeOver(controller, error);
      }
    };

    const stream = new ReadableStream<Part>({
      // Read the primary as fast as it answers, so the stall clock measures the primary and
      // not a slow reader downstream.
      start(controller) {
        void relay(controller);
      },
      cancel(reason) {
        cancelled = true;
        attempt.stop();
        void fallbackReader?.cancel(reason).catch(() => {});
      },
    });
    return { stream, request: opened?.request, response: opened?.response };
  }

  /**
   * Generation goes through the stream too: a non-streamed answer shows no sign of life until it
   * is complete, so a stall could not be told from a long answer. Through the stream, the same
   * first-token and stall limits apply and text produced before a failure is kept.
   */
  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const { stream, request, response } = await this.doStream(options);
    const collected = await collect(stream);
    return { ...collected, request, response: { ...response, ...collected.response } };
  }

  /** One line per fallback. Only the kind of failure: provider messages can echo request details. */
  private logFallback(error: unknown, textChars: number) {
    console.warn(
      `[interviewer] hosted model ${this.primary.modelId} (${this.primary.provider}) failed: ${describeFailure(error)}; ` +
        `${textChars} characters streamed before it; the built-in interviewer continues.`,
    );
  }
}

/** The content of a finished stream, as doGenerate returns it. */
async function collect(stream: ReadableStream<Part>): Promise<Omit<LanguageModelV3GenerateResult, "request">> {
  const content: LanguageModelV3Content[] = [];
  const blocks = new Map<string, { type: "text" | "reasoning"; text: string; providerMetadata?: SharedV3ProviderMetadata }>();
  const block = (type: "text" | "reasoning", id: string) => {
    const key = `${type}:${id}`;
    let found = blocks.get(key);
    if (!found) {
      found = { type, text: "" };
      blocks.set(key, found);
      content.push(found);
    }
    return found;
  };
  let warnings: SharedV3Warning[] = [];
  let finish: { finishReason: LanguageModelV3FinishReason; usage: LanguageModelV3Usage; providerMetadata?: SharedV3ProviderMetadata } | undefined;
  let response: LanguageModelV3GenerateResult["response"];
  const reader = stream.getReader();
  for (;;) {
    const { done, value: part } = await reader.read();
    if (done) break;
    switch (part.type) {
      case "stream-start":
        warnings = part.warnings;
        break;
      case "response-metadata": {
        const { type: _type, ...metadata } = part;
        response = metadata;
        break;
      }
      case "text-start":
      case "reasoning-start": {
        const found = block(part.type === "text-start" ? "text" : "reasoning", part.id);
        if (part.providerMetadata) found.providerMetadata = part.providerMetadata;
        break;
      }
      case "text-delta":
        block("text", part.id).text += part.delta;
        break;
      case "reasoning-delta":
        block("reasoning", part.id).text += part.delta;
        break;
      case "tool-call":
      case "tool-result":
      case "tool-approval-request":
      case "file":
      case "source":
        content.push(part);
        break;
      case "finish":
        finish = { finishReason: part.finishReason, usage: part.usage, providerMetadata: part.providerMetadata };
        break;
      case "error":
        throw part.error;
      default:
        break;
    }
  }
  if (!finish) throw new Error("The interviewer's answer ended without a finish");
  return { content, warnings, response, ...finish };
}

/** One call to the primary under the first-token and stall deadlines, linked to the caller's abort. */
class PrimaryAttempt {
  private readonly upstream = new AbortController();
  private readonly firstTokenDeadline: number;
  private lastProgressAt: number | undefined;
  private reader: ReadableStreamDefaultReader<Part> | undefined;
  private readonly unlink: () => void;

  constructor(
    private readonly timeouts: FallbackTimeouts,
    caller: AbortSignal | undefined,
  ) {
    this.firstTokenDeadline = Date.now() + timeouts.firstTokenMs;
    const onAbort = () => this.upstream.abort(caller?.reason);
    caller?.addEventListener("abort", onAbort, { once: true });
    this.unlink = () => caller?.removeEventListener("abort", onAbort);
  }

  get signal(): AbortSignal {
    return this.upstream.signal;
  }

  async open(call: () => PromiseLike<LanguageModelV3StreamResult>): Promise<LanguageModelV3StreamResult> {
    const result = await this.withinDeadline(Promise.resolve().then(call));
    this.reader = result.stream.getReader();
    return result;
  }

  async read(): Promise<ReadableStreamReadResult<Part>> {
    if (!this.reader) throw new Error("PrimaryAttempt.read before open");
    const next = await this.withinDeadline(this.reader.read());
    if (!next.done && isProgress(next.value)) this.lastProgressAt = Date.now();
    return next;
  }

  /** Ends the call to the primary: closes its connection and stops listening to the caller. */
  stop(): void {
    this.unlink();
    if (!this.upstream.signal.aborted) this.upstream.abort(new HostedModelFailure("the fallback took over"));
    this.reader?.cancel().catch(() => {});
  }

  private withinDeadline<T>(work: Promise<T>): Promise<T> {
    const started = this.lastProgressAt === undefined;
    const reason = started
      ? `no first token within ${this.timeouts.firstTokenMs} ms`
      : `no progress for ${this.timeouts.stallMs} ms mid-answer`;
    const remaining = started
      ? this.firstTokenDeadline - Date.now()
      : (this.lastProgressAt ?? 0) + this.timeouts.stallMs - Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HostedModelFailure(reason)), Math.max(0, remaining));
    });
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
  }
}

/** A part that shows the answer is moving: a non-empty delta or a finished piece of content. */
function isProgress(part: Part): boolean {
  switch (part.type) {
    case "text-delta":
    case "reasoning-delta":
    case "tool-input-delta":
      return part.delta.length > 0;
    case "tool-call":
    case "tool-result":
    case "tool-approval-request":
    case "file":
    case "source":
    case "finish":
      return true;
    default:
      return false;
  }
}

/** The fallback's blocks get ids of their own, so they cannot collide with the primary's. */
function renameBlock(part: Part): Part {
  switch (part.type) {
    case "text-start":
    case "text-delta":
    case "text-end":
    case "reasoning-start":
    case "reasoning-delta":
    case "reasoning-end":
      return { ...part, id: `fallback-${part.id}` };
    default:
      return part;
  }
}

/** Why the primary was given up on, without anything the endpoint wrote back. */
export function describeFailure(error: unknown): string {
  if (error instanceof HostedModelFailure) return error.message;
  const code = errorCode(error);
  const because = code ? ` (${code})` : "";
  if (APICallError.isInstance(error)) {
    if (error.statusCode === undefined) return `could not reach the endpoint${because}`;
    if (error.statusCode >= 400) return `HTTP ${error.statusCode}`;
    return `the response broke off${because}`;
  }
  if (JSONParseError.isInstance(error) || TypeValidationError.isInstance(error)) return `malformed response (${error.name})`;
  if (AISDKError.isInstance(error)) return error.name;
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 120)}${because}`;
  return "unknown error";
}

/** A system error code (ECONNREFUSED, UND_ERR_SOCKET, …) somewhere down the cause chain. */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}
