import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { codeSubmissions, interviews, messages, type Interview } from "@/db/schema";
import { elapsedSeconds, executionDTO, messageDTO } from "@/lib/api/dto";
import { describeZodError, HttpError, notFound } from "@/lib/api/http";
import { CodeExecutionRequestSchema } from "@/lib/api/schemas";
import { startExecution } from "@/lib/execution/service";
import { idleCheckInText, timeWarningText } from "@/lib/interviewer/replies";
import { applyStageEvent } from "@/lib/interviews/stage";
import { buildInterviewContext } from "@/lib/interviews/context";
import { giveNextHint } from "@/lib/interviews/hints";
import { updateInterview } from "@/lib/interviews/service";
import { postToRoom } from "./client";
import {
  OBSERVER_APP_TYPES,
  observerRefusal,
  TIME_WARNING_SECONDS,
  type RoomBridgeRequest,
  type RoomBridgeResponse,
  type ServerEvent,
} from "./events";
import { interviewStatusEvent } from "./live";

/**
 * The app's side of the room bridge: what the room forwards from browsers (pause, resume, hint,
 * run, sync) and asks on its own account (join, idle, time_warning), done through the same
 * services as the HTTP API. What everyone should see goes to the room through postToRoom; the
 * answer carries only what the sender alone should get. Refusals are HttpErrors (4xx + message).
 */

/** Marks the stored time warning, so it is given once however often the room asks. */
const TIME_WARNING_CLIENT_ID = "interviewer:time-warning";
/** The room's clock and ours may differ a little; a warning asked for this early still counts. */
const TIME_WARNING_TOLERANCE_SECONDS = 10;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const answer = (events: ServerEvent[] = [], done = true): RoomBridgeResponse => ({ events, done });

export async function handleRoomEvent(req: RoomBridgeRequest): Promise<RoomBridgeResponse> {
  const row = await loadInterview(req.interview_id);
  const { event, user } = req;

  if (event.type === "idle" || event.type === "time_warning") {
    return event.type === "idle" ? checkIn(row) : warnTime(row);
  }
  if (!user) throw new HttpError(400, `user: required for a ${event.type} event`);
  if (user.role === "candidate" && row.userId !== user.user_id) {
    throw new HttpError(403, "this room token belongs to another user: only the interview's own candidate can join it or act in it");
  }
  if (user.role === "observer" && event.type !== "join" && !OBSERVER_APP_TYPES.includes(event.type)) {
    throw new HttpError(403, observerRefusal(event.type));
  }

  switch (event.type) {
    case "join":
      return answer([interviewStatusEvent(row)]);
    case "sync":
      return answer([await syncEvent(row, event.last_message_id ?? null)]);
    case "pause_interview":
      await updateInterview(row, { status: "paused" });
      return answer();
    case "resume_interview":
      await updateInterview(row, { status: "resumed" });
      return answer();
    case "request_hint":
      return giveHint(row);
    case "code_execution": {
      const parsed = CodeExecutionRequestSchema.safeParse({ code: event.code, language: event.language, stdin: event.stdin });
      if (!parsed.success) throw new HttpError(400, `invalid code_execution message: ${describeZodError(parsed.error)}`);
      // The run's progress and result reach everyone through the room (execution_started, code_result).
      await startExecution(row, { ...parsed.data, kind: "run" });
      return answer();
    }
  }
}

async function loadInterview(id: string): Promise<Interview> {
  if (!UUID_RE.test(id)) throw notFound("Interview not found");
  const db = await getDb();
  const [row] = await db.select().from(interviews).where(eq(interviews.id, id.toLowerCase())).limit(1);
  if (!row) throw notFound("Interview not found");
  return row;
}

function assertRunning(row: Interview, what: string) {
  if (row.status === "completed" || row.status === "abandoned") {
    throw new HttpError(409, `This interview has ended; ${what} is no longer possible`);
  }
  if (row.status === "paused") throw new HttpError(409, `The interview is paused; resume it first (${what})`);
}

/** Every stored message after `lastMessageId` (all of them when it is null or not one of this interview's). */
async function syncEvent(row: Interview, lastMessageId: string | null): Promise<ServerEvent> {
  const db = await getDb();
  // Ordered as GET /interviews/{id} lists them, with the id to settle ties.
  const all = await db
    .select()
    .from(messages)
    .where(eq(messages.interviewId, row.id))
    .orderBy(asc(messages.createdAt), asc(messages.timestamp), asc(messages.id));
  const at = lastMessageId === null ? -1 : all.findIndex((m) => m.id === lastMessageId);
  const [run] = await db
    .select()
    .from(codeSubmissions)
    .where(and(eq(codeSubmissions.interviewId, row.id), eq(codeSubmissions.kind, "run")))
    .orderBy(desc(codeSubmissions.submittedAt))
    .limit(1);
  return {
    type: "sync",
    messages: all.slice(at + 1).map(messageDTO),
    status: row.status,
    stage: row.stage,
    latest_run: run ? executionDTO(run) : null,
  };
}

/** The chat route's hint ladder, asked for with the hint button: counted, announced and kept in the chat. */
async function giveHint(row: Interview): Promise<RoomBridgeResponse> {
  assertRunning(row, "asking for a hint");
  const ctx = await buildInterviewContext(row.id);
  if (!ctx) throw notFound("Interview not found");
  const hint = await giveNextHint(row.id, ctx.problem, ctx.hintsUsed, { record: true });
  if (!hint) {
    const total = ctx.problem.hints.length;
    throw new HttpError(
      409,
      total === 0 ? "This problem has no prepared hints" : `You have used all ${total} hint${total === 1 ? "" : "s"} for this problem`,
    );
  }
  return answer();
}

/** An interviewer message the interviewer starts itself: stored, then shown to everyone. */
async function postInterviewerMessage(interviewId: string, content: string, clientId: string | null = null) {
  const db = await getDb();
  const [message] = await db.insert(messages).values({ interviewId, role: "ai", content, clientId }).returning();
  await postToRoom(interviewId, { type: "ai_message_complete", message_id: message.id, full_content: message.content, role: "ai" });
}

/** The candidate has gone quiet: the interviewer checks in (the room asks once per quiet stretch). */
async function checkIn(row: Interview): Promise<RoomBridgeResponse> {
  if (row.status !== "in_progress") return answer([interviewStatusEvent(row)]);
  const ctx = await buildInterviewContext(row.id);
  if (!ctx) return answer();
  await postInterviewerMessage(row.id, idleCheckInText(ctx));
  return answer();
}

/**
 * Five minutes left: the interviewer says so, once. Too early (a resume moved the deadline) or
 * paused, the room gets the current status and asks again later.
 */
async function warnTime(row: Interview): Promise<RoomBridgeResponse> {
  const status = interviewStatusEvent(row);
  if (row.status === "completed" || row.status === "abandoned") return answer([status]);
  if (row.status !== "in_progress") return answer([status], false);
  const remaining = row.durationMinutes * 60 - elapsedSeconds(row);
  if (remaining > TIME_WARNING_SECONDS + TIME_WARNING_TOLERANCE_SECONDS) return answer([status], false);
  // Out of time already: a warning would only be noise.
  if (remaining <= 0) return answer([status]);
  const db = await getDb();
  const [given] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.interviewId, row.id), eq(messages.clientId, TIME_WARNING_CLIENT_ID)))
    .limit(1);
  if (given) return answer([status]);
  const ctx = await buildInterviewContext(row.id);
  if (!ctx) return answer([status]);
  await postInterviewerMessage(row.id, timeWarningText(ctx, Math.max(1, Math.round(remaining / 60))), TIME_WARNING_CLIENT_ID);
  await applyStageEvent(row, { type: "time_running_out" });
  return answer([status]);
}
