import { NextResponse } from "next/server";
import { ZodError, type z } from "zod";

/** An error whose message is safe and useful to show the caller. */
export class HttpError extends Error {
  constructor(
    public readonly status: number,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what = "Not found") => new HttpError(404, what);

export function json<T>(data: T, init: number | ResponseInit = 200): NextResponse {
  return NextResponse.json(data, typeof init === "number" ? { status: init } : init);
}

export function describeZodError(error: ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`);

/** Reads and validates a JSON body; a bad body is a 400 that says what to fix. */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  options: { maxBytes?: number } = {},
): Promise<z.infer<S>> {
  const MAX_BODY = options.maxBytes ?? 512 * 1024;
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_BODY) throw new HttpError(413, `Request body is larger than ${sizeText(MAX_BODY)}`);
  const text = await req.text();
  if (text.length > MAX_BODY) throw new HttpError(413, `Request body is larger than ${sizeText(MAX_BODY)}`);
  let body: unknown;
  try {
    body = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new HttpError(400, "Request body is not valid JSON");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, describeZodError(parsed.error), parsed.error.issues);
  return parsed.data;
}

export function parseQuery<S extends z.ZodType>(url: string, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(url).searchParams.entries());
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new HttpError(400, describeZodError(parsed.error));
  return parsed.data;
}

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

/** Wraps a route handler: known errors become JSON 4xx, unknown ones a logged 500. */
export function handle<C>(fn: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    try {
      return await fn(req, ctx);
    } catch (err) {
      if (err instanceof HttpError) {
        return json({ error: err.message, ...(err.details ? { details: err.details } : {}) }, err.status);
      }
      if (err instanceof ZodError) return json({ error: describeZodError(err) }, 400);
      console.error(`[api] ${req.method} ${new URL(req.url).pathname} failed:`, err);
      return json({ error: "Something went wrong on our side. Please try again." }, 500);
    }
  };
}

/** Route params arrive as a promise in the App Router. */
export type RouteCtx<P extends Record<string, string>> = { params: Promise<P> };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function requireUuid(value: string, what = "Interview"): string {
  if (!UUID_RE.test(value)) throw notFound(`${what} not found`);
  return value.toLowerCase();
}
