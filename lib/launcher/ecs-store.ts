import { Redis } from "@upstash/redis";

/**
 * Shared state of the ECS sandbox: the warm pool of pre-started single-use tasks ("slots"),
 * the jobs waiting to be fetched, and the results coming back.
 *
 * It lives in Upstash Redis in production because three separate processes meet there: the
 * execute Lambda (claims a slot, hands it a job, waits for the result), the job-exchange
 * Lambda (serves the sandbox task) and the pool cron. Upstash is already the app's cache, is
 * reached over HTTPS from Lambda without a VPC, and gives the one atomic step the pool needs
 * (SET NX decides every race between a claim and a retiring task). A small key-value
 * interface keeps the logic the same over an in-memory map (tests, single-process dev).
 */

export interface Kv {
  get(key: string): Promise<string | null>;
  /** SET with optional NX and expiry; true when the value was written. */
  set(key: string, value: string, opts?: { nx?: boolean; pxMs?: number }): Promise<boolean>;
  getdel(key: string): Promise<string | null>;
  del(...keys: string[]): Promise<void>;
  pexpire(key: string, ms: number): Promise<void>;
  lpush(key: string, value: string): Promise<void>;
  rpop(key: string): Promise<string | null>;
  lrange(key: string): Promise<string[]>;
  lrem(key: string, value: string): Promise<void>;
}

/** Upstash Redis over its REST API. Values stay strings (no automatic JSON decoding). */
export class UpstashKv implements Kv {
  constructor(private readonly redis: Redis) {}

  static fromUrl(url: string, token: string): UpstashKv {
    return new UpstashKv(new Redis({ url, token, automaticDeserialization: false, enableTelemetry: false }));
  }

  async get(key: string) {
    return (await this.redis.get<string>(key)) ?? null;
  }
  async set(key: string, value: string, opts: { nx?: boolean; pxMs?: number } = {}) {
    const o = opts.nx ? (opts.pxMs ? { nx: true as const, px: opts.pxMs } : { nx: true as const }) : opts.pxMs ? { px: opts.pxMs } : undefined;
    const res = await this.redis.set(key, value, o);
    return res === "OK";
  }
  async getdel(key: string) {
    return (await this.redis.getdel<string>(key)) ?? null;
  }
  async del(...keys: string[]) {
    if (keys.length) await this.redis.del(...keys);
  }
  async pexpire(key: string, ms: number) {
    await this.redis.pexpire(key, ms);
  }
  async lpush(key: string, value: string) {
    await this.redis.lpush(key, value);
  }
  async rpop(key: string) {
    return (await this.redis.rpop<string>(key)) ?? null;
  }
  async lrange(key: string) {
    return await this.redis.lrange<string>(key, 0, -1);
  }
  async lrem(key: string, value: string) {
    await this.redis.lrem(key, 0, value);
  }
}

/** The same operations in this process's memory, with expiry. */
export class MemoryKv implements Kv {
  private readonly values = new Map<string, { value: string; expires?: number }>();
  private readonly lists = new Map<string, string[]>();

  private live(key: string) {
    const v = this.values.get(key);
    if (v?.expires !== undefined && v.expires <= Date.now()) {
      this.values.delete(key);
      return undefined;
    }
    return v;
  }
  async get(key: string) {
    return this.live(key)?.value ?? null;
  }
  async set(key: string, value: string, opts: { nx?: boolean; pxMs?: number } = {}) {
    if (opts.nx && this.live(key)) return false;
    this.values.set(key, { value, expires: opts.pxMs ? Date.now() + opts.pxMs : undefined });
    return true;
  }
  async getdel(key: string) {
    const v = this.live(key);
    this.values.delete(key);
    return v?.value ?? null;
  }
  async del(...keys: string[]) {
    for (const k of keys) {
      this.values.delete(k);
      this.lists.delete(k);
    }
  }
  async pexpire(key: string, ms: number) {
    const v = this.live(key);
    if (v) v.expires = Date.now() + ms;
  }
  async lpush(key: string, value: string) {
    const list = this.lists.get(key) ?? [];
    list.unshift(value);
    this.lists.set(key, list);
  }
  async rpop(key: string) {
    return this.lists.get(key)?.pop() ?? null;
  }
  async lrange(key: string) {
    return [...(this.lists.get(key) ?? [])];
  }
  async lrem(key: string, value: string) {
    const list = this.lists.get(key);
    if (list) this.lists.set(key, list.filter((v) => v !== value));
  }
}

export interface SlotRecord {
  /** Fargate size the task was started with, e.g. "1024/2048" (cpu units / MiB). */
  size: string;
  /** "pool": pre-started, waits for a claim; "cold": started for one job. */
  kind: "pool" | "cold";
  taskArn?: string;
  createdAt: number;
}

export interface StoredJob {
  /** The SandboxJob, as JSON. */
  job: string;
}

const RETIRED = "retired";

/** Timings of the pool protocol. */
export interface PoolTimings {
  /** How long a slot record lives: the task's idle lifetime plus a margin. */
  slotTtlMs: number;
  /** A slot whose agent has not polled for this long is taken for dead. */
  heartbeatMs: number;
  /** Jobs and results are kept this long. */
  jobTtlMs: number;
}

export const DEFAULT_POOL_TIMINGS: PoolTimings = {
  slotTtlMs: 30 * 60_000,
  heartbeatMs: 45_000,
  jobTtlMs: 15 * 60_000,
};

/**
 * The pool and job-exchange state machine over a Kv. Every race is settled by one
 * `SET slot:<id>:assign NX`: a claim writes a job id, a retiring task writes "retired";
 * whoever writes first wins and the other backs off.
 */
export class SandboxStore {
  constructor(
    readonly kv: Kv,
    readonly timings: PoolTimings = DEFAULT_POOL_TIMINGS,
    private readonly prefix = "ic:sbx:",
  ) {}

  private k(...parts: string[]) {
    return this.prefix + parts.join(":");
  }

  // ---- slots

  async createSlot(slotId: string, record: SlotRecord): Promise<void> {
    await this.kv.set(this.k("slot", slotId), JSON.stringify(record), { pxMs: this.timings.slotTtlMs });
    if (record.kind === "pool") await this.kv.lpush(this.k("starting", record.size), slotId);
  }

  async updateSlot(slotId: string, patch: Partial<SlotRecord>): Promise<void> {
    const current = await this.getSlot(slotId);
    if (!current) return;
    await this.kv.set(this.k("slot", slotId), JSON.stringify({ ...current, ...patch }), { pxMs: this.timings.slotTtlMs });
  }

  async getSlot(slotId: string): Promise<SlotRecord | null> {
    const raw = await this.kv.get(this.k("slot", slotId));
    return raw ? (JSON.parse(raw) as SlotRecord) : null;
  }

  /** Forgets a slot whose task could not be started. */
  async dropSlot(slotId: string, size: string): Promise<void> {
    await this.kv.lrem(this.k("starting", size), slotId);
    await this.kv.lrem(this.k("idle", size), slotId);
    await this.kv.del(this.k("slot", slotId), this.k("slot", slotId, "alive"), this.k("slot", slotId, "assign"), this.k("slot", slotId, "ready"));
  }

  /**
   * The agent polled: refresh its heartbeat, and on its first poll move a pooled slot from
   * "starting" to "idle" so claims can find it.
   */
  async heartbeat(slotId: string, record: SlotRecord): Promise<void> {
    await this.kv.set(this.k("slot", slotId, "alive"), "1", { pxMs: this.timings.heartbeatMs });
    if (record.kind !== "pool") return;
    if (await this.kv.set(this.k("slot", slotId, "ready"), "1", { nx: true, pxMs: this.timings.slotTtlMs })) {
      await this.kv.lrem(this.k("starting", record.size), slotId);
      // Not idle any more if a job was pre-assigned meanwhile (cannot happen for pool slots, but cheap to respect).
      if (!(await this.kv.get(this.k("slot", slotId, "assign")))) await this.kv.lpush(this.k("idle", record.size), slotId);
    }
  }

  async isAlive(slotId: string): Promise<boolean> {
    return (await this.kv.get(this.k("slot", slotId, "alive"))) !== null;
  }

  /** Hands a job to a specific slot; false when the slot already has one or has retired. */
  async assign(slotId: string, jobId: string): Promise<boolean> {
    return this.kv.set(this.k("slot", slotId, "assign"), jobId, { nx: true, pxMs: this.timings.slotTtlMs });
  }

  /** What the slot was given: a job id, "retired", or nothing yet. */
  async assignment(slotId: string): Promise<string | null> {
    const v = await this.kv.get(this.k("slot", slotId, "assign"));
    return v === RETIRED ? RETIRED : v;
  }

  /** The idle task asks to leave; false when a job was assigned first (it must take it). */
  async retire(slotId: string): Promise<boolean> {
    return this.kv.set(this.k("slot", slotId, "assign"), RETIRED, { nx: true, pxMs: this.timings.slotTtlMs });
  }

  /**
   * Claims the oldest live idle slot of this size for a job. Dead slots (no heartbeat) met on
   * the way are dropped. Returns the slot id, or null when the pool is empty.
   */
  async claimIdle(size: string, jobId: string): Promise<string | null> {
    for (let i = 0; i < 50; i++) {
      const slotId = await this.kv.rpop(this.k("idle", size));
      if (!slotId) return null;
      if (!(await this.isAlive(slotId))) continue;
      if (await this.assign(slotId, jobId)) return slotId;
    }
    return null;
  }

  /** Idle slots that are alive, and pool slots still starting, of this size (stale entries pruned). */
  async poolCounts(size: string): Promise<{ idle: number; starting: number }> {
    let idle = 0;
    for (const id of await this.kv.lrange(this.k("idle", size))) {
      if ((await this.isAlive(id)) && !(await this.assignment(id))) idle++;
      else await this.kv.lrem(this.k("idle", size), id);
    }
    let starting = 0;
    for (const id of await this.kv.lrange(this.k("starting", size))) {
      if (await this.getSlot(id)) starting++;
      else await this.kv.lrem(this.k("starting", size), id);
    }
    return { idle, starting };
  }

  /** One refill at a time per size; the lock also expires by itself. */
  async tryRefillLock(size: string, ms: number): Promise<boolean> {
    return this.kv.set(this.k("refill-lock", size), String(Date.now()), { nx: true, pxMs: ms });
  }

  async releaseRefillLock(size: string): Promise<void> {
    await this.kv.del(this.k("refill-lock", size));
  }

  /** Takes a retired or claimed slot off the idle list and stops counting it alive. */
  async leave(slotId: string, size: string): Promise<void> {
    await this.kv.lrem(this.k("idle", size), slotId);
    await this.kv.del(this.k("slot", slotId, "alive"));
  }

  // ---- jobs and results

  async putJob(jobId: string, stored: StoredJob): Promise<void> {
    await this.kv.set(this.k("job", jobId), JSON.stringify(stored), { pxMs: this.timings.jobTtlMs });
  }

  /** Hands the job out once: a second fetch finds nothing. */
  async takeJob(jobId: string): Promise<StoredJob | null> {
    const raw = await this.kv.getdel(this.k("job", jobId));
    if (!raw) return null;
    await this.kv.set(this.k("fetched", jobId), String(Date.now()), { pxMs: this.timings.jobTtlMs });
    return JSON.parse(raw) as StoredJob;
  }

  /** When the sandbox fetched the job (ms since epoch), or null while it waits. */
  async fetchedAt(jobId: string): Promise<number | null> {
    const v = await this.kv.get(this.k("fetched", jobId));
    return v ? Number(v) : null;
  }

  /** Stores the result once; false when one is already there. */
  async putResult(jobId: string, resultJson: string): Promise<boolean> {
    return this.kv.set(this.k("result", jobId), resultJson, { nx: true, pxMs: this.timings.jobTtlMs });
  }

  async getResult(jobId: string): Promise<string | null> {
    return this.kv.get(this.k("result", jobId));
  }

  /** Cleans up after the launcher has read the result (or given up). */
  async finishJob(jobId: string): Promise<void> {
    await this.kv.del(this.k("job", jobId), this.k("result", jobId), this.k("fetched", jobId));
  }
}

const g = globalThis as unknown as { __icSandboxMemoryKv?: MemoryKv };

/** The process-wide in-memory Kv (the launcher and an in-process exchange share it). */
export function sharedMemoryKv(): MemoryKv {
  return (g.__icSandboxMemoryKv ??= new MemoryKv());
}

export const RETIRED_MARK = RETIRED;
