import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { signExchangeToken, verifyExchangeToken } from "@/lib/launcher/ecs-exchange";
import { sharedMemoryKv, SandboxStore } from "@/lib/launcher/ecs-store";
import { handler } from "@/functions/exchange";
import { serveLambda, type LambdaStandIn } from "../stand-ins/lambda";
import { EXCHANGE_SECRET, job } from "./helpers";

/** The job exchange as the task agent meets it: functions/exchange.ts behind an API Gateway REST proxy. */
let api: LambdaStandIn;
let store: SandboxStore;
const saved = { ...process.env };
const base = () => `${api.url}prod`;

beforeAll(async () => {
  process.env.SANDBOX_EXCHANGE_SECRET = EXCHANGE_SECRET;
  delete process.env.UPSTASH_REDIS_REST_URL;
  resetEnvCache();
  api = await serveLambda(handler, "rest-api");
  store = new SandboxStore(sharedMemoryKv()); // the state functions/exchange.ts uses without Upstash
});
afterAll(async () => {
  process.env = saved;
  resetEnvCache();
  await api.close();
});

let n = 0;
async function slotWithJob(kind: "pool" | "cold" = "cold") {
  const slotId = `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
  const jobId = `10000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
  await store.createSlot(slotId, { size: "1024/2048", kind, createdAt: Date.now() });
  await store.putJob(jobId, { job: JSON.stringify(job()) });
  return { slotId, jobId, token: signExchangeToken(EXCHANGE_SECRET, "slot", slotId, 600) };
}
const get = (slotId: string, token: string, wait = 0) => fetch(`${base()}/sandbox/slots/${slotId}/job?wait=${wait}`, { headers: { authorization: `Bearer ${token}` } });

describe("exchange tokens", () => {
  it("bind purpose, id and expiry to the secret", () => {
    const t = signExchangeToken(EXCHANGE_SECRET, "slot", "slot-1234", 60);
    expect(verifyExchangeToken(EXCHANGE_SECRET, t, "slot", "slot-1234")).toBe(true);
    expect(verifyExchangeToken("another-secret-another-secret-another", t, "slot", "slot-1234")).toBe(false);
    expect(verifyExchangeToken(EXCHANGE_SECRET, t, "result", "slot-1234")).toBe(false);
    expect(verifyExchangeToken(EXCHANGE_SECRET, t, "slot", "slot-9999")).toBe(false);
    expect(verifyExchangeToken(EXCHANGE_SECRET, t, "slot", "slot-1234", Date.now() + 61_000)).toBe(false);
    const [payload, sig] = t.split(".");
    const forged = Buffer.from(JSON.stringify({ p: "slot", id: "slot-1234", exp: 9_999_999_999 })).toString("base64url");
    expect(verifyExchangeToken(EXCHANGE_SECRET, `${forged}.${sig}`, "slot", "slot-1234")).toBe(false);
    expect(verifyExchangeToken(EXCHANGE_SECRET, `${payload}.${sig}x`, "slot", "slot-1234")).toBe(false);
  });
});

describe("job exchange protocol", () => {

  it("hands a slot its job once, with a result token that posts that job's result once", async () => {
    const { slotId, jobId, token } = await slotWithJob();
    await store.assign(slotId, jobId);
    const res = await get(slotId, token);
    expect(res.status).toBe(200);
    const offer = await res.json();
    expect(offer.jobId).toBe(jobId);
    expect(offer.job).toEqual(job());
    expect((await get(slotId, token)).status).toBe(410); // one job per task, one fetch per job

    const post = (body: unknown, tok = offer.resultToken) =>
      fetch(`${base()}/sandbox/jobs/${jobId}/result`, { method: "POST", headers: { authorization: `Bearer ${tok}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    const result = { status: "ok", tests: [{ id: "t1", status: "ok", actual: [0, 1], stdout: "", timeMs: 1 }], stdout: "", stderr: "", exitCode: 0, executionTimeMs: 3, memoryMb: 8 };
    expect((await post(result, token)).status).toBe(401); // the slot token cannot post results
    expect((await post({ status: "ok" })).status).toBe(400); // malformed
    expect((await post(result)).status).toBe(201);
    expect((await post({ ...result, status: "timeout" })).status).toBe(409); // once
    expect(JSON.parse((await store.getResult(jobId))!)).toEqual(result);
  });

  it("refuses bad tokens and unknown slots", async () => {
    const { slotId, token } = await slotWithJob();
    expect((await get(slotId, "nope")).status).toBe(401);
    expect((await get(slotId, signExchangeToken("x".repeat(40), "slot", slotId, 60))).status).toBe(401);
    const stranger = "99999999-0000-4000-8000-000000000000";
    expect((await get(stranger, signExchangeToken(EXCHANGE_SECRET, "slot", stranger, 60))).status).toBe(410);
    expect((await get(slotId, token)).status).toBe(204); // nothing assigned yet
  });

  it("holds a fetch open until a job is assigned", async () => {
    const { slotId, jobId, token } = await slotWithJob("pool");
    const started = Date.now();
    const pending = get(slotId, token, 5);
    setTimeout(() => void store.assign(slotId, jobId), 300);
    const res = await pending;
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it("settles a retiring task against a claim: whoever comes first wins", async () => {
    const a = await slotWithJob("pool");
    const retire = (s: { slotId: string; token: string }) => fetch(`${base()}/sandbox/slots/${s.slotId}`, { method: "DELETE", headers: { authorization: `Bearer ${s.token}` } });
    await get(a.slotId, a.token); // ready: idle in the pool
    expect((await retire(a)).status).toBe(204);
    expect(await store.assign(a.slotId, a.jobId)).toBe(false); // a claim after retirement fails
    expect((await get(a.slotId, a.token)).status).toBe(410);

    const b = await slotWithJob("pool");
    await get(b.slotId, b.token);
    expect(await store.claimIdle("1024/2048", b.jobId)).toBe(b.slotId);
    expect((await retire(b)).status).toBe(409); // the task must take the job instead
    expect((await get(b.slotId, b.token)).status).toBe(200);
  });

  it("answers 404 and 405 for anything else", async () => {
    expect((await fetch(`${base()}/sandbox/other`)).status).toBe(404);
    expect((await fetch(`${base()}/sandbox/slots/00000000-0000-4000-8000-000000000001/job`, { method: "POST" })).status).toBe(405);
  });
});
