import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

const now = () => timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow();

// ---- Accounts (tables managed through better-auth) ----

export const users = pgTable("users", {
  id: text().primaryKey(),
  name: text().notNull(),
  email: text().notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text(),
  isAnonymous: boolean("is_anonymous").notNull().default(false),
  createdAt: now().$defaultFn(() => new Date()),
  updatedAt: now().$defaultFn(() => new Date()),
});

export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text().notNull().unique(),
    createdAt: now(),
    updatedAt: now(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const accounts = pgTable("accounts", {
  id: text().primaryKey(),
  accountId: text("account_id").notNull(),
  providerId: text("provider_id").notNull(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  accessToken: text("access_token"),
  refreshToken: text("refresh_token"),
  idToken: text("id_token"),
  accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
  refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
  scope: text(),
  password: text(),
  createdAt: now(),
  updatedAt: now(),
});

export const verifications = pgTable("verifications", {
  id: text().primaryKey(),
  identifier: text().notNull(),
  value: text().notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: now(),
  updatedAt: now(),
});

export const jwks = pgTable("jwks", {
  id: text().primaryKey(),
  publicKey: text("public_key").notNull(),
  privateKey: text("private_key").notNull(),
  alg: text(),
  crv: text(),
  createdAt: now(),
  expiresAt: timestamp("expires_at", { withTimezone: true }),
});

// ---- Interviews ----

export const INTERVIEW_STATUSES = ["in_progress", "paused", "completed", "abandoned"] as const;
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const LANGUAGES = ["python", "javascript", "java", "cpp", "go"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Language = (typeof LANGUAGES)[number];

export const interviews = pgTable(
  "interviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    problemId: integer("problem_id").notNull(),
    status: text().$type<InterviewStatus>().notNull().default("in_progress"),
    difficulty: text().$type<Difficulty>().notNull(),
    /** The coding language; null for a system-design interview, which has a whiteboard instead of code. */
    language: text().$type<Language>(),
    stage: text().notNull().default("discuss"),
    durationMinutes: integer("duration_minutes").notNull().default(45),
    startedAt: now(),
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    /** Milliseconds spent paused before the current pause, so the timer can exclude them. */
    pausedMs: integer("paused_ms").notNull().default(0),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** Latest editor contents per language, autosaved. */
    codeByLanguage: jsonb("code_by_language").$type<Record<string, string>>().notNull().default({}),
    notes: text().notNull().default(""),
    hintsUsed: integer("hints_used").notNull().default(0),
    currentScore: doublePrecision("current_score"),
    finalCode: text("final_code"),
    finalScore: doublePrecision("final_score"),
    report: jsonb().$type<Record<string, unknown>>(),
    /** Set while the owner shares the report: anyone with /shared/<token> can read it without signing in. */
    shareToken: text("share_token").unique(),
    createdAt: now(),
    updatedAt: now().$onUpdate(() => new Date()),
  },
  (t) => [index("interviews_user_idx").on(t.userId, t.createdAt)],
);

export const MESSAGE_ROLES = ["user", "ai", "system"] as const;
export const CONTENT_TYPES = ["text", "code", "hint", "feedback"] as const;

export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    role: text().$type<(typeof MESSAGE_ROLES)[number]>().notNull(),
    content: text().notNull(),
    contentType: text("content_type").$type<(typeof CONTENT_TYPES)[number]>().notNull().default("text"),
    codeLanguage: text("code_language"),
    codeSnippet: text("code_snippet"),
    isStreaming: boolean("is_streaming").notNull().default(false),
    tokenCount: integer("token_count"),
    /** Client-side id of the message (AI SDK UI message id), for idempotent saves. */
    clientId: text("client_id"),
    timestamp: now(),
    createdAt: now(),
  },
  (t) => [index("messages_interview_idx").on(t.interviewId, t.createdAt)],
);

export const EXECUTION_STATUSES = [
  "queued",
  "running",
  "success",
  "error",
  "timeout",
  "memory_exceeded",
  "compile_error",
] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

export const codeSubmissions = pgTable(
  "code_submissions",
  {
    id: uuid().primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    /** run: visible tests or custom input; submit: visible and hidden tests. */
    kind: text().$type<"run" | "submit">().notNull().default("run"),
    code: text().notNull(),
    language: text().$type<Language>().notNull(),
    stdin: text(),
    executionStatus: text("execution_status").$type<ExecutionStatus>().notNull().default("queued"),
    stdout: text(),
    stderr: text(),
    exitCode: integer("exit_code"),
    executionTimeMs: integer("execution_time_ms"),
    memoryMb: doublePrecision("memory_mb"),
    testsPassed: integer("tests_passed").notNull().default(0),
    testsTotal: integer("tests_total").notNull().default(0),
    score: doublePrecision().notNull().default(0),
    testResults: jsonb("test_results").$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
    complexityTime: text("complexity_time"),
    complexitySpace: text("complexity_space"),
    /** A passing submission's measured growth: timings on generated inputs and the fitted classes. */
    complexity: jsonb().$type<Record<string, unknown>>(),
    aiFeedback: text("ai_feedback"),
    submittedAt: now(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [index("code_submissions_interview_idx").on(t.interviewId, t.submittedAt)],
);

/**
 * Every whiteboard save of a system-design interview, kept so a replay can show the diagram
 * growing. `graph` is what the server read from the scene (components and connections), stored
 * with it so analysis and replay never have to re-derive it from an older scene format.
 */
export const whiteboardSnapshots = pgTable(
  "whiteboard_snapshots",
  {
    id: uuid().primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    /** The Excalidraw scene as saved: elements, appState, files. */
    scene: jsonb().$type<Record<string, unknown>>().notNull(),
    graph: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("whiteboard_snapshots_interview_idx").on(t.interviewId, t.createdAt)],
);

export const INTERVIEW_EVENT_TYPES = ["code_snapshot", "hint", "stage_change", "pause", "resume", "language_change", "end"] as const;
export type InterviewEventType = (typeof INTERVIEW_EVENT_TYPES)[number];

/**
 * What happened during an interview that no other table keeps: code snapshots (autosaves that
 * changed the code), hints, stage changes, pauses. With messages, runs and whiteboard saves it
 * makes the replay's timeline and the rubric's evidence.
 */
export const interviewEvents = pgTable(
  "interview_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    type: text().$type<InterviewEventType>().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("interview_events_interview_idx").on(t.interviewId, t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type Interview = typeof interviews.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type CodeSubmission = typeof codeSubmissions.$inferSelect;
export type WhiteboardSnapshot = typeof whiteboardSnapshots.$inferSelect;
export type InterviewEvent = typeof interviewEvents.$inferSelect;
