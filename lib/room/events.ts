import { z } from "zod";

/** Room name for an interview; the PartyKit URL path is /parties/main/<roomName>. */
export const roomName = (interviewId: string) => `interview-${interviewId}`;

export const TestResultSchema = z.object({
  id: z.string(),
  testNumber: z.number().int(),
  passed: z.boolean(),
  hidden: z.boolean(),
  verdict: z.string(),
  /** Visible tests only: hidden tests never expose their data. */
  input: z.string().optional(),
  expectedOutput: z.string().optional(),
  actualOutput: z.string().optional(),
  stdout: z.string().optional(),
  error: z.string().optional(),
  message: z.string().optional(),
  executionTimeMs: z.number(),
});
export type TestResult = z.infer<typeof TestResultSchema>;

/** A stored chat message, as GET /interviews/{id} lists it. */
export const RoomMessageSchema = z.object({
  id: z.string(),
  role: z.enum(["user", "ai", "system"]),
  content: z.string(),
  content_type: z.string(),
  timestamp: z.string(),
  code_snippet: z.string().nullable().optional(),
});

/** A run, as GET /interviews/{id} shows it in `latest_run`. */
export const RoomRunSchema = z.object({
  execution_id: z.string(),
  kind: z.enum(["run", "submit"]),
  status: z.string(),
  output: z.string(),
  error: z.string().nullable(),
  execution_time_ms: z.number(),
  memory_mb: z.number(),
  exit_code: z.number().nullable(),
  tests_passed: z.number().int(),
  tests_total: z.number().int(),
  score: z.number(),
  results: z.array(TestResultSchema),
  submitted_at: z.string(),
});

/** The GET /interviews/{id}/metrics payload, pushed live as `metrics_update`. */
export const RoomMetricsSchema = z.object({
  time_spent: z.number().int(),
  code_attempts: z.number().int(),
  test_passes: z.number().int(),
  ai_interaction_count: z.number().int(),
  current_score: z.number(),
  weak_areas: z.array(z.string()),
});

/** Messages the server side (app or room) sends to clients. Names and payloads follow the brief. */
export const ServerEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("connected"),
    interview_id: z.string(),
    user_id: z.string(),
    timestamp: z.string(),
  }),
  z.object({ type: z.literal("ai_token"), token: z.string(), timestamp: z.string() }),
  z.object({
    type: z.literal("ai_message_complete"),
    message_id: z.string(),
    full_content: z.string(),
    role: z.enum(["user", "ai"]).default("ai"),
  }),
  z.object({
    type: z.literal("code_result"),
    execution_id: z.string(),
    kind: z.enum(["run", "submit"]),
    status: z.string(),
    output: z.string(),
    error: z.string().nullable().optional(),
    tests_passed: z.number().int(),
    tests_total: z.number().int(),
    execution_time_ms: z.number(),
    score: z.number().optional(),
    results: z.array(TestResultSchema),
  }),
  z.object({
    type: z.literal("execution_started"),
    execution_id: z.string(),
    kind: z.enum(["run", "submit"]),
  }),
  z.object({
    type: z.literal("ai_feedback"),
    feedback_id: z.string(),
    complexity_analysis: z.object({ time: z.string(), space: z.string() }),
    suggestions: z.array(z.string()),
    strengths: z.array(z.string()),
    improvements: z.array(z.string()),
  }),
  z.object({
    type: z.literal("interview_hint"),
    hint: z.string(),
    difficulty_level: z.enum(["soft", "medium", "hard"]),
  }),
  z.object({ type: z.literal("user_typing"), isTyping: z.boolean(), user_id: z.string() }),
  z.object({
    type: z.literal("connection_quality"),
    latency_ms: z.number(),
    status: z.enum(["good", "fair", "poor"]),
  }),
  z.object({ type: z.literal("stage_changed"), stage: z.string() }),
  /** A whiteboard save: the snapshot to load, and how many components and connections it reads as. */
  z.object({
    type: z.literal("whiteboard_saved"),
    snapshot_id: z.string(),
    components: z.number().int().min(0),
    connections: z.number().int().min(0),
  }),
  z.object({
    type: z.literal("interview_status"),
    status: z.string(),
    paused_at: z.string().nullable().optional(),
    /** When the time budget runs out; null while paused or after the end (the clock is not running). */
    deadline: z.string().nullable().optional(),
    elapsed_seconds: z.number().int().min(0).optional(),
    remaining_seconds: z.number().int().optional(),
    duration_minutes: z.number().int().positive().optional(),
  }),
  RoomMetricsSchema.extend({ type: z.literal("metrics_update") }),
  /** The answer to a client's `sync`: every stored message after the one it named, and where the interview stands. */
  z.object({
    type: z.literal("sync"),
    messages: z.array(RoomMessageSchema),
    status: z.string(),
    stage: z.string(),
    latest_run: RoomRunSchema.nullable(),
  }),
  z.object({
    type: z.literal("presence"),
    users: z.array(z.object({ user_id: z.string(), name: z.string(), role: z.string() })),
  }),
  z.object({ type: z.literal("code_sync"), code: z.string(), language: z.string(), user_id: z.string() }),
  z.object({ type: z.literal("pong"), t: z.number() }),
  z.object({ type: z.literal("error"), message: z.string() }),
]);
export type ServerEvent = z.infer<typeof ServerEventSchema>;

// ---- browser → room ---------------------------------------------------------------------

/** Browser messages the room cannot answer alone: it forwards them to the app (see RoomBridgeRequestSchema). */
const PauseInterviewSchema = z.object({ type: z.literal("pause_interview"), reason: z.string().max(500).optional() });
const ResumeInterviewSchema = z.object({ type: z.literal("resume_interview") });
const RequestHintSchema = z.object({ type: z.literal("request_hint") });
/** The language is checked by the app against the runnable ones, like POST /code/execute. */
const CodeExecutionSchema = z.object({
  type: z.literal("code_execution"),
  code: z.string().min(1, "code is empty").max(100_000),
  language: z.string().min(1).max(20),
  stdin: z.string().max(10_000).optional(),
});
/** A reconnecting client names the last message it has (null or unknown: it gets them all). */
const SyncRequestSchema = z.object({ type: z.literal("sync"), last_message_id: z.string().max(100).nullable().optional() });

const APP_BOUND_SCHEMAS = [PauseInterviewSchema, ResumeInterviewSchema, RequestHintSchema, CodeExecutionSchema, SyncRequestSchema] as const;
export const AppBoundClientEventSchema = z.discriminatedUnion("type", [...APP_BOUND_SCHEMAS]);
export type AppBoundClientEvent = z.infer<typeof AppBoundClientEventSchema>;
/** What an observer may ask of the app; everything else changes the interview. */
export const OBSERVER_APP_TYPES: readonly AppBoundClientEvent["type"][] = ["sync"];

const OBSERVER_REFUSALS: Partial<Record<AppBoundClientEvent["type"], string>> = {
  pause_interview: "read-only: observers cannot pause the interview",
  resume_interview: "read-only: observers cannot resume the interview",
  request_hint: "read-only: observers cannot ask for hints",
  code_execution: "read-only: observers cannot run code",
};

/** Why an observer's message was refused (the room says it first; the app, checking again, says the same). */
export function observerRefusal(type: string): string {
  return OBSERVER_REFUSALS[type as AppBoundClientEvent["type"]] ?? `read-only: observers cannot send ${type}`;
}

/** Messages a browser may send to the room. */
export const ClientEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("typing"), isTyping: z.boolean() }),
  /** rtt_ms: the round trip of the previous ping as the client measured it; the room answers with `connection_quality`. */
  z.object({ type: z.literal("ping"), t: z.number(), rtt_ms: z.number().min(0).max(600_000).optional() }),
  z.object({ type: z.literal("code_update"), code: z.string().max(100_000), language: z.string().max(20) }),
  ...APP_BOUND_SCHEMAS,
]);
export type ClientEvent = z.infer<typeof ClientEventSchema>;

/** Round trips under `good` ms read as good, under `fair` as fair, anything slower as poor. */
export const CONNECTION_QUALITY_MS = { good: 150, fair: 400 } as const;

export function connectionQuality(latencyMs: number): "good" | "fair" | "poor" {
  if (latencyMs < CONNECTION_QUALITY_MS.good) return "good";
  if (latencyMs < CONNECTION_QUALITY_MS.fair) return "fair";
  return "poor";
}

/** Events the app may post to the room over HTTP (with the server secret). */
export const AppToRoomEventSchema = ServerEventSchema;

// ---- room → app ------------------------------------------------------------------------

/** The app's internal route the room posts to, with the room secret header (lib/room/token.ts). */
export const ROOM_EVENTS_PATH = "/api/v1/internal/room-events";
/** The interviewer warns once when this much interview time is left. */
export const TIME_WARNING_SECONDS = 5 * 60;
/** Default quiet time before the interviewer checks in (room var IDLE_CHECKIN_SECONDS). */
export const DEFAULT_IDLE_CHECKIN_SECONDS = 3 * 60;

/**
 * What the room asks of the app on its own account: `join` (may this user join, and what is
 * the interview's status and deadline), `idle` (the candidate has gone quiet), `time_warning`
 * (the deadline is TIME_WARNING_SECONDS away).
 */
const RoomOwnEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("join") }),
  z.object({ type: z.literal("idle"), idle_seconds: z.number().int().min(0) }),
  z.object({ type: z.literal("time_warning") }),
]);

export const RoomBridgeRequestSchema = z.object({
  interview_id: z.string().min(1).max(100),
  /** Who sent it, from their verified room token; null for the room's own idle and time_warning. */
  user: z.object({ user_id: z.string().min(1).max(200), role: z.enum(["candidate", "observer"]) }).nullable(),
  event: z.discriminatedUnion("type", [...APP_BOUND_SCHEMAS, ...RoomOwnEventSchema.options]),
});
export type RoomBridgeRequest = z.infer<typeof RoomBridgeRequestSchema>;

/**
 * The app's answer (HTTP 200): events for the sender only (`sync`, the joining user's
 * `interview_status`); what everyone should see the app has already posted to the room.
 * `done` is false when the room should ask again later (a time_warning that came too early).
 * A refusal is a 4xx with `{error}`, which the room passes to the sender as an `error`.
 */
export const RoomBridgeResponseSchema = z.object({
  events: z.array(ServerEventSchema),
  done: z.boolean().default(true),
});
export type RoomBridgeResponse = z.infer<typeof RoomBridgeResponseSchema>;
