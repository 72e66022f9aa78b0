import crypto from "node:crypto";
import { SandboxResultSchema } from "./schema";
import { RETIRED_MARK, type SandboxStore } from "./ecs-store";

/**
 * The job exchange: the only thing an ECS sandbox task talks to. A task's agent
 *
 *   GET    <base>/sandbox/slots/<slotId>/job        (Bearer slot token)   → 200 job | 204 none yet | 410 gone
 *   DELETE <base>/sandbox/slots/<slotId>            (Bearer slot token)   → 204 retired | 409 a job came first
 *   POST   <base>/sandbox/jobs/<jobId>/result       (Bearer result token) → 201 stored | 409 already stored
 *
 * Tokens are HMAC-signed and scoped: a slot token names one slot and only fetches; the result
 * token arrives with the job, names that job and only posts its result. The job is handed out
 * once (a second fetch is 410) and the result is accepted once.
 *
 * Written against the Fetch API (Request → Response) so the same code serves the Lambda
 * behind the private API Gateway (functions/exchange.ts) and any local server.
 */

export type TokenPurpose = "slot" | "result";

interface TokenClaims {
  p: TokenPurpose;
  id: string;
  /** Expiry, seconds since epoch. */
  exp: number;
}

const b64url = (buf: Buffer) => buf.toString("base64url");

export function signExchangeToken(secret: string, purpose: TokenPurpose, id: string, ttlSeconds: number, now = Date.now()): string {
  const claims: TokenClaims = { p: purpose, id, exp: Math.floor(now / 1000) + ttlSeconds };
  const payload = b64url(Buffer.from(JSON.stringify(claims)));
  const sig = b64url(crypto.createHmac("sha256", secret).update(`ic-sandbox.${payload}`).digest());
  return `${payload}.${sig}`;
}

/** True when the token was signed with this secret, for this purpose and id, and has not expired. */
export function verifyExchangeToken(secret: string, token: string, purpose: TokenPurpose, id: string, now = Date.now()): boolean {
  const [payload, sig, extra] = token.split(".");
  if (!payload || !sig || extra !== undefined) return false;
  const expected = crypto.createHmac("sha256", secret).update(`ic-sandbox.${payload}`).digest();
  let given: Buffer;
  try {
    given = Buffer.from(sig, "base64url");
  } catch {
    return false;
  }
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return false;
  let claims: TokenClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return false;
  }
  return claims.p === purpose && claims.id === id && typeof claims.exp === "number" && claims.exp * 1000 > now;
}

export interface ExchangeOptions {
  store: SandboxStore;
  secret: string;
  /** Longest time a job fetch is held open waiting for an assignment (API Gateway allows 29 s). */
  maxHoldMs?: number;
  /**
   * How often a held fetch looks for an assignment: the latency a warm claim adds, against Redis
   * commands spent by idle tasks (about 5 a second each at 200 ms).
   */
  pollMs?: number;
  /** Largest result body accepted (Lambda takes 6 MB). */
  maxResultBytes?: number;
}

const SLOT_JOB = /\/sandbox\/slots\/([A-Za-z0-9-]{8,64})\/job$/;
const SLOT = /\/sandbox\/slots\/([A-Za-z0-9-]{8,64})$/;
const JOB_RESULT = /\/sandbox\/jobs\/([A-Za-z0-9-]{8,64})\/result$/;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", "cache-control": "no-store" } });
const empty = (status: number) => new Response(null, { status, headers: { "cache-control": "no-store" } });

function bearer(req: Request): string | null {
  const h = req.headers.get("authorization") ?? "";
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1] : null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createExchangeHandler(opts: ExchangeOptions): (req: Request) => Promise<Response> {
  const { store, secret } = opts;
  const maxHoldMs = opts.maxHoldMs ?? 20_000;
  const pollMs = opts.pollMs ?? 200;
  const maxResultBytes = opts.maxResultBytes ?? 6 * 1024 * 1024 - 64 * 1024;
  const resultTtlSeconds = Math.ceil(store.timings.jobTtlMs / 1000);

  async function fetchJob(req: Request, slotId: string): Promise<Response> {
    const token = bearer(req);
    if (!token || !verifyExchangeToken(secret, token, "slot", slotId)) return json(401, { error: "invalid slot token" });
    const slot = await store.getSlot(slotId);
    if (!slot) return json(410, { error: "this sandbox slot is gone" });
    const waitParam = Number(new URL(req.url).searchParams.get("wait") ?? "0");
    const holdMs = Math.min(maxHoldMs, Math.max(0, Number.isFinite(waitParam) ? waitParam * 1000 : 0));
    const until = Date.now() + holdMs;
    let lastBeat = 0;
    for (;;) {
      if (Date.now() - lastBeat > 5_000) {
        await store.heartbeat(slotId, slot);
        lastBeat = Date.now();
      }
      const assigned = await store.assignment(slotId);
      if (assigned === RETIRED_MARK) return json(410, { error: "this sandbox slot has retired" });
      if (assigned) {
        const stored = await store.takeJob(assigned);
        // Taken before (a second fetch) or expired: a slot runs one job, never two.
        if (!stored) return json(410, { error: "this slot's job was already handed out" });
        await store.leave(slotId, slot.size);
        return json(200, {
          jobId: assigned,
          job: JSON.parse(stored.job),
          resultToken: signExchangeToken(secret, "result", assigned, resultTtlSeconds),
        });
      }
      if (Date.now() >= until) return empty(204);
      await sleep(Math.min(pollMs, Math.max(0, until - Date.now())));
    }
  }

  async function retireSlot(req: Request, slotId: string): Promise<Response> {
    const token = bearer(req);
    if (!token || !verifyExchangeToken(secret, token, "slot", slotId)) return json(401, { error: "invalid slot token" });
    const slot = await store.getSlot(slotId);
    if (!slot) return empty(204);
    if (!(await store.retire(slotId))) {
      const assigned = await store.assignment(slotId);
      if (assigned !== RETIRED_MARK) return json(409, { error: "a job was assigned to this slot; fetch it" });
    }
    await store.leave(slotId, slot.size);
    return empty(204);
  }

  async function postResult(req: Request, jobId: string): Promise<Response> {
    const token = bearer(req);
    if (!token || !verifyExchangeToken(secret, token, "result", jobId)) return json(401, { error: "invalid result token" });
    const declared = Number(req.headers.get("content-length") ?? "0");
    if (declared > maxResultBytes) return json(413, { error: "result too large" });
    const text = await req.text();
    if (Buffer.byteLength(text) > maxResultBytes) return json(413, { error: "result too large" });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return json(400, { error: "result is not JSON" });
    }
    const parsed = SandboxResultSchema.safeParse(body);
    if (!parsed.success) return json(400, { error: `malformed result: ${parsed.error.issues[0]?.message ?? "invalid"}` });
    if (!(await store.putResult(jobId, JSON.stringify(parsed.data)))) return json(409, { error: "a result for this job was already stored" });
    return empty(201);
  }

  return async (req: Request) => {
    const { pathname } = new URL(req.url);
    let m: RegExpExecArray | null;
    try {
      if ((m = SLOT_JOB.exec(pathname))) return req.method === "GET" ? await fetchJob(req, m[1]) : json(405, { error: "method not allowed" });
      if ((m = SLOT.exec(pathname))) return req.method === "DELETE" ? await retireSlot(req, m[1]) : json(405, { error: "method not allowed" });
      if ((m = JOB_RESULT.exec(pathname))) return req.method === "POST" ? await postResult(req, m[1]) : json(405, { error: "method not allowed" });
      return json(404, { error: "not found" });
    } catch (err) {
      console.error("[sandbox-exchange] failed:", err);
      return json(503, { error: "the job exchange is unavailable; retry" });
    }
  };
}
