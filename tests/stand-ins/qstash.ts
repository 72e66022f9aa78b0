import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT } from "jose";

/**
 * A local QStash: the publish endpoint as the real @upstash/qstash Client calls it
 * (`POST /v2/publish/<destination url>`, Bearer token, Upstash-* headers), and delivery to the
 * destination signed exactly as QStash signs: an HS256 JWT in `Upstash-Signature` with the current
 * signing key and the claims iss "Upstash", sub (destination URL), exp/nbf/iat, jti and body
 * (base64url SHA-256 of the body). Retries non-2xx deliveries up to Upstash-Retries times.
 */

export interface SignOptions {
  key: string;
  url: string;
  body: string;
  /** Seconds from now; QStash uses 5 minutes. */
  expiresIn?: number;
  /** Moves the token's clock (iat, nbf, exp) by this many seconds. */
  shiftSeconds?: number;
  issuer?: string;
}

export function bodyHash(body: string): string {
  // As QStash writes it: base64url with padding (the Receiver accepts either).
  return crypto.createHash("sha256").update(body).digest("base64").replace(/\+/g, "-").replace(/\//g, "_");
}

export async function signQStash(opts: SignOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000) + (opts.shiftSeconds ?? 0);
  return new SignJWT({ body: bodyHash(opts.body) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(opts.issuer ?? "Upstash")
    .setSubject(opts.url)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + (opts.expiresIn ?? 300))
    .setJti(`jwt_${crypto.randomBytes(12).toString("base64url")}`)
    .sign(new TextEncoder().encode(opts.key));
}

export interface Delivery {
  messageId: string;
  url: string;
  body: string;
  attempts: number;
  /** Last HTTP status (0: the destination could not be reached). */
  status: number;
  responseBody: string;
  done: boolean;
}

export interface QStashStandIn {
  url: string;
  token: string;
  currentSigningKey: string;
  nextSigningKey: string;
  deliveries: Delivery[];
  published: { url: string; headers: Record<string, string>; body: string }[];
  /** Resolves once the message's delivery has finished (success or retries exhausted). */
  delivered(messageId: string, timeoutMs?: number): Promise<Delivery>;
  /** Makes the next deliveries go out tampered with, for failure tests. */
  tamper: { body?: (b: string) => string; key?: string; shiftSeconds?: number; expiresIn?: number; url?: string } | null;
  close(): Promise<void>;
}

export async function startQStashStandIn(opts: { retryDelayMs?: number } = {}): Promise<QStashStandIn> {
  const token = `qstash_${crypto.randomBytes(16).toString("hex")}`;
  const currentSigningKey = `sig_${crypto.randomBytes(16).toString("base64url")}`;
  const nextSigningKey = `sig_${crypto.randomBytes(16).toString("base64url")}`;
  const deliveries: Delivery[] = [];
  const published: QStashStandIn["published"] = [];
  const seenDedup = new Map<string, string>();
  const waiters = new Map<string, ((d: Delivery) => void)[]>();
  const state = { tamper: null as QStashStandIn["tamper"] };

  const finish = (d: Delivery) => {
    d.done = true;
    for (const w of waiters.get(d.messageId) ?? []) w(d);
    waiters.delete(d.messageId);
  };

  async function deliver(d: Delivery, headers: Record<string, string>, retries: number) {
    for (let attempt = 0; attempt <= retries; attempt++) {
      d.attempts++;
      const t = state.tamper;
      const body = t?.body ? t.body(d.body) : d.body;
      const signature = await signQStash({
        key: t?.key ?? currentSigningKey,
        url: t?.url ?? d.url,
        body: d.body, // signed over the published body; a tampered one then travels with it
        shiftSeconds: t?.shiftSeconds,
        expiresIn: t?.expiresIn,
      });
      try {
        const res = await fetch(d.url, {
          method: headers["upstash-method"] ?? "POST",
          headers: {
            ...headers,
            "upstash-signature": signature,
            "upstash-message-id": d.messageId,
            "upstash-retried": String(attempt),
            "user-agent": "Upstash-QStash",
          },
          body,
        });
        d.status = res.status;
        d.responseBody = await res.text();
        if (res.ok) return finish(d);
      } catch (err) {
        d.status = 0;
        d.responseBody = String(err);
      }
      if (attempt < retries) await new Promise((r) => setTimeout(r, opts.retryDelayMs ?? 50));
    }
    finish(d);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      const prefix = "/v2/publish/";
      if (req.method !== "POST" || !req.url?.startsWith(prefix)) return reply(404, { error: "not found" });
      if (req.headers.authorization !== `Bearer ${token}`) return reply(401, { error: "invalid token" });
      const destination = req.url.slice(prefix.length);
      if (!/^https?:\/\//.test(destination)) return reply(400, { error: "invalid destination url" });
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      published.push({ url: destination, headers, body });
      const dedup = headers["upstash-deduplication-id"];
      if (dedup && seenDedup.has(dedup)) return reply(201, { messageId: seenDedup.get(dedup), deduplicated: true });
      const messageId = `msg_${crypto.randomBytes(12).toString("hex")}`;
      if (dedup) seenDedup.set(dedup, messageId);
      // What QStash passes on: the content type and Upstash-Forward-* headers with the prefix removed.
      const forward: Record<string, string> = {};
      if (headers["content-type"]) forward["content-type"] = headers["content-type"];
      if (headers["upstash-method"]) forward["upstash-method"] = headers["upstash-method"];
      for (const [k, v] of Object.entries(headers)) if (k.startsWith("upstash-forward-")) forward[k.slice("upstash-forward-".length)] = v;
      const retries = Math.min(Number(headers["upstash-retries"] ?? "3"), 5);
      const d: Delivery = { messageId, url: destination, body, attempts: 0, status: 0, responseBody: "", done: false };
      deliveries.push(d);
      reply(201, { messageId, url: destination });
      void deliver(d, forward, retries);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    currentSigningKey,
    nextSigningKey,
    deliveries,
    published,
    get tamper() {
      return state.tamper;
    },
    set tamper(v) {
      state.tamper = v;
    },
    delivered(messageId, timeoutMs = 60_000) {
      const d = deliveries.find((x) => x.messageId === messageId);
      if (d?.done) return Promise.resolve(d);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`delivery of ${messageId} did not finish`)), timeoutMs);
        const list = waiters.get(messageId) ?? [];
        list.push((x) => {
          clearTimeout(timer);
          resolve(x);
        });
        waiters.set(messageId, list);
      });
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
