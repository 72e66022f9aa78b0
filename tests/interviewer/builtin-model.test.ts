import { generateText, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { BuiltinInterviewerModel, chunkWords } from "@/lib/interviewer/builtin-model";
import { buildInterviewerPrompt } from "@/lib/interviewer/context";
import { greetingText } from "@/lib/interviewer/replies";
import { baseContext, pairSum } from "./fixtures";
import { model } from "./helpers";

const prompt = buildInterviewerPrompt(
  baseContext({
    conversation: [
      { role: "ai", content: greetingText(pairSum, "Ada") },
      { role: "user", content: "Can the numbers be negative, and how long can the array be?" },
    ],
  }),
);

describe("BuiltinInterviewerModel as an AI SDK language model", () => {
  it("declares the v3 specification and our provider", () => {
    expect(model.specificationVersion).toBe("v3");
    expect(model.provider).toBe("interview-coach");
    expect(model.modelId).toBe("builtin-interviewer");
  });

  it("streams the reply in several chunks that add up to the generateText answer", async () => {
    const generated = await generateText({ model, system: prompt.system, messages: prompt.messages });

    const result = streamText({ model, system: prompt.system, messages: prompt.messages });
    const chunks: string[] = [];
    const types: string[] = [];
    for await (const part of result.fullStream) {
      types.push(part.type);
      if (part.type === "text-delta") chunks.push(part.text);
    }

    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((c) => c.trim().split(/\s+/).length <= 1)).toBe(true);
    expect(chunks.join("")).toBe(generated.text);
    expect(generated.text.length).toBeGreaterThan(20);
    expect(types.indexOf("text-start")).toBeLessThan(types.indexOf("text-delta"));
    expect(types.lastIndexOf("text-delta")).toBeLessThan(types.indexOf("text-end"));
    expect(types.at(-1)).toBe("finish");
    expect(await result.finishReason).toBe("stop");
    const usage = await result.usage;
    expect(usage.inputTokens).toBeGreaterThan(100);
    expect(usage.outputTokens).toBeGreaterThan(0);
  });

  it("spaces chunks by the configured delay", async () => {
    const slow = new BuiltinInterviewerModel({ chunkDelayMs: 10 });
    const started = performance.now();
    const result = streamText({ model: slow, system: prompt.system, messages: prompt.messages });
    let deltas = 0;
    for await (const _ of result.textStream) deltas++;
    const elapsed = performance.now() - started;
    expect(deltas).toBeGreaterThan(5);
    expect(elapsed).toBeGreaterThanOrEqual((deltas - 1) * 10 * 0.9);
  });

  it("groups words per chunk when asked", async () => {
    const grouped = new BuiltinInterviewerModel({ chunkDelayMs: 0, wordsPerChunk: 3 });
    const result = streamText({ model: grouped, system: prompt.system, messages: prompt.messages });
    const chunks: string[] = [];
    for await (const c of result.textStream) chunks.push(c);
    expect(chunks.length).toBe(chunkWords(chunks.join(""), 3).length);
    expect(chunks[0].trim().split(/\s+/)).toHaveLength(3);
  });

  it("stops streaming when the caller aborts", async () => {
    const full = (await generateText({ model, system: prompt.system, messages: prompt.messages })).text;
    const slow = new BuiltinInterviewerModel({ chunkDelayMs: 20 });
    const controller = new AbortController();
    let aborted = false;
    const result = streamText({
      model: slow,
      system: prompt.system,
      messages: prompt.messages,
      abortSignal: controller.signal,
      onAbort: () => {
        aborted = true;
      },
    });
    const received: string[] = [];
    for await (const part of result.fullStream) {
      if (part.type === "text-delta") {
        received.push(part.text);
        if (received.length === 2) controller.abort();
      }
    }
    expect(aborted).toBe(true);
    expect(received.length).toBeLessThan(chunkWords(full).length);
    await expect(result.text).rejects.toThrow();
  });

  it("refuses to start an already aborted call", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      generateText({ model, system: prompt.system, messages: prompt.messages, abortSignal: controller.signal, maxRetries: 0 }),
    ).rejects.toThrow();
  });

  it("still answers, with a warning, when the system prompt has no context block", async () => {
    const result = await generateText({ model, prompt: "Hello?" });
    expect(result.text).toMatch(/which problem/i);
    expect(result.warnings?.some((w) => w.type === "other")).toBe(true);
  });

  it("cuts the answer at maxOutputTokens and says so", async () => {
    const full = await generateText({ model, system: prompt.system, messages: prompt.messages });
    const cut = await generateText({ model, system: prompt.system, messages: prompt.messages, maxOutputTokens: 5 });
    expect(cut.finishReason).toBe("length");
    expect(cut.text.length).toBeLessThanOrEqual(20);
    expect(full.text.startsWith(cut.text)).toBe(true);
  });
});

describe("chunkWords", () => {
  it("splits into word chunks that concatenate back exactly", () => {
    const text = "  Hello there,\n\nworld — `O(n)` time.  ";
    const chunks = chunkWords(text);
    expect(chunks.join("")).toBe(text);
    expect(chunks).toHaveLength(6);
  });
});
