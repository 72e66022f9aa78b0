import { z } from "zod";

/**
 * Lambda HTTP events ↔ Fetch API. Two shapes arrive here: function URLs and HTTP APIs
 * (payload 2.0: rawPath, requestContext.http.method) and API Gateway REST APIs (payload 1.0:
 * path, httpMethod), which front the private job exchange.
 */
const LambdaHttpEventSchema = z.object({
  // 1.0
  httpMethod: z.string().optional(),
  path: z.string().optional(),
  queryStringParameters: z.record(z.string(), z.string().optional()).nullable().optional(),
  // 2.0
  rawPath: z.string().optional(),
  rawQueryString: z.string().optional(),
  requestContext: z
    .object({
      domainName: z.string().optional(),
      http: z.object({ method: z.string().optional(), path: z.string().optional() }).optional(),
    })
    .passthrough()
    .optional(),
  // both
  headers: z.record(z.string(), z.string().optional()).nullable().optional(),
  body: z.string().nullable().optional(),
  isBase64Encoded: z.boolean().optional(),
});

export type LambdaHttpEvent = z.infer<typeof LambdaHttpEventSchema>;

export interface LambdaHttpResult {
  statusCode: number;
  headers?: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
}

export function parseLambdaHttpEvent(raw: unknown): LambdaHttpEvent | null {
  const parsed = LambdaHttpEventSchema.safeParse(raw);
  if (!parsed.success) return null;
  const e = parsed.data;
  if (!(e.httpMethod ?? e.requestContext?.http?.method)) return null;
  return e;
}

/** The raw body as the sender wrote it (signatures are over these exact bytes). */
export function eventBody(e: LambdaHttpEvent): string {
  if (!e.body) return "";
  return e.isBase64Encoded ? Buffer.from(e.body, "base64").toString("utf8") : e.body;
}

/** Header lookup that ignores case (function URLs lower-case them, REST APIs keep the sender's case). */
export function eventHeader(e: LambdaHttpEvent, name: string): string | undefined {
  const want = name.toLowerCase();
  for (const [k, v] of Object.entries(e.headers ?? {})) if (k.toLowerCase() === want) return v;
  return undefined;
}

export function eventToRequest(e: LambdaHttpEvent): Request {
  const method = (e.httpMethod ?? e.requestContext?.http?.method ?? "GET").toUpperCase();
  const path = e.rawPath ?? e.path ?? e.requestContext?.http?.path ?? "/";
  let query = e.rawQueryString ?? "";
  if (!query && e.queryStringParameters) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(e.queryStringParameters)) if (v !== undefined) q.set(k, v);
    query = q.toString();
  }
  const host = e.requestContext?.domainName ?? eventHeader(e, "host") ?? "lambda.local";
  const headers = new Headers();
  for (const [k, v] of Object.entries(e.headers ?? {})) if (v !== undefined) headers.set(k, v);
  const body = method === "GET" || method === "HEAD" ? undefined : eventBody(e);
  return new Request(`https://${host}${path}${query ? `?${query}` : ""}`, { method, headers, body });
}

export async function responseToResult(res: Response): Promise<LambdaHttpResult> {
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k] = v));
  return { statusCode: res.status, headers, body: await res.text() };
}

export const jsonResult = (statusCode: number, body: Record<string, unknown>): LambdaHttpResult => ({
  statusCode,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
