import { streamText } from "ai";
import { getDb } from "@/db/client";
import { messages } from "@/db/schema";
import { handle, HttpError, readJson, requireUuid, type RouteCtx } from "@/lib/api/http";
import { requireUser } from "@/lib/auth/session";
import { chatMessageId, claimAnswerStream, earlierAnswerResponse, recordAnswerStream } from "@/lib/chat/answers";
import { ChatRequestSchema, latestUserText, MAX_CHAT_MESSAGE_CHARS } from "@/lib/chat/request";
import { getInterviewerModel, isHintRequest } from "@/lib/interviewer";
import { detectIntent } from "@/lib/interviewer/analysis";
import { buildInterviewerPrompt } from "@/lib/interviewer/context";
import { buildInterviewContext } from "@/lib/interviews/context";
import { giveNextHint } from "@/lib/interviews/hints";
import { getOwnedInterview } from "@/lib/interviews/service";
import { applyStageEvent } from "@/lib/interviews/stage";
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
  const answerId = chatMessageId(interview.id, latest.clientId, "answer");
  // A retried request carries the same client id: the candidate's message is stored once...
  const [stored] = await db
    .insert(messages)
    .values({
      id: chatMessageId(interview.id, latest.clientId, "candidate"),
      interviewId: interview.id,
      role: "user",
      content: latest.text,
      clientId: latest.clientId,
    })
    .onConflictDoNothing()
    .returning();
  if (stored) {
    void postToRoom(interview.id, { type: "ai_message_complete", message_id: stored.id, full_content: stored.content, role: "user" });
  } else {
    // ...and answered once: the retry gets the answer that is stored or still streaming.
    const earlier = await earlierAnswerResponse(interview.id, answerId);
    if (earlier) return earlier;
  }

  // What the candidate says can move the interview on (an approach explained: time to code).
  if (stored) await applyStageEvent(interview, { type: "candidate_message", intent: detectIntent(latest.text) });
  const context = await buildInterviewContext(interview.id);
  if (!context) throw new HttpError(404, "Interview not found");
  // A hint request is counted here, on the server, because hints cost points.
  if (stored && isHintRequest(latest.text)) await giveNextHint(interview.id, context.problem, context.hintsUsed);
  const prompt = buildInterviewerPrompt(context);
  if (!(await claimAnswerStream(interview.id, answerId))) {
    // Another request began answering this message a moment ago.
    const earlier = await earlierAnswerResponse(interview.id, answerId);
    if (earlier) return earlier;
    throw new HttpError(409, "This message is already being answered; reload the interview to see the answer");
  }

  const result = streamText({
    model: getInterviewerModel(),
    system: prompt.system,
    messages: prompt.messages,
    // Awaited before the stream closes, so a finished stream means a stored answer.
    onFinish: async ({ text }) => {
      if (!text.trim()) return;
      await db.insert(messages).values({ id: answerId, interviewId: interview.id, role: "ai", content: text }).onConflictDoNothing();
      void postToRoom(interview.id, { type: "ai_message_complete", message_id: answerId, full_content: text, role: "ai" });
    },
    onError: ({ error }) => console.error("[chat] interviewer stream failed:", error),
  });
  return result.toUIMessageStreamResponse({
    // With no original messages the answer takes generateMessageId's id, the one it is stored under.
    originalMessages: [],
    generateMessageId: () => answerId,
    onError: () => "The interviewer could not answer just now. Please send your message again.",
    // A copy goes to the resumable store and is read to the end even if the browser leaves.
    consumeSseStream: ({ stream }) => recordAnswerStream(interview.id, answerId, stream),
  });
});
