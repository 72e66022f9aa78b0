import { streamText } from "ai";
import { asc, eq } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db/client";
import { messages } from "@/db/schema";
import { BuiltinInterviewerModel } from "@/lib/interviewer/builtin-model";
import { buildInterviewerPrompt } from "@/lib/interviewer/context";
import { buildInterviewContext } from "@/lib/interviews/context";
import { api, textFromUiStream } from "../helpers/api";

/** The interviewer suites' view of the chat route: start an interview, talk, read what was stored. */

export function uiChatBody(text: string, id = `msg-${Math.random().toString(36).slice(2)}`) {
  return { id: "chat", trigger: "submit-message", messages: [{ id, role: "user", parts: [{ type: "text", text }] }] };
}

export async function startInterview(token: string, problemId = 1): Promise<string> {
  const res = await api("POST", "/interviews", { token, body: { problem_id: problemId, difficulty: "easy", language: "python" } });
  expect(res.status, res.text).toBe(201);
  return res.body.interview_id as string;
}

/** Sends a candidate message and reads the streamed answer to its end. */
export async function sendChat(interviewId: string, token: string, text: string): Promise<{ streamed: string; ms: number }> {
  const started = Date.now();
  const res = await api("POST", `/interviews/${interviewId}/chat`, { token, body: uiChatBody(text) });
  expect(res.status, res.text).toBe(200);
  return { streamed: textFromUiStream(res.text), ms: Date.now() - started };
}

export type StoredMessage = { role: string; content: string };

/** The stored conversation, once it holds `aiCount` interviewer messages (answers are stored as they finish). */
export async function storedMessages(interviewId: string, aiCount: number): Promise<StoredMessage[]> {
  const db = await getDb();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const rows = await db
      .select({ role: messages.role, content: messages.content })
      .from(messages)
      .where(eq(messages.interviewId, interviewId))
      .orderBy(asc(messages.createdAt), asc(messages.timestamp));
    if (rows.filter((m) => m.role === "ai").length >= aiCount || Date.now() > deadline) return rows;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * What the built-in interviewer answers to the interview's latest candidate message: the context
 * rebuilt from the database without the answer being checked, through the same prompt path.
 */
export async function builtinAnswerTo(interviewId: string): Promise<string> {
  const ctx = await buildInterviewContext(interviewId);
  if (!ctx) throw new Error(`interview ${interviewId} not found`);
  const withoutAnswer = { ...ctx, conversation: ctx.conversation.slice(0, -1) };
  const prompt = buildInterviewerPrompt(withoutAnswer);
  const model = new BuiltinInterviewerModel({ chunkDelayMs: 0 });
  return streamText({ model, system: prompt.system, messages: prompt.messages }).text;
}

export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
