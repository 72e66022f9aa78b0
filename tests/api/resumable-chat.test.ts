import crypto from "node:crypto";
import http from "node:http";
import { and, eq } from "drizzle-orm";
import { Chat } from "@ai-sdk/react";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewChatTransport, toUIMessages, type ChatUIMessage } from "@/app/interview/[id]/_lib/chat";
import { getDb } from "@/db/client";
import { messages } from "@/db/schema";
import { resetEnvCache } from "@/lib/env";
import { api, guest, textFromUiStream } from "../helpers/api";
import { useFreshDb } from "../helpers/db";
import { startApiServer, type ApiServer } from "../helpers/http-server";
import { redisForTests } from "../helpers/redis";
import { builtinAnswerTo, startInterview, storedMessages, uiChatBody } from "../interviewer/chat-route";
import { startUpstashStandIn, type UpstashStandIn } from "../stand-ins/upstash-redis";

/**
 * The interviewer's answers survive a dropped connection: through a real HTTP server, the
 * client cuts the connection mid-answer, then resumes it (useChat's GET …/chat/stream) or
 * retries the same message. The built-in interviewer streams word by word with its default
 * pause between words, so an answer is still running when the connection drops.
 */

// A question whose answer runs to dozens of words.
const QUESTION = "My idea: two nested loops that check every pair of positions.";

type UiEvent = { type: string; messageId?: string; delta?: string };

function sseEvents(sse: string): UiEvent[] {
  const events: UiEvent[] = [];
  for (const line of sse.split("\n")) {
    if (!line.startsWith("data: ") || line === "data: [DONE]") continue;
    try {
      events.push(JSON.parse(line.slice(6)));
    } catch {
      /* a line cut in half by the dropped connection */
    }
  }
  return events;
}

interface Dropped {
  status: number;
  /** The answer's text as far as it arrived before the cut. */
  partial: string;
  messageId?: string;
  finished: boolean;
}

/** POSTs a chat message over a real connection and drops the connection once `deltas` text deltas have arrived. */
function sendAndDrop(url: string, token: string, body: unknown, deltas = 3): Promise<Dropped> {
  return new Promise((resolveOnce, rejectOnce) => {
    let settled = false;
    const resolve = (value: Dropped) => {
      if (!settled) resolveOnce(value);
      settled = true;
    };
    const reject = (err: Error) => {
      if (!settled) rejectOnce(err);
      settled = true;
    };
    const req = http.request(url, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } }, (res) => {
      let sse = "";
      const report = () => {
        const events = sseEvents(sse);
        return {
          status: res.statusCode ?? 0,
          partial: textFromUiStream(sse),
          messageId: events.find((e) => e.type === "start")?.messageId,
          finished: events.some((e) => e.type === "finish"),
        };
      };
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        sse += chunk;
        if (settled || sseEvents(sse).filter((e) => e.type === "text-delta").length < deltas) return;
        resolve(report());
        req.destroy(); // the connection drops mid-answer
      });
      res.on("end", () => resolve(report()));
      res.on("error", () => {});
    });
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

async function get(url: string, token?: string) {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, contentType: res.headers.get("content-type"), text: await res.text() };
}

async function post(url: string, token: string, body: unknown) {
  const res = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

async function rows(interviewId: string) {
  const db = await getDb();
  return db.select().from(messages).where(eq(messages.interviewId, interviewId));
}

async function answerRow(interviewId: string, answerId: string) {
  const db = await getDb();
  return db.select().from(messages).where(and(eq(messages.interviewId, interviewId), eq(messages.id, answerId)));
}

/**
 * A fetch for the browser's chat transport whose first POST loses its connection once the
 * answer has begun: the request is aborted (the socket closes) and the body fails the way a
 * browser's does when the network goes, with a TypeError.
 */
function fetchThatDropsFirstAnswer(): typeof fetch {
  let dropped = false;
  return async (input, init) => {
    if (dropped || init?.method !== "POST") return fetch(input, init);
    dropped = true;
    const connection = new AbortController();
    const res = await fetch(input, { ...init, signal: connection.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let seen = "";
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (seen.includes('"text-delta"')) {
          connection.abort();
          return controller.error(new TypeError("network error"));
        }
        const { done, value } = await reader.read();
        if (done) return controller.close();
        seen += decoder.decode(value, { stream: true });
        controller.enqueue(value);
      },
    });
    return new Response(body, { status: res.status, headers: res.headers });
  };
}

const textOf = (m: ChatUIMessage) => m.parts.map((p) => (p.type === "text" ? p.text : "")).join("");

const { redis, reason } = await redisForTests();
if (!redis) console.warn(`[tests] skipping resumable chat on the Upstash store: ${reason}`);

const backends = [
  { name: "in-memory stream store", upstash: false },
  { name: "Upstash stream store (REST stand-in over Redis)", upstash: true },
] as const;

describe.each(backends)("resumable interviewer answers, $name", ({ upstash: useUpstash }) => {
  let server: ApiServer;
  let closeDb: () => Promise<void>;
  let upstash: UpstashStandIn | undefined;
  const saved = { url: process.env.UPSTASH_REDIS_REST_URL, token: process.env.UPSTASH_REDIS_REST_TOKEN };
  const interviewIds: string[] = [];

  const skip = useUpstash && !redis;
  beforeAll(async () => {
    if (skip) return;
    if (useUpstash) {
      upstash = await startUpstashStandIn(redis!.port);
      process.env.UPSTASH_REDIS_REST_URL = upstash.url;
      process.env.UPSTASH_REDIS_REST_TOKEN = upstash.token;
    } else {
      delete process.env.UPSTASH_REDIS_REST_URL;
    }
    resetEnvCache();
    closeDb = await useFreshDb("pglite");
    server = await startApiServer();
  });
  afterAll(async () => {
    await server?.close();
    await closeDb?.();
    if (upstash) {
      // The machine's Redis may be shared: remove this suite's streams.
      const client = new Redis({ url: upstash.url, token: upstash.token, automaticDeserialization: false, enableTelemetry: false });
      for (const id of interviewIds) {
        const keys = await client.keys(`*${id}*`);
        if (keys.length) await client.del(...keys);
      }
      await upstash.close();
    }
    if (useUpstash) await redis?.stop();
    for (const [k, v] of [["UPSTASH_REDIS_REST_URL", saved.url], ["UPSTASH_REDIS_REST_TOKEN", saved.token]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnvCache();
  });

  async function newInterview() {
    const { token } = await guest();
    const id = await startInterview(token);
    interviewIds.push(id);
    const aiBefore = (await rows(id)).filter((m) => m.role === "ai").length;
    return { token, id, aiBefore, chatUrl: `${server.url}/interviews/${id}/chat`, streamUrl: `${server.url}/interviews/${id}/chat/stream` };
  }

  it.skipIf(skip)("resumes an answer cut off mid-stream from its start: the whole answer arrives once and is stored once", async () => {
    const { token, id, aiBefore, chatUrl, streamUrl } = await newInterview();
    const clientId = `msg-${crypto.randomUUID()}`;
    const dropped = await sendAndDrop(chatUrl, token, uiChatBody(QUESTION, clientId));
    expect(dropped.status).toBe(200);
    expect(dropped.finished, "the answer ended before the connection was cut").toBe(false);
    expect(dropped.partial).not.toBe("");
    expect(dropped.messageId).toBeDefined();

    const resumed = await get(streamUrl, token);
    expect(resumed.status).toBe(200);
    expect(resumed.contentType).toContain("text/event-stream");
    const events = sseEvents(resumed.text);
    expect(events.filter((e) => e.type === "start").map((e) => e.messageId)).toEqual([dropped.messageId]);
    expect(events.filter((e) => e.type === "finish")).toHaveLength(1);
    const text = textFromUiStream(resumed.text);
    expect(text.startsWith(dropped.partial)).toBe(true);
    expect(text.length).toBeGreaterThan(dropped.partial.length);

    const stored = await storedMessages(id, aiBefore + 1);
    expect(stored.filter((m) => m.role === "ai")).toHaveLength(aiBefore + 1);
    const [answer, ...more] = await answerRow(id, dropped.messageId!);
    expect(more).toHaveLength(0);
    expect(answer.content).toBe(text);
    expect(answer.content).toBe(await builtinAnswerTo(id));
    expect((await rows(id)).filter((m) => m.clientId === clientId)).toHaveLength(1);

    // Done: nothing left to resume.
    expect((await get(streamUrl, token)).status).toBe(204);
  });

  it.skipIf(skip)("finishes and stores the complete answer when the browser leaves and never comes back", async () => {
    const { token, id, aiBefore, chatUrl } = await newInterview();
    const dropped = await sendAndDrop(chatUrl, token, uiChatBody(QUESTION), 1);
    expect(dropped.finished).toBe(false);
    await storedMessages(id, aiBefore + 1);
    const [answer] = await answerRow(id, dropped.messageId!);
    expect(answer.content.length).toBeGreaterThan(dropped.partial.length);
    expect(answer.content.startsWith(dropped.partial)).toBe(true);
    expect(answer.content).toBe(await builtinAnswerTo(id));
  });

  it.skipIf(skip)("stores and answers a repeated message once, whether it comes while the answer runs or after", async () => {
    const { token, id, aiBefore, chatUrl, streamUrl } = await newInterview();
    const clientId = `msg-${crypto.randomUUID()}`;
    const body = uiChatBody(QUESTION, clientId);
    const dropped = await sendAndDrop(chatUrl, token, body);
    expect(dropped.finished).toBe(false);

    // The retry while the first answer is still streaming gets that answer, not a second one.
    const duringAnswer = await post(chatUrl, token, body);
    expect(duringAnswer.status).toBe(200);
    const during = sseEvents(duringAnswer.text);
    expect(during.filter((e) => e.type === "start").map((e) => e.messageId)).toEqual([dropped.messageId]);
    const fullAnswer = textFromUiStream(duringAnswer.text);
    expect(fullAnswer.startsWith(dropped.partial)).toBe(true);

    await storedMessages(id, aiBefore + 1);
    // And the retry after it was stored gets the stored answer.
    const afterAnswer = await post(chatUrl, token, { ...body, trigger: "regenerate-message" });
    expect(afterAnswer.status).toBe(200);
    expect(sseEvents(afterAnswer.text).filter((e) => e.type === "start").map((e) => e.messageId)).toEqual([dropped.messageId]);
    expect(textFromUiStream(afterAnswer.text)).toBe(fullAnswer);

    const all = await rows(id);
    expect(all.filter((m) => m.clientId === clientId)).toHaveLength(1);
    expect(all.filter((m) => m.role === "user")).toHaveLength(1);
    expect(all.filter((m) => m.role === "ai")).toHaveLength(aiBefore + 1);
    expect((await answerRow(id, dropped.messageId!))[0].content).toBe(fullAnswer);
    expect((await get(streamUrl, token)).status).toBe(204);
  });

  it.skipIf(skip)("answers a new message with a new stream, and resumes only the newest", async () => {
    const { token, id, aiBefore, chatUrl, streamUrl } = await newInterview();
    const first = await sendAndDrop(chatUrl, token, uiChatBody(QUESTION));
    await storedMessages(id, aiBefore + 1);
    const second = await sendAndDrop(chatUrl, token, uiChatBody("Can the numbers be negative?"), 1);
    expect(second.messageId).not.toBe(first.messageId);
    const resumed = await get(streamUrl, token);
    expect(sseEvents(resumed.text).filter((e) => e.type === "start").map((e) => e.messageId)).toEqual([second.messageId]);
    await storedMessages(id, aiBefore + 2);
    expect((await answerRow(id, second.messageId!))[0].content).toBe(textFromUiStream(resumed.text));
  });

  it.skipIf(skip)("a reloaded page (useChat resume) shows the running answer once, and nothing more once it is stored", async () => {
    const { token, id, aiBefore, chatUrl } = await newInterview();
    const dropped = await sendAndDrop(chatUrl, token, uiChatBody(QUESTION));
    expect(dropped.finished).toBe(false);

    // The reloaded page: the stored conversation, then useChat's resume request.
    const origin = new URL(server.url).origin;
    const detail = await api("GET", `/interviews/${id}`, { token });
    const reloaded = new Chat<ChatUIMessage>({
      id: `interview-${id}`,
      messages: toUIMessages(detail.body.messages),
      transport: interviewChatTransport(id, { baseUrl: origin, headers: { authorization: `Bearer ${token}` } }),
    });
    const shownBefore = reloaded.messages.length;
    await reloaded.resumeStream();
    expect(reloaded.status).toBe("ready");
    expect(reloaded.messages).toHaveLength(shownBefore + 1);
    const shown = reloaded.messages.filter((m) => m.id === dropped.messageId);
    expect(shown).toHaveLength(1);
    expect(shown[0].parts.map((p) => p.type)).toEqual(["step-start", "text"]);

    await storedMessages(id, aiBefore + 1);
    const [answer] = await answerRow(id, dropped.messageId!);
    expect(textOf(shown[0])).toBe(answer.content);

    // Reloaded again after the answer was stored: it comes from the conversation, and resume finds nothing.
    const later = new Chat<ChatUIMessage>({
      id: `interview-${id}`,
      messages: toUIMessages((await api("GET", `/interviews/${id}`, { token })).body.messages),
      transport: interviewChatTransport(id, { baseUrl: origin, headers: { authorization: `Bearer ${token}` } }),
    });
    const before = later.messages;
    await later.resumeStream();
    expect(later.messages).toEqual(before);
    expect(later.messages.filter((m) => m.id === dropped.messageId)).toHaveLength(1);
  });

  it.skipIf(skip)("a browser whose connection drops mid-answer resumes it in place: one answer, shown whole, stored once", async () => {
    const { token, id, aiBefore } = await newInterview();
    const chat = new Chat<ChatUIMessage>({
      id: `interview-${id}`,
      transport: interviewChatTransport(id, {
        baseUrl: new URL(server.url).origin,
        headers: { authorization: `Bearer ${token}` },
        fetch: fetchThatDropsFirstAnswer(),
      }),
    });
    await chat.sendMessage({ text: QUESTION });
    expect(chat.status).toBe("error");
    const partial = structuredClone(chat.messages.find((m) => m.role === "assistant"));
    expect(partial, "the answer had begun before the drop").toBeDefined();

    await chat.resumeStream();
    expect(chat.status).toBe("ready");
    expect(chat.messages.map((m) => m.role)).toEqual(["user", "assistant"]);
    const [, shown] = chat.messages;
    expect(shown.id).toBe(partial!.id);
    // The replay took the place of what had arrived: one step, one text, the whole answer.
    expect(shown.parts.map((p) => p.type)).toEqual(["step-start", "text"]);
    expect(textOf(shown).length).toBeGreaterThan(textOf(partial!).length);
    expect(textOf(shown).startsWith(textOf(partial!))).toBe(true);

    const stored = await storedMessages(id, aiBefore + 1);
    expect(stored.filter((m) => m.role === "user")).toHaveLength(1);
    expect(stored.filter((m) => m.role === "ai")).toHaveLength(aiBefore + 1);
    expect((await answerRow(id, shown.id))[0].content).toBe(textOf(shown));
  });

  it.skipIf(skip)("keeps the running answer to its owner: 401 without a session, 404 for someone else's interview", async () => {
    const { token, id, aiBefore, chatUrl, streamUrl } = await newInterview();
    await sendAndDrop(chatUrl, token, uiChatBody(QUESTION), 1);
    const other = await guest();

    const anonymous = await get(streamUrl);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text).error).toMatch(/sign in/i);
    const stranger = await get(streamUrl, other.token);
    expect(stranger.status).toBe(404);
    expect(JSON.parse(stranger.text).error).toBe("Interview not found");
    const badId = await get(`${server.url}/interviews/not-a-uuid/chat/stream`, token);
    expect(badId.status).toBe(404);

    const owner = await get(streamUrl, token);
    expect(owner.status).toBe(200);
    expect(textFromUiStream(owner.text)).not.toBe("");
    await storedMessages(id, aiBefore + 1);
  });
});

describe("resume endpoint in the API description", () => {
  it("lists GET /interviews/{id}/chat/stream", async () => {
    const res = await api("GET", "/openapi.json");
    expect(res.body.paths["/interviews/{id}/chat/stream"].get.responses).toHaveProperty("204");
  });
});
