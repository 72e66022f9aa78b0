import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { generateText, streamText } from "ai";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { BuiltinInterviewerModel, FALLBACK_NOTICE, getInterviewerModel, reactToRun, withFallback } from "@/lib/interviewer";
import { buildInterviewerPrompt } from "@/lib/interviewer/context";
import { queueIdle } from "@/lib/queue";
import { guest } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { startOpenAIServer, type ScriptedAnswer, type ScriptedOpenAIServer } from "../helpers/openai-server";
import { builtinAnswerTo, occurrences, sendChat, startInterview, storedMessages } from "./chat-route";
import { baseContext } from "./fixtures";

/**
 * When the hosted interviewer fails or goes quiet, the built-in one finishes the answer: the
 * candidate keeps what was already streamed, reads a short notice, and the stored message holds
 * all of it once. Real endpoint (scripted), real @ai-sdk/openai client, real chat route and DB.
 */

const TIMEOUT_MS = 400;
const API_KEY = "sk-test-do-not-log-0123456789";
const QUESTION = "Can the array contain negative numbers?";
const PARTIAL = ["Good question. ", "Think about ", "what the constraints "];

let server: ScriptedOpenAIServer;
let closeDb: () => Promise<void>;
let token: string;
let logged: string[];
const saved = { ...process.env };

function useEndpoint(baseUrl: string) {
  process.env.LLM_BASE_URL = baseUrl;
  resetEnvCache();
}

beforeAll(async () => {
  server = await startOpenAIServer();
  closeDb = await useFreshDb("pglite");
  process.env = {
    ...saved,
    LLM_API_KEY: API_KEY,
    LLM_MODEL: "interviewer-test-model",
    LLM_FIRST_TOKEN_TIMEOUT_MS: String(TIMEOUT_MS),
    LLM_STALL_TIMEOUT_MS: String(TIMEOUT_MS),
  };
  useEndpoint(server.baseUrl);
  ({ token } = await guest());
});

afterAll(async () => {
  await queueIdle();
  process.env = saved;
  resetEnvCache();
  await closeDb();
  await server.close();
});

beforeEach(() => {
  server.reset();
  logged = [];
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    logged.push(args.map(String).join(" "));
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  useEndpoint(server.baseUrl);
});

const fallbackLines = () => logged.filter((line) => line.startsWith("[interviewer]"));

/** One candidate message through the chat route; what was streamed, stored, and the built-in answer to it. */
async function exchange() {
  const interviewId = await startInterview(token);
  const { streamed, ms } = await sendChat(interviewId, token, QUESTION);
  const messages = await storedMessages(interviewId, 2);
  const answers = messages.filter((m) => m.role === "ai");
  return { streamed, ms, messages, stored: answers.at(-1)?.content ?? "", answers, builtin: await builtinAnswerTo(interviewId) };
}

function expectOneLoggedFallback(reason: RegExp) {
  const lines = fallbackLines();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(reason);
  expect(lines[0]).toContain("interviewer-test-model");
  expect(lines[0]).not.toContain(API_KEY);
}

describe("through the chat route, a failure before the first token", () => {
  it.each<[string, ScriptedAnswer, RegExp]>([
    ["HTTP 503", { status: 503 }, /HTTP 503/],
    ["HTTP 429", { status: 429 }, /HTTP 429/],
    ["a malformed stream", { chunks: [], then: "malformed" }, /malformed response/],
    ["a dropped connection", { chunks: [], then: "drop" }, /the response broke off/],
    ["no token in time", { chunks: [], then: "stall" }, new RegExp(`no first token within ${TIMEOUT_MS} ms`)],
    ["no response headers in time", { headersDelayMs: 10_000 }, new RegExp(`no first token within ${TIMEOUT_MS} ms`)],
  ])("falls back on %s: the notice, then the built-in answer, stored once", async (_name, answer, reason) => {
    server.script(answer);
    const { streamed, stored, answers, builtin, messages } = await exchange();

    expect(builtin.length).toBeGreaterThan(20);
    expect(streamed).toBe(`${FALLBACK_NOTICE}\n\n${builtin}`);
    expect(stored).toBe(streamed);
    expect(answers).toHaveLength(2); // the greeting and this answer
    expect(messages.map((m) => m.role)).toEqual(["ai", "user", "ai"]);
    expect(occurrences(stored, FALLBACK_NOTICE)).toBe(1);
    expect(server.requests).toHaveLength(1); // no retries against a failing endpoint
    expectOneLoggedFallback(reason);
  });

  it("falls back when the endpoint refuses the connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    useEndpoint(`http://127.0.0.1:${port}/v1`);

    const { streamed, stored, builtin, answers } = await exchange();
    expect(streamed).toBe(`${FALLBACK_NOTICE}\n\n${builtin}`);
    expect(stored).toBe(streamed);
    expect(answers).toHaveLength(2);
    expectOneLoggedFallback(/could not reach the endpoint \(ECONNREFUSED\)/);
  });

  it("gives up on a silent endpoint after the first-token limit, not the SDK's retries", async () => {
    server.script({ chunks: [], then: "stall" });
    const { ms } = await exchange();
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(ms).toBeLessThan(TIMEOUT_MS + 3_000);
    // The abandoned request is closed, not left hanging.
    await expect(server.requests[0].closed).resolves.toEqual({ byClient: true });
  });
});

describe("through the chat route, a failure mid-answer", () => {
  it.each<[string, ScriptedAnswer, RegExp]>([
    ["a dropped connection", { chunks: PARTIAL, then: "drop" }, /the response broke off \(UND_ERR_SOCKET\)/],
    ["a malformed chunk", { chunks: PARTIAL, then: "malformed" }, /malformed response \(AI_JSONParseError\)/],
    ["a stall", { chunks: PARTIAL, then: "stall" }, new RegExp(`no progress for ${TIMEOUT_MS} ms mid-answer`)],
  ])("keeps the text streamed before %s, then the notice and the built-in answer, stored once", async (_name, answer, reason) => {
    server.script(answer);
    const { streamed, stored, answers, builtin } = await exchange();

    const before = PARTIAL.join("");
    expect(streamed).toBe(`${before}\n\n${FALLBACK_NOTICE}\n\n${builtin}`);
    expect(stored).toBe(streamed);
    expect(answers).toHaveLength(2);
    expect(occurrences(stored, before)).toBe(1);
    expect(occurrences(stored, FALLBACK_NOTICE)).toBe(1);
    expectOneLoggedFallback(reason);
    expect(fallbackLines()[0]).toContain(`${before.length} characters streamed`);
  });

  it("waits out a slow but steady answer: only silence counts as a stall", async () => {
    // Each piece comes within the stall limit, though the whole answer takes longer than it.
    const pieces = ["Slow ", "but ", "steady ", "answers ", "are ", "fine ", "as ", "long ", "as ", "they ", "move."];
    server.script({ chunks: pieces, chunkDelayMs: TIMEOUT_MS / 4 });
    const { streamed, stored, ms } = await exchange();
    expect(ms).toBeGreaterThan(TIMEOUT_MS * 2);
    expect(streamed).toBe(pieces.join(""));
    expect(stored).toBe(streamed);
    expect(fallbackLines()).toEqual([]);
  });
});

describe("the fallback wrapper", () => {
  const runCtx = baseContext({
    stage: "test",
    lastRun: {
      kind: "run",
      status: "success",
      passed: 1,
      total: 3,
      error: null,
      failing: [{ input: "nums = [3, 8, 1, 6], target = 9", expected: "[0, 3]", actual: "[1, 2]" }],
    },
    conversation: [{ role: "ai", content: "Welcome!" }],
  });

  async function builtinReaction(): Promise<string> {
    const prompt = buildInterviewerPrompt(runCtx, { task: "react_to_run" });
    const { text } = await generateText({ model: new BuiltinInterviewerModel({ chunkDelayMs: 0 }), ...prompt });
    return text;
  }

  it("applies the same policy to generateText (reactToRun): partial text, notice, built-in reaction", async () => {
    server.script({ chunks: ["Look at the ", "first failing "], then: "stall" });
    const text = await reactToRun(runCtx);
    expect(text).toBe(`Look at the first failing \n\n${FALLBACK_NOTICE}\n\n${await builtinReaction()}`);
    expectOneLoggedFallback(/no progress/);

    logged = [];
    server.script({ status: 500 });
    expect(await reactToRun(runCtx)).toBe(`${FALLBACK_NOTICE}\n\n${await builtinReaction()}`);
    expectOneLoggedFallback(/HTTP 500/);
  });

  it("passes a healthy answer through untouched, without a notice or a log line", async () => {
    server.script({ reply: "What does your loop do on the first failing input?" });
    expect(await reactToRun(runCtx)).toBe("What does your loop do on the first failing input?");
    expect(fallbackLines()).toEqual([]);
  });

  /** Streams until `stopWhen` says so, then aborts; returns what arrived and how the stream ended. */
  async function streamAndAbort(model: LanguageModelV3, stopWhen: (text: string) => boolean, abortAfterMs?: number) {
    const controller = new AbortController();
    const prompt = buildInterviewerPrompt({ ...runCtx, conversation: [...runCtx.conversation, { role: "user", content: QUESTION }] });
    const result = streamText({ model, ...prompt, abortSignal: controller.signal, onError: () => {} });
    if (abortAfterMs !== undefined) setTimeout(() => controller.abort(), abortAfterMs);
    let text = "";
    const types: string[] = [];
    for await (const part of result.fullStream) {
      types.push(part.type);
      if (part.type === "text-delta") {
        text += part.text;
        if (stopWhen(text) && !controller.signal.aborted) controller.abort();
      }
    }
    return { text, types };
  }

  it("stops the hosted model on the caller's abort mid-answer, without falling back", async () => {
    server.script({ reply: "one two three four five six seven eight nine ten eleven twelve", chunkDelayMs: 60 });
    const { text, types } = await streamAndAbort(getInterviewerModel(), (t) => t.includes("two"));
    expect(types).toContain("abort");
    expect(text).not.toContain(FALLBACK_NOTICE);
    expect(text).not.toContain("twelve");
    await expect(server.requests[0].closed).resolves.toEqual({ byClient: true });
    // Past the stall limit: still no fallback for a caller who left.
    await new Promise((r) => setTimeout(r, TIMEOUT_MS + 100));
    expect(fallbackLines()).toEqual([]);
  });

  it("stops the hosted model on the caller's abort before the first token, without falling back", async () => {
    server.script({ chunks: [], then: "stall" });
    const { text, types } = await streamAndAbort(getInterviewerModel(), () => false, TIMEOUT_MS / 4);
    expect(types).toContain("abort");
    expect(text).toBe("");
    await expect(server.requests[0].closed).resolves.toEqual({ byClient: true });
    await new Promise((r) => setTimeout(r, TIMEOUT_MS + 100));
    expect(fallbackLines()).toEqual([]);
  });

  it("stops the built-in interviewer on the caller's abort after it took over", async () => {
    const hosted = createOpenAI({ baseURL: server.baseUrl, apiKey: API_KEY }).chat("interviewer-test-model");
    const slowBuiltin = new BuiltinInterviewerModel({ chunkDelayMs: 30 });
    const model = withFallback(hosted, slowBuiltin, { firstTokenMs: TIMEOUT_MS, stallMs: TIMEOUT_MS });
    server.script({ status: 503 });

    const prompt = buildInterviewerPrompt({ ...runCtx, conversation: [...runCtx.conversation, { role: "user", content: QUESTION }] });
    const full = await streamText({ model: new BuiltinInterviewerModel({ chunkDelayMs: 0 }), ...prompt }).text;
    expect(full.split(" ").length).toBeGreaterThan(10);

    const afterNotice = (t: string) => t.includes(FALLBACK_NOTICE) && t.length > `${FALLBACK_NOTICE}\n\n`.length + 10;
    const { text, types } = await streamAndAbort(model, afterNotice);
    expect(types).toContain("abort");
    expect(text.startsWith(`${FALLBACK_NOTICE}\n\n`)).toBe(true);
    const continuation = text.slice(`${FALLBACK_NOTICE}\n\n`.length);
    expect(full.startsWith(continuation)).toBe(true);
    expect(continuation.length).toBeLessThan(full.length);
  });
});
