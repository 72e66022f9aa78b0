import crypto from "node:crypto";
import { Redis } from "@upstash/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStreamStore, UpstashStreamStore, type ResumableStreamStore, type StreamStoreOptions } from "@/lib/chat/resumable";
import { redisForTests } from "../helpers/redis";
import { startUpstashStandIn, type UpstashStandIn } from "../stand-ins/upstash-redis";

/** Reads a stream to its end (or until `limit` chunks), failing after `timeoutMs`. */
async function readAll(stream: ReadableStream<string>, { limit = Infinity, timeoutMs = 5_000 } = {}): Promise<string[]> {
  const out: string[] = [];
  const reader = stream.getReader();
  const timer = setTimeout(() => void reader.cancel("timed out"), timeoutMs);
  try {
    while (out.length < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      out.push(value);
    }
  } finally {
    clearTimeout(timer);
    if (out.length >= limit) await reader.cancel();
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const newId = () => `s-${crypto.randomUUID()}`;

/** The behaviour every backend shares. */
function storeContract(name: string, make: (options?: StreamStoreOptions) => ResumableStreamStore) {
  describe(`${name}: resumable stream store`, () => {
    it("replays what was written, then follows new chunks live until the stream is done", async () => {
      const store = make();
      const id = newId();
      expect(await store.start(id)).toBe(true);
      await store.append(id, ["data: a\n\n", "data: b\n\n"]);
      const reading = readAll(store.read(id));
      await sleep(50);
      await store.append(id, ["data: c\n\n"]);
      await sleep(50);
      await store.append(id, ["data: d\n\n"]);
      expect(await store.state(id)).toBe("active");
      await store.finish(id);
      expect(await reading).toEqual(["data: a\n\n", "data: b\n\n", "data: c\n\n", "data: d\n\n"]);
      expect(await store.state(id)).toBe("done");
    });

    it("reads from an offset, and replays a finished stream whole", async () => {
      const store = make();
      const id = newId();
      await store.start(id);
      await store.append(id, ["1", "2", "3"]);
      expect(await readAll(store.read(id, 2), { limit: 1 })).toEqual(["3"]);
      await store.append(id, ["4"]);
      await store.finish(id);
      expect(await readAll(store.read(id, 1))).toEqual(["2", "3", "4"]);
      expect(await readAll(store.read(id))).toEqual(["1", "2", "3", "4"]);
      expect(await readAll(store.read(id, 10))).toEqual([]);
    });

    it("lets one writer claim a stream id; a discarded stream can be started afresh", async () => {
      const store = make();
      const id = newId();
      const claims = await Promise.all([store.start(id), store.start(id), store.start(id)]);
      expect(claims.filter(Boolean)).toHaveLength(1);
      await store.append(id, ["old"]);
      await store.finish(id);
      expect(await store.start(id)).toBe(false);
      await store.discard(id);
      expect(await store.state(id)).toBeNull();
      expect(await store.start(id)).toBe(true);
      await store.append(id, ["new"]);
      await store.finish(id);
      expect(await readAll(store.read(id))).toEqual(["new"]);
    });

    it("ends at once for a stream that does not exist", async () => {
      const store = make();
      expect(await store.state(newId())).toBeNull();
      expect(await readAll(store.read(newId()), { timeoutMs: 2_000 })).toEqual([]);
    });

    it("remembers the newest stream of a group", async () => {
      const store = make();
      const group = `g-${crypto.randomUUID()}`;
      expect(await store.latest(group)).toBeNull();
      await store.setLatest(group, "first");
      await store.setLatest(group, "second");
      expect(await store.latest(group)).toBe("second");
    });

    it("forgets a finished stream after its lifetime, and a running one whose writer went quiet", async () => {
      const store = make({ doneTtlMs: 300, activeTtlMs: 400 });
      const finished = newId();
      await store.start(finished);
      await store.append(finished, ["x"]);
      await store.finish(finished);
      const quiet = newId();
      await store.start(quiet);
      await store.append(quiet, ["y"]);
      // A reader of the quiet stream gets what there is and then the end, once it expires.
      const started = Date.now();
      const reading = readAll(store.read(quiet));
      expect(await readAll(store.read(finished))).toEqual(["x"]);
      await sleep(500);
      expect(await store.state(finished)).toBeNull();
      expect(await readAll(store.read(finished))).toEqual([]);
      expect(await reading).toEqual(["y"]);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(await store.state(quiet)).toBeNull();
    });
  });
}

storeContract("in memory", (options) => new MemoryStreamStore(options));

describe("in memory: buffer cap", () => {
  it("keeps the buffered bytes under the cap by dropping the oldest streams, finished ones first", async () => {
    const store = new MemoryStreamStore({ maxBufferedBytes: 1_000 });
    const kb = (c: string) => c.repeat(300);
    await store.start("old-running");
    await store.append("old-running", [kb("a")]);
    await store.start("finished");
    await store.append("finished", [kb("b")]);
    await store.finish("finished");
    await store.start("current");
    await store.append("current", [kb("c")]);
    expect(store.bufferedBytes).toBe(900);
    await store.append("current", [kb("d")]);
    expect(store.bufferedBytes).toBeLessThanOrEqual(1_000);
    expect(await store.state("finished")).toBeNull();
    expect(await store.state("old-running")).toBe("active");
    expect(await store.state("current")).toBe("active");
    // Still over: the oldest running stream goes next; its reader ends instead of hanging.
    const reading = readAll(store.read("old-running"));
    await sleep(20); // the reader has what there is and waits for more
    await store.append("current", [kb("e")]);
    expect(store.bufferedBytes).toBeLessThanOrEqual(1_000);
    expect(await store.state("old-running")).toBeNull();
    expect(await reading).toEqual([kb("a")]);
    await store.finish("current");
    expect((await readAll(store.read("current"))).join("")).toBe(kb("c") + kb("d") + kb("e"));
  });
});

const { redis, reason } = await redisForTests();
if (!redis) console.warn(`[tests] skipping the Upstash stream store: ${reason}`);

describe.skipIf(!redis)("Upstash Redis (REST stand-in over a real Redis)", () => {
  let upstash: UpstashStandIn;
  const prefix = `ic-test:${crypto.randomBytes(4).toString("hex")}:`;
  beforeAll(async () => {
    upstash = await startUpstashStandIn(redis!.port);
  });
  afterAll(async () => {
    if (upstash) {
      const client = new Redis({ url: upstash.url, token: upstash.token, automaticDeserialization: false, enableTelemetry: false });
      const keys = await client.keys(`${prefix}*`);
      if (keys.length) await client.del(...keys);
      await upstash.close();
    }
    await redis?.stop();
  });

  storeContract("Upstash", (options) => UpstashStreamStore.fromUrl(upstash.url, upstash.token, { ...options, prefix, pollMs: 25 }));

  it("uses lists, a state key and expiry, and no pub/sub", async () => {
    const store = UpstashStreamStore.fromUrl(upstash.url, upstash.token, { prefix, pollMs: 25 });
    const id = newId();
    await store.start(id);
    await store.append(id, ["p", "q"]);
    await store.finish(id);
    expect(await readAll(store.read(id))).toEqual(["p", "q"]);
    const used = new Set(upstash.commands.map((c) => c[0].toUpperCase()));
    for (const cmd of ["SET", "RPUSH", "LRANGE", "PEXPIRE", "GET"]) expect(used).toContain(cmd);
    for (const cmd of ["SUBSCRIBE", "PUBLISH", "XADD"]) expect(used).not.toContain(cmd);
  });
});
