import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { Client, Receiver } from "@upstash/qstash";
import { resetEnvCache } from "@/lib/env";
import { signQStash, startQStashStandIn, type QStashStandIn } from "../stand-ins/qstash";
import { serveLambda, type LambdaStandIn } from "../stand-ins/lambda";

// The job handler is what a valid delivery reaches; recording it shows whether anything ran.
const handled = vi.hoisted(() => [] as unknown[]);
vi.mock("@/lib/queue/handler", () => ({ handleJob: async (job: unknown) => void handled.push(job) }));

const { handler } = await import("@/functions/execute");
const { enqueue } = await import("@/lib/queue");

const SUBMISSION = "0b6f7a52-3f4e-4d2a-9c51-6a1f0f0c2b11";
const saved = { ...process.env };
let qstash: QStashStandIn;
let lambda: LambdaStandIn;

beforeAll(async () => {
  qstash = await startQStashStandIn();
  lambda = await serveLambda(handler, "function-url");
  Object.assign(process.env, {
    QSTASH_URL: qstash.url,
    QSTASH_TOKEN: qstash.token,
    QSTASH_CURRENT_SIGNING_KEY: qstash.currentSigningKey,
    QSTASH_NEXT_SIGNING_KEY: qstash.nextSigningKey,
    JOBS_URL: lambda.url,
  });
  resetEnvCache();
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await lambda.close();
  await qstash.close();
});
beforeEach(() => {
  handled.length = 0;
  qstash.tamper = null;
});

async function publish(body: unknown = { type: "execute", submissionId: SUBMISSION }) {
  const client = new Client({ token: qstash.token, baseUrl: qstash.url, devMode: false });
  const { messageId } = (await client.publishJSON({ url: lambda.url, body, retries: 0 })) as { messageId: string };
  return qstash.delivered(messageId);
}

describe("QStash → execute Lambda", () => {
  it("delivers what the app's enqueue() publishes through the real Client, and the real Receiver lets it run", async () => {
    await enqueue({ type: "execute", submissionId: SUBMISSION });
    const sent = qstash.published.at(-1)!;
    expect(sent.url).toBe(lambda.url);
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(sent.headers["upstash-retries"]).toBe("2");
    expect(sent.headers["upstash-deduplication-id"]).toBe(`execute-${SUBMISSION}`);
    const d = await qstash.delivered(qstash.deliveries.at(-1)!.messageId);
    expect(d.status).toBe(200);
    expect(handled).toEqual([{ type: "execute", submissionId: SUBMISSION }]);
  });

  it("signs like QStash: HS256 JWT with iss, sub, exp/nbf/iat, jti and the body's SHA-256", async () => {
    const body = JSON.stringify({ hello: "world" });
    const jwt = await signQStash({ key: qstash.currentSigningKey, url: "https://example.test/api", body });
    const [header, claims] = jwt.split(".").slice(0, 2).map((p) => JSON.parse(Buffer.from(p, "base64url").toString()));
    expect(header).toEqual({ alg: "HS256", typ: "JWT" });
    expect(Object.keys(claims).sort()).toEqual(["body", "exp", "iat", "iss", "jti", "nbf", "sub"]);
    expect(claims).toMatchObject({ iss: "Upstash", sub: "https://example.test/api" });
    expect(claims.exp - claims.iat).toBe(300);
    const receiver = new Receiver({ currentSigningKey: qstash.currentSigningKey, nextSigningKey: qstash.nextSigningKey, devMode: false });
    await expect(receiver.verify({ signature: jwt, body, url: "https://example.test/api" })).resolves.toBe(true);
  });

  it("deduplicates a second publish of the same submission", async () => {
    const before = qstash.deliveries.length;
    await enqueue({ type: "execute", submissionId: SUBMISSION });
    expect(qstash.deliveries.length).toBe(before);
  });

  it("accepts deliveries signed with the next key (key rotation)", async () => {
    qstash.tamper = { key: qstash.nextSigningKey };
    expect((await publish()).status).toBe(200);
    expect(handled).toHaveLength(1);
  });

  const refused: [string, QStashStandIn["tamper"]][] = [
    ["a tampered body", { body: () => JSON.stringify({ type: "execute", submissionId: "7d1c4e9a-2b3f-4a5d-8e6f-0a1b2c3d4e5f" }) }],
    ["a wrong signing key", { key: "sig_not-the-key-qstash-gave-us" }],
    ["an expired signature", { shiftSeconds: -3600 }],
    ["a signature not yet valid", { shiftSeconds: 3600 }],
    ["a signature for another endpoint", { url: "https://elsewhere.example/jobs" }],
  ];
  for (const [what, tamper] of refused) {
    it(`refuses ${what} with 401 and runs nothing`, async () => {
      qstash.tamper = tamper;
      const d = await publish();
      expect(d.status).toBe(401);
      expect(JSON.parse(d.responseBody)).toEqual({ error: "Invalid QStash signature" });
      expect(handled).toEqual([]);
    });
  }

  it("refuses a request without a signature", async () => {
    const res = await fetch(lambda.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ type: "execute", submissionId: SUBMISSION }) });
    expect(res.status).toBe(401);
    expect(handled).toEqual([]);
  });

  it("rejects a validly signed body that is not a job", async () => {
    const d = await publish({ type: "nonsense" });
    expect(d.status).toBe(400);
    expect(handled).toEqual([]);
  });

  it("checks the subject against its own function URL when JOBS_URL is not set", async () => {
    const jobsUrl = process.env.JOBS_URL;
    delete process.env.JOBS_URL;
    try {
      const body = JSON.stringify({ type: "execute", submissionId: SUBMISSION });
      const event = (signature: string) => ({
        version: "2.0",
        rawPath: "/",
        headers: { "upstash-signature": signature, "content-type": "application/json" },
        requestContext: { domainName: "abc123.lambda-url.us-east-1.on.aws", http: { method: "POST", path: "/" } },
        body,
        isBase64Encoded: false,
      });
      const good = await signQStash({ key: qstash.currentSigningKey, url: "https://abc123.lambda-url.us-east-1.on.aws/", body });
      expect((await handler(event(good))).statusCode).toBe(200);
      const other = await signQStash({ key: qstash.currentSigningKey, url: "https://other.lambda-url.us-east-1.on.aws/", body });
      expect((await handler(event(other))).statusCode).toBe(401);
      // Base64-encoded bodies (binary content types) are verified over the decoded bytes.
      const b64 = { ...event(good), body: Buffer.from(body).toString("base64"), isBase64Encoded: true };
      expect((await handler(b64)).statusCode).toBe(200);
      expect(handled).toHaveLength(2);
    } finally {
      process.env.JOBS_URL = jobsUrl;
    }
  });
});
