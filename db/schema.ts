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
    /** The recruiter's interview link it was started from; null for the candidate's own practice. */
    linkId: uuid("link_id").references(() => interviewLinks.id, { onDelete: "set null" }),
    /** The link's rules, copied at start: no hints when false; only these languages when set. */
    hintsAllowed: boolean("hints_allowed").notNull().default(true),
    allowedLanguages: jsonb("allowed_languages").$type<Language[]>(),
    createdAt: now(),
    updatedAt: now().$onUpdate(() => new Date()),
  },
  (t) => [index("interviews_user_idx").on(t.userId, t.createdAt), index("interviews_link_idx").on(t.linkId, t.createdAt)],
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

// ---- Recruiting: teams, interview links, audit log ----

export const TEAM_ROLES = ["owner", "member"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const teams = pgTable("teams", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: now(),
});

/** A user belongs to at most one team: the user id is the key. */
export const teamMembers = pgTable(
  "team_members",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    role: text().$type<TeamRole>().notNull(),
    createdAt: now(),
  },
  (t) => [index("team_members_team_idx").on(t.teamId)],
);

/** An owner's invitation to an email address; only the SHA-256 of its token is kept. */
export const teamInvites = pgTable(
  "team_invites",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: text().$type<TeamRole>().notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: now(),
  },
  (t) => [index("team_invites_team_idx").on(t.teamId, t.createdAt)],
);

/**
 * A recruiter's interview link: a fixed problem, or one drawn at start by difficulty and/or
 * category, with the rules the candidate's interview gets. `uses` counts starts and is what
 * `max_uses` is checked against (atomically); `opened_count` counts invite views.
 */
export const interviewLinks = pgTable(
  "interview_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    token: text().notNull().unique(),
    problemId: integer("problem_id"),
    difficulty: text().$type<Difficulty>(),
    category: text(),
    languages: jsonb().$type<Language[]>().notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    hintsAllowed: boolean("hints_allowed").notNull().default(true),
    note: text().notNull().default(""),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    maxUses: integer("max_uses"),
    uses: integer().notNull().default(0),
    openedCount: integer("opened_count").notNull().default(0),
    firstOpenedAt: timestamp("first_opened_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: text("revoked_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: now(),
  },
  (t) => [index("interview_links_team_idx").on(t.teamId, t.createdAt)],
);

/** Who did what to which target, when: every recruiter action, readable by the team's owners. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid().primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** The actor's name and email when it happened, kept if the account goes. */
    actorName: text("actor_name").notNull(),
    actorEmail: text("actor_email"),
    action: text().notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_team_idx").on(t.teamId, t.createdAt)],
);

export type User = typeof users.$inferSelect;
export type Interview = typeof interviews.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type CodeSubmission = typeof codeSubmissions.$inferSelect;
export type WhiteboardSnapshot = typeof whiteboardSnapshots.$inferSelect;
export type InterviewEvent = typeof interviewEvents.$inferSelect;
export type Team = typeof teams.$inferSelect;
export type TeamMember = typeof teamMembers.$inferSelect;
export type TeamInvite = typeof teamInvites.$inferSelect;
export type InterviewLink = typeof interviewLinks.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
