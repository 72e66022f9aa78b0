import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { ComparisonSchema } from "@/lib/recruiting/compare";
import * as S from "./schemas";

type Method = RouteConfig["method"];

const jsonBody = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const ok = (schema: z.ZodType, description = "OK") => ({ description, ...jsonBody(schema) });
const errors = {
  400: ok(S.ErrorResponseSchema, "Invalid input; the message says what to fix"),
  401: ok(S.ErrorResponseSchema, "Not signed in"),
  404: ok(S.ErrorResponseSchema, "Not found (or not yours)"),
};
const idParam = z.object({ id: z.string().uuid() });

/** The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers use. */
export function buildOpenApiDocument() {
  const r = new OpenAPIRegistry();
  r.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", bearerFormat: "JWT" });
  r.registerComponent("securitySchemes", "cookie", { type: "apiKey", in: "cookie", name: "better-auth.session_token" });
  const add = (method: Method, path: string, summary: string, cfg: Partial<RouteConfig>, response: z.ZodType, status = 200) =>
    r.registerPath({
      method,
      path,
      summary,
      security: path.startsWith("/auth/") || path.startsWith("/problems") || path.startsWith("/system-design") || path === "/health" ? [] : [{ bearer: [] }, { cookie: [] }],
      ...cfg,
      responses: { [status]: ok(response), ...errors, ...(cfg.responses ?? {}) },
    });

  add("post", "/auth/guest", "Continue as a guest", {}, S.TokenResponseSchema, 201);
  add("post", "/auth/register", "Create an account", { request: { body: jsonBody(S.RegisterRequestSchema) } }, S.TokenResponseSchema, 201);
  add("post", "/auth/login", "Sign in with email and password", { request: { body: jsonBody(S.LoginRequestSchema) } }, S.TokenResponseSchema);
  add("post", "/auth/logout", "Sign out", {}, z.object({ success: z.boolean() }));
  add("get", "/auth/me", "The signed-in user", {}, S.MeResponseSchema);
  add("get", "/problems", "List problems", { request: { query: S.ProblemListQuerySchema } }, S.ProblemListResponseSchema);
  add("get", "/problems/random", "A random problem matching the filters (404 when none does)", { request: { query: S.ProblemListQuerySchema } }, S.ProblemSummarySchema);
  add("get", "/problems/{id}", "A problem without hidden tests", { request: { params: z.object({ id: z.string() }) } }, S.ProblemDetailSchema);
  add("get", "/system-design", "System-design problems with their briefs", { request: { query: S.SystemDesignListQuerySchema } }, z.object({ problems: z.array(S.SystemDesignDetailSchema) }));
  add("get", "/system-design/{id}", "A system-design brief (by id or slug)", { request: { params: z.object({ id: z.string() }) } }, S.SystemDesignDetailSchema);
  add("get", "/problems/{id}/test-cases", "Visible test cases", { request: { params: z.object({ id: z.string() }) } }, z.object({ test_cases: z.array(S.VisibleTestCaseSchema) }));
  add("post", "/interviews", "Start an interview (coding, or system design when problem_id is a system-design problem)", { request: { body: jsonBody(S.InterviewCreateRequestSchema) } }, S.InterviewCreateResponseSchema, 201);
  add("get", "/interviews", "Your interviews", {}, z.object({ interviews: z.array(S.InterviewDTOSchema) }));
  add("get", "/interviews/{id}", "An interview with its messages (coding or system design, see kind)", { request: { params: idParam } }, S.AnyInterviewDetailSchema);
  add("put", "/interviews/{id}", "Pause, resume, end, save notes or code", { request: { params: idParam, body: jsonBody(S.InterviewUpdateRequestSchema) } }, S.AnyInterviewDetailSchema);
  add("delete", "/interviews/{id}", "Delete an interview", { request: { params: idParam } }, z.object({ success: z.boolean() }));
  add("post", "/interviews/{id}/code/execute", "Run code against the visible tests", { request: { params: idParam, body: jsonBody(S.CodeExecutionRequestSchema) } }, S.CodeExecutionQueuedSchema, 202);
  add("get", "/interviews/{id}/code/execute/{execution_id}", "A run's result", { request: { params: idParam.extend({ execution_id: z.string().uuid() }) } }, S.CodeExecutionResultDTOSchema);
  add("post", "/interviews/{id}/code/submit", "Submit: visible and hidden tests", { request: { params: idParam, body: jsonBody(S.CodeSubmitRequestSchema) } }, S.CodeSubmitResponseSchema);
  add("get", "/interviews/{id}/metrics", "Live metrics", { request: { params: idParam } }, S.MetricsResponseSchema);
  add("get", "/interviews/{id}/timeline", "The replay: chat turns, code snapshots, runs, hints, stage changes and whiteboard saves, oldest first", { request: { params: idParam } }, S.TimelineSchema);
  add("get", "/interviews/{id}/share", "Whether the report is shared, and its link (owner only)", { request: { params: idParam } }, S.ShareResponseSchema);
  add(
    "put",
    "/interviews/{id}/share",
    "Share the finished report by a link that needs no sign-in, or withdraw it (owner only)",
    { request: { params: idParam, body: jsonBody(S.ShareRequestSchema) }, responses: { 409: ok(S.ErrorResponseSchema, "The interview has no report yet") } },
    S.ShareResponseSchema,
  );
  add("get", "/shared/{token}", "A shared report with its replay (no sign-in; 404 once sharing is off)", { security: [], request: { params: z.object({ token: z.string() }) } }, z.looseObject({ report: S.ReportSchema, timeline: S.TimelineSchema }));
  add("get", "/history", "Your interviews, score trend, weak areas across interviews and what to practise next", {}, S.HistoryResponseSchema);
  const whiteboardErrors = { 409: ok(S.ErrorResponseSchema, "Not a system-design interview, or (saving) the interview has ended") };
  add("get", "/interviews/{id}/whiteboard", "The newest whiteboard scene (an empty scene before the first save)", { request: { params: idParam }, responses: whiteboardErrors }, S.WhiteboardResponseSchema);
  add(
    "put",
    "/interviews/{id}/whiteboard",
    "Save the whiteboard (an Excalidraw scene, at most 2 MB and 5,000 elements); every save is kept",
    {
      request: { params: idParam, body: jsonBody(S.WhiteboardSaveRequestSchema) },
      responses: { ...whiteboardErrors, 413: ok(S.ErrorResponseSchema, "The scene is larger than 2 MB or has more than 5,000 elements") },
    },
    S.WhiteboardSavedSchema,
  );
  add("get", "/interviews/{id}/room", "Room URL and a short-lived join token: the candidate's, or a read-only observer's for the link's team (audited)", { request: { params: idParam } }, S.RoomInfoSchema);
  add(
    "post",
    "/interviews/{id}/chat",
    "Talk to the interviewer (AI SDK useChat body; answers with a UI message stream)",
    {
      request: {
        params: idParam,
        body: jsonBody(z.object({ id: z.string().optional(), messages: z.array(z.object({ id: z.string(), role: z.string(), parts: z.array(z.object({ type: z.string(), text: z.string().optional() })) })) })),
      },
      responses: { 200: { description: "Server-sent UI message stream", content: { "text/event-stream": { schema: z.string() } } } },
    },
    z.string(),
  );
  add(
    "get",
    "/interviews/{id}/chat/stream",
    "Resume the interviewer's answer that is still streaming (useChat `resume`), replayed from its start",
    {
      request: { params: idParam },
      responses: {
        200: { description: "Server-sent UI message stream of the running answer, from its start to its end", content: { "text/event-stream": { schema: z.string() } } },
        204: { description: "No answer is streaming: nothing to resume" },
      },
    },
    z.string(),
  );
  // Recruiting: teams, interview links (the candidate's invite and start need no sign-in), audit log.
  const gone = { 410: ok(S.ErrorResponseSchema, "The link has expired, been used up or been revoked; nothing was created") };
  const refused = { 403: ok(S.ErrorResponseSchema, "A guest, not in a team, or not an owner") };
  const teamId = z.object({ id: z.string().uuid() });
  add("post", "/teams", "Create a team; you become its owner (one team per user)", { request: { body: jsonBody(S.TeamCreateRequestSchema) }, responses: refused }, z.object({ team: S.TeamSchema, role: S.TeamRoleSchema }), 201);
  add("get", "/teams/me", "Your team, role and members (nulls when you are in none)", { responses: refused }, S.MyTeamResponseSchema);
  add("get", "/teams/{id}/members", "The team's members", { request: { params: teamId } }, S.TeamMembersResponseSchema);
  add("patch", "/teams/{id}/members/{user_id}", "Change a member's role (owners; a team keeps one owner)", { request: { params: teamId.extend({ user_id: z.string() }), body: jsonBody(S.TeamMemberUpdateRequestSchema) }, responses: refused }, S.TeamMembersResponseSchema);
  add("delete", "/teams/{id}/members/{user_id}", "Remove a member (owners) or leave the team (your own id)", { request: { params: teamId.extend({ user_id: z.string() }) }, responses: refused }, S.TeamMembersResponseSchema);
  add("post", "/teams/{id}/invites", "Invite an email address (owners); the token is shown once", { request: { params: teamId, body: jsonBody(S.TeamInviteRequestSchema) }, responses: refused }, S.TeamInviteResponseSchema, 201);
  add("post", "/teams/invites/{token}/accept", "Join the team with an invitation for your account's email", { request: { params: z.object({ token: z.string() }) }, responses: { ...refused, 410: ok(S.ErrorResponseSchema, "Used or expired") } }, S.TeamInviteAcceptResponseSchema);
  add("post", "/links", "Create an interview link (team members)", { request: { body: jsonBody(S.LinkCreateRequestSchema) }, responses: refused }, S.LinkCreateResponseSchema, 201);
  add("get", "/links", "The team's links with opened, started and finished counts", { responses: refused }, S.LinkListResponseSchema);
  add("delete", "/links/{id}", "Revoke a link", { request: { params: idParam } }, z.object({ id: z.string(), status: z.string(), revoked_at: z.string().nullable() }));
  add("get", "/links/{id}/interviews", "Interviews started from a link", { request: { params: idParam } }, S.LinkInterviewsResponseSchema);
  add("get", "/links/{id}/compare", "The candidates of one link side by side (score, recommendation, rubric, tests, hints, time)", { request: { params: idParam }, responses: refused }, ComparisonSchema);
  add(
    "get",
    "/interviews/{id}/report.pdf",
    "The report as a PDF (the candidate, or the link's team, audited)",
    { request: { params: idParam }, responses: { 200: { description: "PDF document", content: { "application/pdf": { schema: z.string() } } } } },
    z.string(),
  );
  add("get", "/links/{token}/invite", "What the candidate sees before starting (no sign-in)", { security: [], request: { params: z.object({ token: z.string() }) }, responses: gone }, S.LinkInviteSchema);
  add("post", "/links/{token}/start", "Start the interview as a new guest (no sign-in); the clock starts now", { security: [], request: { params: z.object({ token: z.string() }), body: jsonBody(S.LinkStartRequestSchema) }, responses: gone }, S.LinkStartResponseSchema, 201);
  add("get", "/audit", "The team's audit log, newest first (owners)", { request: { query: S.AuditQuerySchema }, responses: refused }, S.AuditListResponseSchema);
  add("get", "/health", "Liveness and database check", {}, z.object({ status: z.string(), database: z.string().optional(), problems: z.number().optional() }));

  return new OpenApiGeneratorV31(r.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Interview Coach API", version: "1.0.0", description: "Mock technical interviews with an AI interviewer." },
    servers: [{ url: "/api/v1" }],
  });
}
