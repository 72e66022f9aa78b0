import type {
  CodeExecutionResultDTO,
  CodeSubmitResponse,
  InterviewDetail,
  InterviewDTO,
  MeResponse,
  MetricsResponse,
  ProblemDetail,
  ProblemSummary,
  RoomInfo,
  AnyInterviewDetail,
  SystemDesignDetail,
  WhiteboardResponse,
  WhiteboardSaved,
} from "@/lib/api/schemas";

/**
 * Typed client for /api/v1. Auth rides on the session cookie the auth endpoints set
 * (same origin), so no token handling is needed in the browser.
 */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const isUnauthorized = (err: unknown) => err instanceof ApiError && err.status === 401;

const BASE = "/api/v1";

async function request<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}`, {
      credentials: "same-origin",
      ...rest,
      headers: {
        accept: "application/json",
        ...(json !== undefined ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch {
    throw new ApiError(0, "Can't reach the server. Check your connection and try again.");
  }
  const text = await res.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
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
  return body as T;
}

export type Language = NonNullable<InterviewDTO["language"]>;
export type Difficulty = InterviewDTO["difficulty"];

export interface TokenResponse {
  access_token: string;
  token_type: "bearer";
}

export interface InterviewCreateResponse {
  interview_id: string;
  kind?: "coding" | "system_design";
  problem: ProblemDetail | SystemDesignDetail;
  started_at: string;
  status: "in_progress";
  starter_code: string;
}

export interface CodeExecutionQueued {
  execution_id: string;
  status: "queued" | "running";
  estimated_time: number;
}

export type InterviewUpdate = {
  status?: "paused" | "resumed" | "completed";
  notes?: string;
  code?: { language: Language; code: string };
  language?: Language;
};

/** "?a=1&b=2" from the set values, or "". */
function queryString(q: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}

export const api = {
  guest: () => request<TokenResponse>("/auth/guest", { method: "POST" }),
  register: (body: { email: string; password: string; name: string }) =>
    request<TokenResponse>("/auth/register", { method: "POST", json: body }),
  login: (body: { email: string; password: string }) =>
    request<TokenResponse>("/auth/login", { method: "POST", json: body }),
  logout: () => request<unknown>("/auth/logout", { method: "POST" }),
  me: () => request<MeResponse>("/auth/me"),

  problems: (q: { difficulty?: string; category?: string; language?: string } = {}) =>
    request<{ problems: ProblemSummary[]; categories: string[] }>(`/problems${queryString(q)}`),
  randomProblem: (q: { difficulty?: string; category?: string; language?: string } = {}) =>
    request<ProblemSummary>(`/problems/random${queryString(q)}`),
  problem: (id: number) => request<ProblemDetail>(`/problems/${id}`),

  systemDesignProblems: () => request<{ problems: SystemDesignDetail[] }>("/system-design"),

  /** A system-design interview has no language. */
  createInterview: (body: { problem_id: number; difficulty: Difficulty; language?: Language }) =>
    request<InterviewCreateResponse>("/interviews", { method: "POST", json: body }),
  interviews: () => request<{ interviews: InterviewDTO[] }>("/interviews"),
  interview: (id: string) => request<InterviewDetail>(`/interviews/${encodeURIComponent(id)}`),
  /** The same interview, typed as either kind (coding or system design). */
  anyInterview: (id: string) => request<AnyInterviewDetail>(`/interviews/${encodeURIComponent(id)}`),
  whiteboard: (id: string) => request<WhiteboardResponse>(`/interviews/${encodeURIComponent(id)}/whiteboard`),
  saveWhiteboard: (
    id: string,
    scene: { elements: readonly unknown[]; appState?: Record<string, unknown>; files?: Record<string, unknown> },
    init: { keepalive?: boolean } = {},
  ) =>
    request<WhiteboardSaved>(`/interviews/${encodeURIComponent(id)}/whiteboard`, { method: "PUT", json: scene, ...init }),
  updateInterview: (id: string, body: InterviewUpdate, init: { keepalive?: boolean } = {}) =>
    request<InterviewDetail>(`/interviews/${encodeURIComponent(id)}`, { method: "PUT", json: body, ...init }),
  deleteInterview: (id: string) =>
    request<{ success: true }>(`/interviews/${encodeURIComponent(id)}`, { method: "DELETE" }),

  execute: (id: string, body: { code: string; language: Language; stdin?: string }) =>
    request<CodeExecutionQueued>(`/interviews/${encodeURIComponent(id)}/code/execute`, { method: "POST", json: body }),
  execution: (id: string, executionId: string) =>
    request<CodeExecutionResultDTO>(
      `/interviews/${encodeURIComponent(id)}/code/execute/${encodeURIComponent(executionId)}`,
    ),
  submit: (id: string, body: { code: string; language: Language }) =>
    request<CodeSubmitResponse>(`/interviews/${encodeURIComponent(id)}/code/submit`, { method: "POST", json: body }),
  metrics: (id: string) => request<MetricsResponse>(`/interviews/${encodeURIComponent(id)}/metrics`),
  room: (id: string) => request<RoomInfo>(`/interviews/${encodeURIComponent(id)}/room`),
};

export const LANGUAGE_OPTIONS: { value: Language; label: string; monaco: string }[] = [
  { value: "python", label: "Python", monaco: "python" },
  { value: "javascript", label: "JavaScript", monaco: "javascript" },
  { value: "java", label: "Java", monaco: "java" },
  { value: "cpp", label: "C++", monaco: "cpp" },
  { value: "go", label: "Go", monaco: "go" },
];

export const languageLabel = (lang: string) => LANGUAGE_OPTIONS.find((l) => l.value === lang)?.label ?? lang;

/** Sends the browser to sign in, coming back here afterwards. */
export function redirectToSignIn() {
  if (typeof window === "undefined") return;
  const next = window.location.pathname + window.location.search;
  window.location.assign(`/signin?next=${encodeURIComponent(next)}`);
}
