import { randomUUID } from "node:crypto";
import { streamText } from "ai";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, messages } from "@/db/schema";
import { handle, HttpError, readJson, requireUuid, type RouteCtx } from "@/lib/api/http";
import { requireUser } from "@/lib/auth/session";
import { ChatRequestSchema, latestUserText, MAX_CHAT_MESSAGE_CHARS } from "@/lib/chat/request";
import { getInterviewerModel, isHintRequest, nextHint } from "@/lib/interviewer";
import { buildInterviewerPrompt } from "@/lib/interviewer/context";
import { buildInterviewContext } from "@/lib/interviews/context";
import { getOwnedInterview } from "@/lib/interviews/service";
import { postToRoom } from "@/lib/room/client";

export const maxDuration = 60;

export const POST = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const user = await requireUser(req);
  const interview = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  if (interview.status === "completed" || interview.status === "abandoned") {
    throw new HttpError(409, "This interview has ended; the interviewer is no longer taking messages");
  }
  const body = await readJson(req, ChatRequestSchema);
  const latest = latestUserText(body);
  if (!latest || latest.text === "") throw new HttpError(400, "messages: the last user message has no text");
  if (latest.text.length > MAX_CHAT_MESSAGE_CHARS) {
    throw new HttpError(400, `Message is longer than ${MAX_CHAT_MESSAGE_CHARS} characters; shorten it`);
  }

  const db = await getDb();
  // A retried request carries the same client id: store the candidate's message once.
  const [existing] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.interviewId, interview.id), eq(messages.clientId, latest.clientId)))
    .limit(1);
  if (!existing) {
    const [stored] = await db
      .insert(messages)
      .values({ interviewId: interview.id, role: "user", content: latest.text, clientId: latest.clientId })
      .returning();
    void postToRoom(interview.id, {
      type: "ai_message_complete",
      message_id: stored.id,
      full_content: stored.content,
      role: "user",
    });
  }

  const context = await buildInterviewContext(interview.id);
  if (!context) throw new HttpError(404, "Interview not found");
  // A hint request is counted here, on the server, because hints cost points.
  if (!existing && isHintRequest(latest.text)) {
    const hint = nextHint(context.problem, context.hintsUsed);
    if (hint) {
      await db.update(interviews).set({ hintsUsed: context.hintsUsed + 1 }).where(eq(interviews.id, interview.id));
      void postToRoom(interview.id, { type: "interview_hint", hint: hint.text, difficulty_level: hint.level });
    }
  }
  const prompt = buildInterviewerPrompt(context);
  const replyId = randomUUID();

  const result = streamText({
    model: getInterviewerModel(),
    system: prompt.system,
    messages: prompt.messages,
    onFinish: async ({ text }) => {
      if (!text.trim()) return;
      await db.insert(messages).values({ id: replyId, interviewId: interview.id, role: "ai", content: text });
      await postToRoom(interview.id, { type: "ai_message_complete", message_id: replyId, full_content: text, role: "ai" });
    },
    onError: ({ error }) => console.error("[chat] interviewer stream failed:", error),
  });
  // Finish (and store) the answer even if the browser goes away mid-stream.
  void result.consumeStream();
  return result.toUIMessageStreamResponse({
    generateMessageId: () => replyId,
    onError: () => "The interviewer could not answer just now. Please send your message again.",
  });
});
