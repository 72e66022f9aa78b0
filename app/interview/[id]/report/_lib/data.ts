import { z } from "zod";
import { ApiError } from "@/app/_lib/api";
import {
  AnyInterviewDetailSchema,
  DiagramGraphDTOSchema,
  DifficultySchema,
  InterviewKindSchema,
  ReportSchema,
  ShareResponseSchema,
  TimelineEventSchema,
  TimelineSchema,
  type AnyInterviewDetail,
  type DiagramGraphDTO,
  type Report,
  type TimelineEvent,
} from "@/lib/api/schemas";
import { TestResultSchema } from "@/lib/room/events";

/**
 * Data for the report, shared-report and history pages: fetched from /api/v1, parsed with the
 * API's zod contracts, and normalised into one `ReportData` the report view draws.
 */

const BASE = "/api/v1";

/** GET/PUT a JSON endpoint and parse the body with `schema`; errors become ApiError like app/_lib/api.ts. */
export async function fetchJson<S extends z.ZodType>(
  path: string,
  schema: S,
  init: RequestInit & { json?: unknown } = {},
): Promise<z.output<S>> {
  const { json, ...rest } = init;
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}`, {
      credentials: "same-origin",
      ...rest,
      headers: { accept: "application/json", ...(json !== undefined ? { "content-type": "application/json" } : {}) },
      body: json !== undefined ? JSON.stringify(json) : undefined,
    });
  } catch {
    throw new ApiError(0, "Can't reach the server. Check your connection and try again.");
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const message =
      body && typeof body === "object" && "error" in body && typeof (body as { error: unknown }).error === "string"
        ? (body as { error: string }).error
        : res.status >= 500
          ? "Something went wrong on our side. Please try again."
          : `Request failed (${res.status})`;
    throw new ApiError(res.status, message);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error(`Unexpected response from ${path}`, parsed.error.issues);
    throw new ApiError(502, "The server sent a report this page can't read. Please try again later.");
  }
  return parsed.data;
}

/** A test result as the final submission lists it; hidden tests may carry their tags (never their data). */
export const ReportTestResultSchema = TestResultSchema.extend({ tags: z.array(z.string()).optional() });
export type ReportTestResult = z.infer<typeof ReportTestResultSchema>;

export const ReportSubmissionSchema = z.object({
  status: z.string(),
  tests_passed: z.number().int(),
  tests_total: z.number().int(),
  score: z.number().optional(),
  results: z.array(ReportTestResultSchema),
  submitted_at: z.string().optional(),
});
export type ReportSubmission = z.infer<typeof ReportSubmissionSchema>;

export const DiagramSummarySchema = z.object({
  snapshot_count: z.number().int().optional(),
  saved_at: z.string().nullable().optional(),
  graph: DiagramGraphDTOSchema,
});
export type DiagramSummary = z.infer<typeof DiagramSummarySchema>;

/** GET /interviews/{id}: either kind, plus the optional fields the report reads leniently. */
const OwnerExtrasSchema = z.looseObject({
  latest_submission: z.unknown().optional(),
  shared: z.boolean().optional(),
  share_url: z.string().nullable().optional(),
});

export interface OwnerInterview {
  detail: AnyInterviewDetail;
  submission: ReportSubmission | null;
  share: { shared: boolean; url: string | null };
  /** The API tells only the interview's own candidate whether it is shared: a recruiter reads it without. */
  isCandidate: boolean;
}

export async function fetchOwnerInterview(id: string): Promise<OwnerInterview> {
  const raw = await fetchJson(`/interviews/${encodeURIComponent(id)}`, z.unknown());
  const detail = AnyInterviewDetailSchema.safeParse(raw);
  if (!detail.success) {
    console.error("Unexpected interview response", detail.error.issues);
    throw new ApiError(502, "The server sent a report this page can't read. Please try again later.");
  }
  const extras = OwnerExtrasSchema.safeParse(raw);
  const sub = ReportSubmissionSchema.safeParse(extras.success ? extras.data.latest_submission : null);
  return {
    detail: detail.data,
    submission: sub.success ? sub.data : null,
    share: {
      shared: extras.success ? (extras.data.shared ?? false) : false,
      url: extras.success ? (extras.data.share_url ?? null) : null,
    },
    isCandidate: extras.success && extras.data.shared !== undefined,
  };
}

export const fetchTimeline = (id: string) => fetchJson(`/interviews/${encodeURIComponent(id)}/timeline`, TimelineSchema);

export const setSharing = (id: string, enabled: boolean) =>
  fetchJson(`/interviews/${encodeURIComponent(id)}/share`, ShareResponseSchema, { method: "PUT", json: { enabled } });

/**
 * GET /shared/{token}: the report, its timeline and a summary of the interview, without sign-in.
 * Read leniently around the fixed parts (report: ReportSchema, timeline: TimelineSchema).
 */
const TimelineField = z
  .union([TimelineSchema, z.array(TimelineEventSchema)])
  .transform((t) => (Array.isArray(t) ? t : t.events));
export const SharedResponseSchema = z.looseObject({
  interview: z.looseObject({
    kind: InterviewKindSchema.default("coding"),
    problem_title: z.string(),
    difficulty: DifficultySchema.optional(),
    language: z.string().nullable().optional(),
    started_at: z.string().optional(),
    ended_at: z.string().nullable().optional(),
    candidate_name: z.string().nullable().optional(),
  }),
  report: ReportSchema,
  timeline: TimelineField.optional(),
  events: z.array(TimelineEventSchema).optional(),
  latest_submission: z.unknown().optional(),
  whiteboard: z.unknown().optional(),
  final_code: z.string().nullable().optional(),
});
export type SharedResponse = z.infer<typeof SharedResponseSchema>;

export const fetchShared = (token: string) => fetchJson(`/shared/${encodeURIComponent(token)}`, SharedResponseSchema);

/** Everything the report view draws, from either the owner's or the shared endpoint. */
export interface ReportData {
  kind: "coding" | "system_design";
  title: string;
  difficulty: string | null;
  language: string | null;
  startedAt: string | null;
  report: Report;
  events: TimelineEvent[];
  /** True when the events were rebuilt from the transcript because the timeline could not be read. */
  eventsApproximate: boolean;
  submission: ReportSubmission | null;
  diagram: DiagramSummary | null;
  /** The final code, shown at the end of the replay when no later snapshot exists. */
  finalCode: string | null;
}

/** A stand-in timeline from the interview detail (messages and the final code) when /timeline is unavailable. */
export function timelineFromDetail(d: AnyInterviewDetail): TimelineEvent[] {
  const start = Date.parse(d.started_at) || 0;
  const offset = (at: string) => Math.max(0, Math.round(((Date.parse(at) || start) - start) / 1000));
  const events: TimelineEvent[] = d.messages
    .filter((m) => m.role !== "system")
    .map((m) => ({
      id: `msg-${m.id}`,
      type: "message" as const,
      at: m.timestamp,
      offset_seconds: offset(m.timestamp),
      summary: `${m.role === "ai" ? "Interviewer" : "You"}: ${m.content.slice(0, 80)}`,
      data: { role: m.role, content: m.content },
    }));
  if (d.kind === "coding") {
    const code = d.code_by_language[d.language];
    const at = d.ended_at ?? d.latest_submission?.submitted_at ?? d.started_at;
    if (code)
      events.push({
        id: "final-code",
        type: "code_snapshot",
        at,
        offset_seconds: offset(at),
        summary: "Final code",
        data: { language: d.language, code },
      });
    if (d.latest_submission) {
      const s = d.latest_submission;
      events.push({
        id: `submit-${s.execution_id}`,
        type: "submit",
        at: s.submitted_at,
        offset_seconds: offset(s.submitted_at),
        summary: `Submitted: ${s.tests_passed}/${s.tests_total} tests passed`,
        data: { status: s.status, tests_passed: s.tests_passed, tests_total: s.tests_total },
      });
    }
  }
  return events.sort((a, b) => a.offset_seconds - b.offset_seconds || Date.parse(a.at) - Date.parse(b.at));
}

export function reportDataFromOwner(o: OwnerInterview, timeline: TimelineEvent[] | null): ReportData | null {
  const d = o.detail;
  if (!d.report) return null;
  return {
    kind: d.kind,
    title: d.problem.title,
    difficulty: d.difficulty,
    language: d.language,
    startedAt: d.started_at,
    report: d.report,
    events: timeline ?? timelineFromDetail(d),
    eventsApproximate: timeline === null,
    submission: d.kind === "coding" ? o.submission : null,
    diagram:
      d.kind === "system_design" && d.whiteboard
        ? { snapshot_count: d.whiteboard.snapshot_count, saved_at: d.whiteboard.saved_at, graph: d.whiteboard.graph }
        : null,
    finalCode: d.kind === "coding" ? (d.code_by_language[d.language] ?? null) : null,
  };
}

export function reportDataFromShared(s: SharedResponse): ReportData {
  const sub = ReportSubmissionSchema.safeParse(s.latest_submission ?? null);
  const wb = DiagramSummarySchema.safeParse(s.whiteboard ?? null);
  return {
    kind: s.interview.kind,
    title: s.interview.problem_title,
    difficulty: s.interview.difficulty ?? null,
    language: s.interview.language ?? null,
    startedAt: s.interview.started_at ?? null,
    report: s.report,
    events: s.timeline ?? s.events ?? [],
    eventsApproximate: false,
    submission: sub.success ? sub.data : null,
    diagram: wb.success ? wb.data : null,
    finalCode: s.final_code ?? null,
  };
}

export type { DiagramGraphDTO };
