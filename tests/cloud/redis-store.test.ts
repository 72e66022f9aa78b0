import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SandboxStore, UpstashKv } from "@/lib/launcher/ecs-store";
import { startRedis, startUpstashStandIn, type LocalRedis, type UpstashStandIn } from "../stand-ins/upstash-redis";

/**
 * The pool state as production keeps it: the real @upstash/redis client through the Upstash REST
 * stand-in to a real Redis, so SET NX/PX, GETDEL and list semantics are Redis's own.
 */
const redis = await startRedis();
if (!redis && process.env.CI) throw new Error("redis-server is not installed; CI runs the store against Redis");

describe.skipIf(!redis)("sandbox store on Redis (via the Upstash REST protocol)", () => {
  let upstash: UpstashStandIn;
  let store: SandboxStore;
  beforeAll(async () => {
    upstash = await startUpstashStandIn((redis as LocalRedis).port);
    store = new SandboxStore(UpstashKv.fromUrl(upstash.url, upstash.token), { slotTtlMs: 60_000, heartbeatMs: 300, jobTtlMs: 60_000 }, `t${crypto.randomBytes(3).toString("hex")}:`);
  });
  afterAll(async () => {
    await upstash?.close();
    await redis?.stop();
  });

  const newSlot = async (kind: "pool" | "cold" = "pool") => {
    const id = crypto.randomUUID();
    const rec = { size: "1024/2048", kind, createdAt: Date.now() } as const;
    await store.createSlot(id, rec);
    return { id, rec };
  };

  it("moves a pool slot from starting to idle on its first heartbeat", async () => {
    const a = await newSlot();
    expect(await store.poolCounts("1024/2048")).toEqual({ idle: 0, starting: 1 });
    await store.heartbeat(a.id, a.rec);
    await store.heartbeat(a.id, a.rec); // idempotent
    expect(await store.poolCounts("1024/2048")).toEqual({ idle: 1, starting: 0 });
    expect(await store.getSlot(a.id)).toEqual(a.rec);
    expect(upstash.commands.some((c) => c[0].toUpperCase() === "SET" && c.some((a) => a.toUpperCase() === "NX"))).toBe(true);
  });

  it("lets exactly one of many concurrent claims win each idle slot", async () => {
    // Drain what the previous test left idle.
    while (await store.claimIdle("1024/2048", crypto.randomUUID())) {}
    const slots = await Promise.all([newSlot(), newSlot(), newSlot()]);
    for (const s of slots) await store.heartbeat(s.id, s.rec);
    const jobs = Array.from({ length: 10 }, () => crypto.randomUUID());
    const claimed = await Promise.all(jobs.map((j) => store.claimIdle("1024/2048", j)));
    const won = claimed.filter(Boolean);
    expect(won).toHaveLength(3);
    expect(new Set(won).size).toBe(3);
    for (const [i, slot] of claimed.entries()) if (slot) expect(await store.assignment(slot)).toBe(jobs[i]);
  });

  it("settles retire against assign with SET NX, and hands a job out once", async () => {
    const s = await newSlot("cold");
    const jobId = crypto.randomUUID();
    await store.putJob(jobId, { job: '{"x":1}' });
    expect(await store.assign(s.id, jobId)).toBe(true);
    expect(await store.retire(s.id)).toBe(false);
    expect(await store.takeJob(jobId)).toEqual({ job: '{"x":1}' });
    expect(await store.takeJob(jobId)).toBeNull();
    expect(typeof (await store.fetchedAt(jobId))).toBe("number");
    expect(await store.putResult(jobId, '{"status":"ok"}')).toBe(true);
    expect(await store.putResult(jobId, '{"status":"crashed"}')).toBe(false);
    expect(await store.getResult(jobId)).toBe('{"status":"ok"}');
    await store.finishJob(jobId);
    expect(await store.getResult(jobId)).toBeNull();
  });

  it("forgets a slot's liveness when its heartbeat expires, so claims skip it", async () => {
    while (await store.claimIdle("1024/2048", crypto.randomUUID())) {}
    const s = await newSlot();
    await store.heartbeat(s.id, s.rec);
    expect(await store.isAlive(s.id)).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    expect(await store.isAlive(s.id)).toBe(false);
    expect(await store.claimIdle("1024/2048", crypto.randomUUID())).toBeNull();
  });
});
