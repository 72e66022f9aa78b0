import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { streamText } from "ai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { BuiltinInterviewerModel, getInterviewerModel, reactToRun } from "@/lib/interviewer";
import { buildInterviewerPrompt } from "@/lib/interviewer/context";
import { baseContext } from "./fixtures";

/**
 * A minimal OpenAI-compatible chat-completions endpoint: enough to prove that, with
 * LLM_BASE_URL set, the real @ai-sdk/openai client carries our prompt to the endpoint.
 */
interface Captured {
  path: string;
  authorization: string | undefined;
  body: {
    model: string;
    stream?: boolean;
    messages: Array<{ role: string; content: string }>;
  };
}

const REPLY = "Which input fails, and what does your loop do on it?";
let server: Server;
let requests: Captured[] = [];
const saved = { ...process.env };

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as Captured["body"];
    requests.push({ path: req.url ?? "", authorization: req.headers.authorization, body });
    const base = { id: "chatcmpl-1", created: 1_700_000_000, model: body.model };
    if (body.stream) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      const words = REPLY.split(/(?<= )/);
      for (const w of words) {
        const chunk = { ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: w }, finish_reason: null }] };
        res.write(`data: ${JSON.stringify(chunk)}\n\n`);
      }
      const last = {
        ...base,
        object: "chat.completion.chunk",
        choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      };
      res.end(`data: ${JSON.stringify(last)}\n\ndata: [DONE]\n\n`);
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        ...base,
        object: "chat.completion",
        choices: [{ index: 0, message: { role: "assistant", content: REPLY }, finish_reason: "stop" }],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  requests = [];
  process.env = { ...saved };
  delete process.env.LLM_BASE_URL;
  delete process.env.LLM_API_KEY;
  resetEnvCache();
});

function useHosted(apiKey?: string) {
  const { port } = server.address() as AddressInfo;
  process.env.LLM_BASE_URL = `http://127.0.0.1:${port}/v1`;
  process.env.LLM_MODEL = "interviewer-test-model";
  if (apiKey) process.env.LLM_API_KEY = apiKey;
  resetEnvCache();
}

const ctx = baseContext({
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

describe("getInterviewerModel", () => {
  it("is the built-in interviewer without LLM_BASE_URL", () => {
    expect(getInterviewerModel()).toBeInstanceOf(BuiltinInterviewerModel);
  });

  it("is an OpenAI-compatible chat model when LLM_BASE_URL is set", () => {
    useHosted();
    const model = getInterviewerModel();
    expect(model).not.toBeInstanceOf(BuiltinInterviewerModel);
    expect(model.provider).toBe("openai.chat");
    expect(model.modelId).toBe("interviewer-test-model");
  });
});

describe("hosted interviewer", () => {
  it("receives our system prompt, context block and closing note from reactToRun", async () => {
    useHosted();
    const text = await reactToRun(ctx);
    expect(text).toBe(REPLY);

    expect(requests).toHaveLength(1);
    const [req] = requests;
    expect(req.path).toBe("/v1/chat/completions");
    expect(req.authorization).toBe("Bearer none");
    expect(req.body.model).toBe("interviewer-test-model");
    const [system, ...rest] = req.body.messages;
    expect(system.role).toBe("system");
    expect(system.content).toContain("Never reveal hidden tests");
    expect(system.content).toContain("<interview-context>");
    expect(system.content).toContain("expected: [0, 3]; actual: [1, 2]");
    expect(rest.map((m) => m.role)).toEqual(["assistant", "user"]);
    expect(rest[1].content).toContain("React to the latest run");
  });

  it("streams through the same streamText path as the built-in one", async () => {
    useHosted("secret-key");
    const prompt = buildInterviewerPrompt({ ...ctx, conversation: [...ctx.conversation, { role: "user", content: "Why?" }] });
    const result = streamText({ model: getInterviewerModel(), system: prompt.system, messages: prompt.messages });
    const chunks: string[] = [];
    for await (const c of result.textStream) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join("")).toBe(REPLY);
    expect(requests[0].authorization).toBe("Bearer secret-key");
    expect(requests[0].body.stream).toBe(true);
    expect(requests[0].body.messages.at(-1)).toEqual({ role: "user", content: "Why?" });
  });
});
