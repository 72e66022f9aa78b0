import path from "node:path";

/**
 * Calls the real route handlers of app/api/v1 with real Request objects, routed by path the
 * way the App Router does, so suites read as HTTP calls without a server process.
 */
const ROUTES: [RegExp, string][] = [
  [/^\/auth\/guest$/, "auth/guest"],
  [/^\/auth\/register$/, "auth/register"],
  [/^\/auth\/login$/, "auth/login"],
  [/^\/auth\/logout$/, "auth/logout"],
  [/^\/auth\/me$/, "auth/me"],
  [/^\/problems$/, "problems"],
  [/^\/problems\/random$/, "problems/random"],
  [/^\/problems\/(?<id>[^/]+)$/, "problems/[id]"],
  [/^\/problems\/(?<id>[^/]+)\/test-cases$/, "problems/[id]/test-cases"],
  [/^\/system-design$/, "system-design"],
  [/^\/system-design\/(?<id>[^/]+)$/, "system-design/[id]"],
  [/^\/interviews$/, "interviews"],
  [/^\/interviews\/(?<id>[^/]+)$/, "interviews/[id]"],
  [/^\/interviews\/(?<id>[^/]+)\/chat$/, "interviews/[id]/chat"],
  [/^\/interviews\/(?<id>[^/]+)\/chat\/stream$/, "interviews/[id]/chat/stream"],
  [/^\/interviews\/(?<id>[^/]+)\/code\/execute$/, "interviews/[id]/code/execute"],
  [/^\/interviews\/(?<id>[^/]+)\/code\/execute\/(?<executionId>[^/]+)$/, "interviews/[id]/code/execute/[executionId]"],
  [/^\/interviews\/(?<id>[^/]+)\/code\/submit$/, "interviews/[id]/code/submit"],
  [/^\/interviews\/(?<id>[^/]+)\/metrics$/, "interviews/[id]/metrics"],
  [/^\/interviews\/(?<id>[^/]+)\/room$/, "interviews/[id]/room"],
  [/^\/interviews\/(?<id>[^/]+)\/whiteboard$/, "interviews/[id]/whiteboard"],
  [/^\/interviews\/(?<id>[^/]+)\/timeline$/, "interviews/[id]/timeline"],
  [/^\/interviews\/(?<id>[^/]+)\/share$/, "interviews/[id]/share"],
  [/^\/shared\/(?<token>[^/]+)$/, "shared/[token]"],
  [/^\/history$/, "history"],
  [/^\/internal\/room-events$/, "internal/room-events"],
  [/^\/openapi\.json$/, "openapi.json"],
  [/^\/health$/, "health"],
];

export type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The handler for a method and a path under /api/v1, picked the way the App Router does; null when no route matches. */
export async function routeHandler(method: string, pathname: string): Promise<{ handler?: Handler; params: Record<string, string> } | null> {
  const match = ROUTES.map(([re, file]) => ({ m: pathname.match(re), file })).find((r) => r.m);
  if (!match?.m) return null;
  const mod = (await import(path.resolve(import.meta.dirname, "../../app/api/v1", match.file, "route.ts"))) as Record<string, Handler>;
  return { handler: mod[method], params: { ...(match.m.groups ?? {}) } };
}

export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export async function api<T = any>(method: string, url: string, opts: CallOptions = {}): Promise<ApiResponse<T>> {
  const [pathname, search = ""] = url.split("?");
  const route = await routeHandler(method, pathname);
  if (!route) throw new Error(`no route for ${url}`);
  const { handler, params } = route;
  if (!handler) return { status: 405, headers: new Headers(), body: null as T, text: "" };
  const headers = new Headers({ origin: "http://localhost:3000", ...opts.headers });
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  if (opts.cookie) headers.set("cookie", opts.cookie);
  let body: string | undefined;
  if (opts.rawBody !== undefined) body = opts.rawBody;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers.set("content-type", "application/json");
  const req = new Request(`http://localhost:3000/api/v1${pathname}${search ? `?${search}` : ""}`, { method, headers, body });
  const res = await handler(req, { params: Promise.resolve(params) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

/** The session cookie from a sign-in response, as a Cookie header. */
export function sessionCookie(res: ApiResponse): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export async function guest(): Promise<{ token: string; cookie: string }> {
  const res = await api("POST", "/auth/guest");
  if (res.status !== 201) throw new Error(`guest sign-in failed: ${res.status} ${res.text}`);
  return { token: res.body.access_token, cookie: sessionCookie(res) };
}

/** Polls a run until the sandbox has finished with it. */
export async function waitForRun(interviewId: string, executionId: string, token: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await api("GET", `/interviews/${interviewId}/code/execute/${executionId}`, { token });
    if (res.status !== 200) throw new Error(`poll failed: ${res.status} ${res.text}`);
    if (!["queued", "running"].includes(res.body.status)) return res.body;
    if (Date.now() > deadline) throw new Error(`run ${executionId} still ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Reads a UI message stream (SSE) into the concatenated text of its text deltas. */
export function textFromUiStream(sse: string): string {
  let text = "";
  for (const line of sse.split("\n")) {
    if (!line.startsWith("data: ")) continue;
    const data = line.slice(6);
    if (data === "[DONE]") continue;
    try {
      const part = JSON.parse(data);
      if (part.type === "text-delta") text += part.delta;
    } catch {}
  }
  return text;
}
