import crypto from "node:crypto";
import { createUIMessageStream, createUIMessageStreamResponse, UI_MESSAGE_STREAM_HEADERS } from "ai";
import { and, eq } from "drizzle-orm";
import { after } from "next/server";
import { getDb } from "@/db/client";
import { messages } from "@/db/schema";
import { getResumableStreamStore } from "./resumable";

/**
 * The interviewer's answers as resumable streams. Each answer is streamed once, under an id
 * derived from the candidate's message, and written to the resumable store as it is sent: a
 * browser that lost the connection (or reloaded) reads it again from the start, and a retry of
 * the same candidate message gets that answer rather than a second one.
 */

/**
 * A stable uuid for the candidate's message or for the answer to it, from the client's id of the
 * candidate's message (AI SDK UI message id): every retry of one message maps to the same rows.
 */
export function chatMessageId(interviewId: string, clientId: string, kind: "candidate" | "answer"): string {
  const hash = crypto.createHash("sha256").update(`${interviewId}\n${kind}\n${clientId}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // name-based uuid (version 5 layout)
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const streamIdOf = (interviewId: string, answerId: string) => `chat:${interviewId}:${answerId}`;
const groupOf = (interviewId: string) => `chat:${interviewId}`;

/** Resumability is a convenience: a store that is down must not cost the candidate an answer. */
function storeFailed(what: string, err: unknown) {
  console.error(`[chat] resumable stream store: ${what} failed:`, err);
}

/**
 * Claims the answer's stream and makes it the interview's newest. False when the answer is
 * already being streamed by another request.
 */
export async function claimAnswerStream(interviewId: string, answerId: string): Promise<boolean> {
  const store = getResumableStreamStore();
  const streamId = streamIdOf(interviewId, answerId);
  try {
    if (!(await store.start(streamId))) return false;
    await store.setLatest(groupOf(interviewId), streamId);
  } catch (err) {
    storeFailed("start", err);
  }
  return true;
}

/**
 * Copies the answer's SSE stream into the store as it is produced and marks it done at the end,
 * however it ends. Reading this copy to its end is also what keeps the answer generating (and
 * stored) after the browser has gone: the response's own copy is cancelled when it disconnects.
 */
export function recordAnswerStream(interviewId: string, answerId: string, sse: ReadableStream<string>): Promise<void> {
  const recording = copyToStore(streamIdOf(interviewId, answerId), sse);
  try {
    // On serverless hosts, keep the function alive until the answer is complete.
    after(recording);
  } catch {
    /* outside a Next.js request (tests, scripts) the promise simply runs on */
  }
  return recording;
}

async function copyToStore(streamId: string, sse: ReadableStream<string>): Promise<void> {
  const store = getResumableStreamStore();
  const pending: string[] = [];
  let storeDown = false;
  let writing: Promise<void> | null = null;
  // One write at a time; chunks that arrive meanwhile go out together with the next one.
  const flush = async () => {
    while (pending.length > 0 && !storeDown) {
      const batch = pending.splice(0);
      try {
        await store.append(streamId, batch);
      } catch (err) {
        storeDown = true;
        storeFailed("append", err);
      }
    }
  };
  const reader = sse.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (storeDown) continue;
      pending.push(value);
      writing ??= flush().finally(() => {
        writing = null;
      });
    }
  } catch (err) {
    console.error("[chat] interviewer stream broke off:", err);
  } finally {
    await writing;
    await flush();
    await store.finish(streamId).catch((err) => storeFailed("finish", err));
  }
}

/** An SSE response of a stored stream, replayed from the start and followed live until done. */
function replayResponse(streamId: string): Response {
  const chunks = getResumableStreamStore().read(streamId, 0);
  return new Response(chunks.pipeThrough(new TextEncoderStream()), { headers: UI_MESSAGE_STREAM_HEADERS });
}

/** The interview's answer that is still being streamed, from its start; null when none is. */
export async function runningAnswerResponse(interviewId: string): Promise<Response | null> {
  const store = getResumableStreamStore();
  try {
    const streamId = await store.latest(groupOf(interviewId));
    if (!streamId || (await store.state(streamId)) !== "active") return null;
    return replayResponse(streamId);
  } catch (err) {
    storeFailed("lookup", err);
    return null;
  }
}

/**
 * The answer to a candidate message that was sent before: the stored answer, or the one still
 * being streamed. Null when there is none, so the message is to be answered now (a failed
 * earlier attempt is forgotten).
 */
export async function earlierAnswerResponse(interviewId: string, answerId: string): Promise<Response | null> {
  const db = await getDb();
  const [stored] = await db
    .select({ content: messages.content })
    .from(messages)
    .where(and(eq(messages.id, answerId), eq(messages.interviewId, interviewId)))
    .limit(1);
  if (stored) return storedAnswerResponse(answerId, stored.content);
  const store = getResumableStreamStore();
  const streamId = streamIdOf(interviewId, answerId);
  try {
    const state = await store.state(streamId);
    if (state === "active") return replayResponse(streamId);
    // Done but never stored: that attempt failed, and this retry answers afresh.
    if (state === "done") await store.discard(streamId);
  } catch (err) {
    storeFailed("lookup", err);
  }
  return null;
}

/** A stored answer as a UI message stream, under its own id so the browser shows it once. */
function storedAnswerResponse(answerId: string, text: string): Response {
  return createUIMessageStreamResponse({
    stream: createUIMessageStream({
      execute: ({ writer }) => {
        writer.write({ type: "start", messageId: answerId });
        writer.write({ type: "text-start", id: "text-0" });
        writer.write({ type: "text-delta", id: "text-0", delta: text });
        writer.write({ type: "text-end", id: "text-0" });
        writer.write({ type: "finish", finishReason: "stop" });
      },
    }),
  });
}
