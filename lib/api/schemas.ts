import { z } from "zod";
import { DIFFICULTIES, LANGUAGES } from "@/db/schema";
import { RoomMessageSchema, RoomMetricsSchema, RoomRunSchema, TestResultSchema } from "@/lib/room/events";
import { SceneSchema } from "@/lib/whiteboard/scene";

/**
 * Request and response contracts of /api/v1 (the brief's shapes). Route handlers validate
 * with these, the OpenAPI document is generated from them, and the web client imports the types.
 */

export const LanguageSchema = z.enum(LANGUAGES);
export const DifficultySchema = z.enum(DIFFICULTIES);

// ---- auth ----
export const RegisterRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address"),
  password: z.string().min(8, "Password must be at least 8 characters").max(128),
  name: z.string().trim().min(1, "Name is required").max(80),
});
export const LoginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address"),
  password: z.string().min(1, "Password is required").max(128),
});
export const TokenResponseSchema = z.object({ access_token: z.string(), token_type: z.literal("bearer") });
export const MeResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  is_guest: z.boolean(),
});

// ---- problems ----
export const ProblemListQuerySchema = z.object({
  difficulty: DifficultySchema.optional(),
  category: z.string().max(60).optional(),
  language: LanguageSchema.optional(),
});
export const ProblemSummarySchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  difficulty: DifficultySchema,
  category: z.string(),
  tags: z.array(z.string()),
  estimated_minutes: z.number().int(),
});
export const ProblemListResponseSchema = z.object({
  problems: z.array(ProblemSummarySchema),
  categories: z.array(z.string()),
});
/** A system-design problem as the candidate sees it: the brief and its numbers, not the answer key. */
export const SystemDesignSummarySchema = ProblemSummarySchema;
export const SystemDesignDetailSchema = SystemDesignSummarySchema.extend({
  brief: z.string(),
  requirements: z.object({ functional: z.array(z.string()), non_functional: z.array(z.string()) }),
  scale: z.array(z.object({ metric: z.string(), value: z.string() })),
  hints_available: z.number().int(),
});
export type SystemDesignDetail = z.infer<typeof SystemDesignDetailSchema>;
export const SystemDesignListQuerySchema = z.object({ difficulty: DifficultySchema.optional() });

export const VisibleTestCaseSchema = z.object({
  id: z.string(),
  input: z.array(z.unknown()),
  expected: z.unknown(),
});
export const ProblemDetailSchema = ProblemSummarySchema.extend({
  statement: z.string(),
  constraints: z.array(z.string()),
  examples: z.array(z.object({ input: z.string(), output: z.string(), explanation: z.string().optional() })),
  /** A function signature (kind absent or "function") or a design problem's class (kind "design"). */
  signature: z.union([
    z.object({
      kind: z.literal("function").optional(),
      method: z.string(),
      params: z.array(z.object({ name: z.string(), type: z.string() })),
      returns: z.string(),
    }),
    z.object({
      kind: z.literal("design"),
      className: z.string(),
      constructor: z.object({ params: z.array(z.object({ name: z.string(), type: z.string() })) }),
      methods: z.array(
        z.object({ name: z.string(), params: z.array(z.object({ name: z.string(), type: z.string() })), returns: z.string() }),
      ),
    }),
  ]),
  starter_code: z.record(z.string(), z.string()),
  test_cases: z.array(VisibleTestCaseSchema),
  hints_available: z.number().int(),
});

// ---- interviews ----
/** coding: an editor and tests; system_design: a whiteboard (problem ids share one space). */
export const InterviewKindSchema = z.enum(["coding", "system_design"]);
export type InterviewKindDTO = z.infer<typeof InterviewKindSchema>;

export const InterviewCreateRequestSchema = z.object({
  problem_id: z.number().int().positive(),
  difficulty: DifficultySchema,
  language: LanguageSchema.optional().describe("Required for a coding problem; a system-design interview has no language."),
});
export const InterviewUpdateRequestSchema = z
  .object({
    status: z.enum(["paused", "resumed", "completed"]).optional(),
    notes: z.string().max(20_000).optional(),
    code: z.object({ language: LanguageSchema, code: z.string().max(100_000) }).optional(),
    language: LanguageSchema.optional(),
    /** Move the interview on to a later stage (discuss, code, test, submit, wrap_up; or requirements, high_level_design, deep_dive, wrap_up). */
    stage: z.string().max(40).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one of status, notes, code, language, stage" });

/** The shapes the room also carries (sync, metrics_update) are defined once, with the room's events. */
export const MessageDTOSchema = RoomMessageSchema;
export const CodeExecutionResultDTOSchema = RoomRunSchema;

export const InterviewDTOSchema = z.object({
  id: z.string(),
  kind: InterviewKindSchema,
  status: z.string(),
  problem_id: z.number().int(),
  problem_title: z.string(),
  /** Null for a system-design interview. */
  language: LanguageSchema.nullable(),
  difficulty: DifficultySchema,
  stage: z.string(),
  started_at: z.string(),
  paused_at: z.string().nullable(),
  ended_at: z.string().nullable(),
  duration_minutes: z.number().int(),
  elapsed_seconds: z.number().int(),
  current_score: z.number().nullable(),
  final_score: z.number().nullable(),
  messages_count: z.number().int(),
});

// ---- scoring, measured complexity, replay (contracts of the report, history and shared pages) ----
export const COMPLEXITY_CLASSES = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"] as const;
export const ComplexityClassSchema = z.enum(COMPLEXITY_CLASSES);
export const ComplexityFitSchema = z.object({
  best_fit: ComplexityClassSchema,
  /** 0..1: how clearly the best class beats the others on these points. */
  confidence: z.number().min(0).max(1),
  /** Every class tried with its fit error (lower is better), best first. */
  fits: z.array(z.object({ class: ComplexityClassSchema, error: z.number() })),
});
export const ComplexityMeasurementSchema = z.object({
  language: LanguageSchema,
  /** The problem's optimal, from the bank: "O(n)". */
  optimal_time: z.string(),
  optimal_space: z.string(),
  time: ComplexityFitSchema.extend({ points: z.array(z.object({ n: z.number().int(), ms: z.number() })) }),
  /** Null where memory growth could not be measured in this language. */
  memory: ComplexityFitSchema.extend({ points: z.array(z.object({ n: z.number().int(), mb: z.number() })) }).nullable(),
  /** One sentence for people: "Grows as O(n^2); this problem can be solved in O(n)." */
  summary: z.string(),
  measured_at: z.string(),
});

export const RUBRIC_DIMENSIONS = [
  "problem_solving",
  "correctness",
  "efficiency",
  "code_quality",
  "testing",
  "communication",
  "independence",
  "time_management",
] as const;
export const RubricEvidenceSchema = z.object({
  text: z.string(),
  /** Earned (true) or lost (false) points. */
  positive: z.boolean(),
  /** The timeline event it comes from (GET /interviews/{id}/timeline), when there is one. */
  event_id: z.string().nullable(),
  at: z.string().nullable(),
});
export const RubricDimensionSchema = z.object({
  id: z.enum(RUBRIC_DIMENSIONS),
  label: z.string(),
  /** 0..100 for this dimension alone. */
  score: z.number().min(0).max(100),
  /** Share of the overall score (weights sum to 1). */
  weight: z.number().min(0).max(1),
  evidence: z.array(RubricEvidenceSchema),
});
export const WeakAreaSchema = z.object({
  area: z.string(),
  source: z.enum(["failed_tests", "rubric", "category"]),
  detail: z.string(),
});
export const RecommendationSchema = z.object({
  verdict: z.enum(["hire", "lean_hire", "lean_no_hire", "no_hire"]),
  reasons: z.array(z.string()),
});

export const TIMELINE_EVENT_TYPES = [
  "message",
  "code_snapshot",
  "run",
  "submit",
  "hint",
  "stage_change",
  "whiteboard_save",
  "pause",
  "resume",
  "language_change",
  "end",
] as const;
export const TimelineEventSchema = z.object({
  id: z.string(),
  type: z.enum(TIMELINE_EVENT_TYPES),
  at: z.string(),
  /** Seconds since the interview started, for the scrubber. */
  offset_seconds: z.number().int(),
  summary: z.string(),
  /** Type-specific detail: message {role, content}; code_snapshot {language, code}; run/submit {status, tests_passed, tests_total}; … */
  data: z.record(z.string(), z.unknown()),
});
export const TimelineSchema = z.object({ events: z.array(TimelineEventSchema) });

export const ShareRequestSchema = z.object({ enabled: z.boolean() });
export const ShareResponseSchema = z.object({ shared: z.boolean(), url: z.string().nullable() });

export const HistoryResponseSchema = z.object({
  interviews: z.array(
    z.object({
      id: z.string(),
      kind: InterviewKindSchema,
      problem_id: z.number().int(),
      problem_title: z.string(),
      difficulty: DifficultySchema,
      status: z.string(),
      final_score: z.number().nullable(),
      started_at: z.string(),
      ended_at: z.string().nullable(),
    }),
  ),
  /** Completed interviews' final scores, oldest first. */
  trend: z.array(z.object({ interview_id: z.string(), at: z.string(), score: z.number() })),
  /** Weak areas across interviews, most frequent first. */
  weak_areas: z.array(z.object({ area: z.string(), count: z.number().int() })),
  practice_next: z.array(
    z.object({ problem_id: z.number().int(), title: z.string(), difficulty: DifficultySchema, reason: z.string() }),
  ),
});

export const ReportSchema = z.object({
  score: z.number(),
  tests_passed: z.number().int(),
  tests_total: z.number().int(),
  code_attempts: z.number().int(),
  hints_used: z.number().int(),
  time_spent_seconds: z.number().int(),
  summary: z.string(),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  /** Next steps; reports stored before suggestions existed read as none. */
  suggestions: z.array(z.string()).default([]),
  /** Reports stored before the rubric existed read with these empty. */
  rubric: z.array(RubricDimensionSchema).default([]),
  weak_areas: z.array(WeakAreaSchema).default([]),
  recommendation: RecommendationSchema.nullable().default(null),
  complexity: ComplexityMeasurementSchema.nullable().default(null),
  /** The interviewer's written feedback (the wrap-up). */
  feedback: z.string().default(""),
});

/** A coding interview in full. */
export const InterviewDetailSchema = InterviewDTOSchema.extend({
  kind: z.literal("coding"),
  language: LanguageSchema,
  problem: ProblemDetailSchema,
  messages: z.array(MessageDTOSchema),
  code_by_language: z.record(z.string(), z.string()),
  notes: z.string(),
  hints_used: z.number().int(),
  latest_run: CodeExecutionResultDTOSchema.nullable(),
  latest_submission: CodeExecutionResultDTOSchema.nullable(),
  report: ReportSchema.nullable(),
});

// ---- whiteboard ----
/** An Excalidraw scene: elements (each with at least id and type), appState, files. */
export const WhiteboardSaveRequestSchema = SceneSchema;

/** The diagram as the server reads it: labelled boxes and the arrows between them (element ids). */
export const DiagramGraphDTOSchema = z.object({
  components: z.array(z.object({ id: z.string(), label: z.string(), shape: z.enum(["rectangle", "ellipse", "diamond", "text"]) })),
  connections: z.array(
    z.object({ id: z.string(), from: z.string(), to: z.string(), label: z.string().nullable(), directed: z.boolean() }),
  ),
  unlabelled_shapes: z.number().int(),
  dangling_connections: z.number().int(),
});
export const WhiteboardSavedSchema = z.object({
  snapshot_id: z.string(),
  saved_at: z.string(),
  /** The interview's stage after the save (a diagram can move it on). */
  stage: z.string(),
  graph: DiagramGraphDTOSchema,
});
export const WhiteboardResponseSchema = z.object({
  /** Null, with an empty scene, until the first save. */
  snapshot_id: z.string().nullable(),
  saved_at: z.string().nullable(),
  snapshot_count: z.number().int(),
  scene: z.object({
    elements: z.array(z.record(z.string(), z.unknown())),
    appState: z.record(z.string(), z.unknown()),
    files: z.record(z.string(), z.unknown()),
  }),
  graph: DiagramGraphDTOSchema,
});
export type DiagramGraphDTO = z.infer<typeof DiagramGraphDTOSchema>;
export type WhiteboardSaved = z.infer<typeof WhiteboardSavedSchema>;
export type WhiteboardResponse = z.infer<typeof WhiteboardResponseSchema>;

/** A system-design interview in full: the brief instead of a coding problem, the latest diagram instead of code. */
export const SystemDesignInterviewDetailSchema = InterviewDTOSchema.extend({
  kind: z.literal("system_design"),
  language: z.null(),
  problem: SystemDesignDetailSchema,
  messages: z.array(MessageDTOSchema),
  notes: z.string(),
  hints_used: z.number().int(),
  whiteboard: z
    .object({ snapshot_id: z.string(), saved_at: z.string(), snapshot_count: z.number().int(), graph: DiagramGraphDTOSchema })
    .nullable(),
  report: ReportSchema.nullable(),
});
/** GET/PUT /interviews/{id}: either kind, told apart by `kind`. */
export const AnyInterviewDetailSchema = z.discriminatedUnion("kind", [InterviewDetailSchema, SystemDesignInterviewDetailSchema]);

export const InterviewCreateResponseSchema = z.object({
  interview_id: z.string(),
  kind: InterviewKindSchema,
  /** A coding problem, or a system-design brief (see kind). */
  problem: z.union([ProblemDetailSchema, SystemDesignDetailSchema]),
  started_at: z.string(),
  status: z.literal("in_progress"),
  stage: z.string(),
  /** Empty for a system-design interview. */
  starter_code: z.string(),
});

export const CodeExecutionRequestSchema = z.object({
  code: z.string().min(1, "Code is empty").max(100_000, "Code is longer than 100,000 characters"),
  language: LanguageSchema,
  /**
   * A custom input. Empty: the run uses the visible tests. Otherwise the code runs on this input
   * alone (result id "custom"), with the reference solution's output as the expected one.
   */
  stdin: z
    .string()
    .max(10_000)
    .default("")
    .describe(
      "Optional custom input, one argument per line as `name = value` or bare JSON values in signature order; " +
        "for a design problem two lines, the operations and their arguments. Checked against the problem's " +
        "signature (400 naming the line otherwise). The code then runs on this input alone (test id \"custom\"), " +
        "and the problem's reference solution supplies the expected output.",
    ),
});
export const CodeExecutionQueuedSchema = z.object({
  execution_id: z.string(),
  status: z.enum(["queued", "running"]),
  estimated_time: z.number().int(),
});
export const CodeSubmitRequestSchema = z.object({
  code: z.string().min(1, "Code is empty").max(100_000, "Code is longer than 100,000 characters"),
  language: LanguageSchema,
});
export const CodeSubmitResponseSchema = z.object({
  submission_id: z.string(),
  status: z.string(),
  test_results: z.array(TestResultSchema),
  passed: z.number().int(),
  total: z.number().int(),
  score: z.number(),
  complexity_analysis: z.object({ time: z.string(), space: z.string() }),
});
export const MetricsResponseSchema = RoomMetricsSchema;
export const RoomInfoSchema = z.object({
  url: z.string(),
  host: z.string(),
  party: z.string(),
  room: z.string(),
  token: z.string(),
});
export const ErrorResponseSchema = z.object({ error: z.string(), details: z.unknown().optional() });

export type ProblemSummary = z.infer<typeof ProblemSummarySchema>;
export type ProblemDetail = z.infer<typeof ProblemDetailSchema>;
export type InterviewDetail = z.infer<typeof InterviewDetailSchema>;
export type SystemDesignInterviewDetail = z.infer<typeof SystemDesignInterviewDetailSchema>;
export type AnyInterviewDetail = z.infer<typeof AnyInterviewDetailSchema>;
export type InterviewDTO = z.infer<typeof InterviewDTOSchema>;
export type MessageDTO = z.infer<typeof MessageDTOSchema>;
export type CodeExecutionResultDTO = z.infer<typeof CodeExecutionResultDTOSchema>;
export type CodeSubmitResponse = z.infer<typeof CodeSubmitResponseSchema>;
export type MetricsResponse = z.infer<typeof MetricsResponseSchema>;
export type RoomInfo = z.infer<typeof RoomInfoSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type ComplexityClass = z.infer<typeof ComplexityClassSchema>;
export type ComplexityFit = z.infer<typeof ComplexityFitSchema>;
export type ComplexityMeasurement = z.infer<typeof ComplexityMeasurementSchema>;
export type RubricDimension = z.infer<typeof RubricDimensionSchema>;
export type RubricEvidence = z.infer<typeof RubricEvidenceSchema>;
export type WeakArea = z.infer<typeof WeakAreaSchema>;
export type Recommendation = z.infer<typeof RecommendationSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type HistoryResponse = z.infer<typeof HistoryResponseSchema>;
export type ShareResponse = z.infer<typeof ShareResponseSchema>;
export type MeResponse = z.infer<typeof MeResponseSchema>;

// ---- recruiting: teams, interview links, audit log ----
export const TeamRoleSchema = z.enum(["owner", "member"]);
export const TeamCreateRequestSchema = z.object({ name: z.string().trim().min(1, "name is empty").max(100) });
export const TeamSchema = z.object({ id: z.string(), name: z.string(), created_at: z.string() });
export const TeamMemberSchema = z.object({
  user_id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: TeamRoleSchema,
  joined_at: z.string(),
});
/** The caller's team and role; both null when they are in none (a user is in at most one team). */
export const MyTeamResponseSchema = z.object({
  team: TeamSchema.nullable(),
  role: TeamRoleSchema.nullable(),
  members: z.array(TeamMemberSchema),
});
export const TeamMembersResponseSchema = z.object({ members: z.array(TeamMemberSchema) });
export const TeamMemberUpdateRequestSchema = z.object({ role: TeamRoleSchema });
export const TeamInviteRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("email: not an email address")),
  role: TeamRoleSchema.default("member"),
});
export const TeamInviteResponseSchema = z.object({
  id: z.string(),
  /** Shown once: only its hash is stored. The invitee accepts with POST /teams/invites/{token}/accept. */
  token: z.string(),
  email: z.string(),
  role: TeamRoleSchema,
  expires_at: z.string(),
});
export const TeamInviteAcceptResponseSchema = z.object({ team: TeamSchema, role: TeamRoleSchema });

export const LINK_MIN_MINUTES = 5;
export const LINK_MAX_MINUTES = 180;
export const LinkCreateRequestSchema = z
  .object({
    /** A fixed problem (coding or system design)... */
    problem_id: z.number().int().positive().optional(),
    /** ...or a coding problem drawn at random when the candidate starts, by difficulty and/or category. */
    difficulty: DifficultySchema.optional(),
    category: z.string().trim().min(1).max(100).optional(),
    languages: z
      .array(LanguageSchema)
      .min(1, "languages: allow at least one language")
      .refine((l) => new Set(l).size === l.length, "languages: each language at most once")
      .default([...LANGUAGES]),
    duration_minutes: z
      .number()
      .int()
      .min(LINK_MIN_MINUTES, `duration_minutes: at least ${LINK_MIN_MINUTES}`)
      .max(LINK_MAX_MINUTES, `duration_minutes: at most ${LINK_MAX_MINUTES}`)
      .default(45),
    hints_allowed: z.boolean().default(true),
    /** ISO date-time in the future, at most a year ahead; 14 days from now when omitted. */
    expires_at: z.iso.datetime({ offset: true, message: "expires_at: an ISO date-time such as 2030-01-31T18:00:00Z" }).optional(),
    /** How many candidates may start from the link; no limit (until it expires) when omitted. */
    max_uses: z.number().int().min(1, "max_uses: at least 1").max(10_000).nullable().optional(),
    note: z.string().max(2000, "note: at most 2,000 characters").default(""),
  })
  .refine((v) => v.problem_id !== undefined || v.difficulty !== undefined || v.category !== undefined, {
    message: "Choose a problem: problem_id, or difficulty and/or category for a random one",
  })
  .refine((v) => v.problem_id === undefined || (v.difficulty === undefined && v.category === undefined), {
    message: "Send problem_id or difficulty/category, not both",
  });
export const LinkCreateResponseSchema = z.object({ id: z.string(), token: z.string(), url: z.string() });
export const LinkCountsSchema = z.object({
  /** Invite views (GET /links/{token}/invite while the link was usable). */
  opened: z.number().int(),
  /** Interviews started from the link (what max_uses counts). */
  started: z.number().int(),
  /** Of those, interviews that ended with a report (status completed). */
  finished: z.number().int(),
});
export const LinkSchema = z.object({
  id: z.string(),
  token: z.string(),
  url: z.string(),
  status: z.enum(["active", "expired", "used_up", "revoked"]),
  problem: z.object({ id: z.number().int(), title: z.string(), kind: InterviewKindSchema }).nullable(),
  difficulty: DifficultySchema.nullable(),
  category: z.string().nullable(),
  languages: z.array(LanguageSchema),
  duration_minutes: z.number().int(),
  hints_allowed: z.boolean(),
  note: z.string(),
  expires_at: z.string(),
  max_uses: z.number().int().nullable(),
  revoked_at: z.string().nullable(),
  created_at: z.string(),
  created_by: z.object({ id: z.string(), name: z.string() }).nullable(),
  counts: LinkCountsSchema,
});
export const LinkListResponseSchema = z.object({ links: z.array(LinkSchema) });
/** What the candidate sees before starting: no problem data (and for a random link, not even which). */
export const LinkInviteSchema = z.object({
  inviter: z.object({ name: z.string() }).nullable(),
  team: z.object({ name: z.string() }),
  kind: InterviewKindSchema,
  rules: z.object({
    duration_minutes: z.number().int(),
    languages: z.array(LanguageSchema),
    hints_allowed: z.boolean(),
    difficulty: DifficultySchema.nullable(),
  }),
  note: z.string(),
  expires_at: z.string(),
});
export const LinkStartRequestSchema = z.object({
  /** One of the link's languages; the first of them when omitted. Ignored for a system-design problem. */
  language: LanguageSchema.optional(),
});
export const LinkStartResponseSchema = z.object({
  /** A JWT for a new guest user bound to this interview (Authorization: Bearer); the session cookie is set too. */
  access_token: z.string(),
  token_type: z.literal("bearer"),
  interview_id: z.string(),
});
export const LinkInterviewSchema = z.object({
  id: z.string(),
  kind: InterviewKindSchema,
  status: z.string(),
  problem_id: z.number().int(),
  problem_title: z.string(),
  language: LanguageSchema.nullable(),
  started_at: z.string(),
  ended_at: z.string().nullable(),
  duration_minutes: z.number().int(),
  hints_used: z.number().int(),
  current_score: z.number().nullable(),
  final_score: z.number().nullable(),
});
export const LinkInterviewsResponseSchema = z.object({ interviews: z.array(LinkInterviewSchema) });

export const AUDIT_ACTIONS = [
  "team.create",
  "team.invite",
  "team.invite_accept",
  "team.role_change",
  "team.member_remove",
  "link.create",
  "link.revoke",
  "interview.view",
  "interview.metrics_view",
  "interview.whiteboard_view",
  /** For the report, replay and live-observation routes to pass to getOwnedInterview when they arrive. */
  "interview.report_view",
  "interview.timeline_view",
  "interview.observe",
] as const;
export const AuditEntrySchema = z.object({
  id: z.string(),
  actor: z.object({ id: z.string().nullable(), name: z.string(), email: z.string().nullable() }),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string().nullable() }),
  details: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Entries older than this one: the id of the previous page's last entry. */
  before: z.uuid("before: the id of an audit entry").optional(),
});
export const AuditListResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });

export type TeamRoleDTO = z.infer<typeof TeamRoleSchema>;
export type LinkDTO = z.infer<typeof LinkSchema>;
export type LinkInviteDTO = z.infer<typeof LinkInviteSchema>;
export type LinkInterviewDTO = z.infer<typeof LinkInterviewSchema>;
export type AuditEntryDTO = z.infer<typeof AuditEntrySchema>;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
