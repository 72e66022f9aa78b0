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
  z.object({
    type: z.literal("interview_status"),
    status: z.string(),
    paused_at: z.string().nullable().optional(),
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

/** Messages a browser may send to the room. */
export const ClientEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("typing"), isTyping: z.boolean() }),
  z.object({ type: z.literal("ping"), t: z.number() }),
  z.object({ type: z.literal("code_update"), code: z.string().max(100_000), language: z.string().max(20) }),
]);
export type ClientEvent = z.infer<typeof ClientEventSchema>;

/** Events the app may post to the room over HTTP (with the server secret). */
export const AppToRoomEventSchema = ServerEventSchema;
