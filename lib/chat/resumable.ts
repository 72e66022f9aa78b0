import { Redis } from "@upstash/redis";
import { env } from "@/lib/env";

/**
 * Resumable streams: every chunk a streaming response sends is also written here, so a client
 * whose connection dropped can read the same stream again from the start (or any offset) and
 * follow it live until it is done.
 *
 * Production keeps them in Upstash Redis, which is reached over REST and has no pub/sub: chunks
 * go to a list (RPUSH), a state key says "active" or "done", and readers poll the list from their
 * offset. The embedded default keeps them in this process's memory. Either way a stream lives a
 * bounded time: ACTIVE_TTL after its latest write while it runs, DONE_TTL after it is done.
 */

export type StreamState = "active" | "done";

export interface ResumableStreamStore {
  /** Claims `streamId` for a new stream; false when a stream (running or recently done) already holds it. */
  start(streamId: string): Promise<boolean>;
  /** Adds chunks to a running stream, in order. */
  append(streamId: string, chunks: string[]): Promise<void>;
  /** Marks the stream done: readers get what is left and then the end. */
  finish(streamId: string): Promise<void>;
  state(streamId: string): Promise<StreamState | null>;
  /** Forgets a stream (and its chunks) at once. */
  discard(streamId: string): Promise<void>;
  /**
   * The chunks from `offset` on, then new ones as they are written, until the stream is done.
   * A stream that does not exist (or expires while read) simply ends.
   */
  read(streamId: string, offset?: number): ReadableStream<string>;
  /** Remembers `streamId` as the newest stream of `group`, so the group's stream can be found again. */
  setLatest(group: string, streamId: string): Promise<void>;
  latest(group: string): Promise<string | null>;
}

export interface StreamStoreOptions {
  /** How long a running stream lives after its latest write (a writer that died stops refreshing it). */
  activeTtlMs?: number;
  /** How long a finished stream can still be replayed. */
  doneTtlMs?: number;
}

export const DEFAULT_ACTIVE_TTL_MS = 2 * 60_000;
export const DEFAULT_DONE_TTL_MS = 10 * 60_000;
/** How long the pointer to a group's newest stream is kept (longer than any stream lives). */
const LATEST_TTL_MS = 60 * 60_000;

// ---------------------------------------------------------------- in memory

interface MemoryStream {
  chunks: string[];
  bytes: number;
  done: boolean;
  expiresAt: number;
  /** Readers waiting for the next write. */
  waiters: Set<() => void>;
}

export interface MemoryStreamStoreOptions extends StreamStoreOptions {
  /** Cap on the bytes buffered over all streams; past it the oldest streams are dropped, finished ones first. */
  maxBufferedBytes?: number;
}

export const DEFAULT_MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

export class MemoryStreamStore implements ResumableStreamStore {
  private readonly streams = new Map<string, MemoryStream>();
  private readonly latestByGroup = new Map<string, { streamId: string; expiresAt: number }>();
  private bytes = 0;
  private readonly activeTtlMs: number;
  private readonly doneTtlMs: number;
  private readonly maxBufferedBytes: number;

  constructor(options: MemoryStreamStoreOptions = {}) {
    this.activeTtlMs = options.activeTtlMs ?? DEFAULT_ACTIVE_TTL_MS;
    this.doneTtlMs = options.doneTtlMs ?? DEFAULT_DONE_TTL_MS;
    this.maxBufferedBytes = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  }

  /** Bytes currently buffered over all streams. */
  get bufferedBytes(): number {
    return this.bytes;
  }

  async start(streamId: string): Promise<boolean> {
    this.sweep();
    if (this.streams.has(streamId)) return false;
    this.streams.set(streamId, { chunks: [], bytes: 0, done: false, expiresAt: Date.now() + this.activeTtlMs, waiters: new Set() });
    return true;
  }

  async append(streamId: string, chunks: string[]): Promise<void> {
    const stream = this.live(streamId);
    if (!stream || stream.done || chunks.length === 0) return;
    const size = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
    stream.chunks.push(...chunks);
    stream.bytes += size;
    this.bytes += size;
    stream.expiresAt = Date.now() + this.activeTtlMs;
    this.wake(stream);
    if (this.bytes > this.maxBufferedBytes) this.evict();
  }

  async finish(streamId: string): Promise<void> {
    const stream = this.live(streamId);
    if (!stream) return;
    stream.done = true;
    stream.expiresAt = Date.now() + this.doneTtlMs;
    this.wake(stream);
  }

  async state(streamId: string): Promise<StreamState | null> {
    const stream = this.live(streamId);
    return stream ? (stream.done ? "done" : "active") : null;
  }

  async discard(streamId: string): Promise<void> {
    this.drop(streamId);
  }

  read(streamId: string, offset = 0): ReadableStream<string> {
    let next = Math.max(0, offset);
    let stopWaiting: (() => void) | undefined;
    return new ReadableStream<string>({
      pull: async (controller) => {
        for (;;) {
          const stream = this.live(streamId);
          if (!stream) return controller.close();
          if (next < stream.chunks.length) {
            for (const chunk of stream.chunks.slice(next)) controller.enqueue(chunk);
            next = stream.chunks.length;
            return;
          }
          if (stream.done) return controller.close();
          // Wait for a write, or for the stream to expire if its writer is gone.
          await new Promise<void>((resolve) => {
            const timer = setTimeout(done, Math.max(0, stream.expiresAt - Date.now()) + 1);
            function done() {
              clearTimeout(timer);
              stream!.waiters.delete(done);
              resolve();
            }
            stream.waiters.add(done);
            stopWaiting = done;
          });
        }
      },
      cancel: () => stopWaiting?.(),
    });
  }

  async setLatest(group: string, streamId: string): Promise<void> {
    this.latestByGroup.set(group, { streamId, expiresAt: Date.now() + LATEST_TTL_MS });
  }

  async latest(group: string): Promise<string | null> {
    const entry = this.latestByGroup.get(group);
    if (!entry) return null;
    if (entry.expiresAt <= Date.now()) {
      this.latestByGroup.delete(group);
      return null;
    }
    return entry.streamId;
  }

  private live(streamId: string): MemoryStream | undefined {
    const stream = this.streams.get(streamId);
    if (stream && stream.expiresAt <= Date.now()) {
      this.drop(streamId);
      return undefined;
    }
    return stream;
  }

  private drop(streamId: string) {
    const stream = this.streams.get(streamId);
    if (!stream) return;
    this.streams.delete(streamId);
    this.bytes -= stream.bytes;
    this.wake(stream);
  }

  private wake(stream: MemoryStream) {
    for (const waiter of [...stream.waiters]) waiter();
  }

  /** Drops expired streams and group pointers. */
  private sweep() {
    const now = Date.now();
    for (const [id, stream] of this.streams) if (stream.expiresAt <= now) this.drop(id);
    for (const [group, entry] of this.latestByGroup) if (entry.expiresAt <= now) this.latestByGroup.delete(group);
  }

  /** Frees memory past the cap: the oldest finished streams first, then the oldest running ones. */
  private evict() {
    this.sweep();
    for (const finishedFirst of [true, false]) {
      for (const [id, stream] of this.streams) {
        if (this.bytes <= this.maxBufferedBytes) return;
        if (stream.done === finishedFirst) this.drop(id);
      }
    }
  }
}

// ---------------------------------------------------------------- Upstash Redis

export interface UpstashStreamStoreOptions extends StreamStoreOptions {
  /** Prefix of every key this store writes. */
  prefix?: string;
  /** How often a reader asks Redis for new chunks while a stream runs. */
  pollMs?: number;
}

export class UpstashStreamStore implements ResumableStreamStore {
  private readonly prefix: string;
  private readonly pollMs: number;
  private readonly activeTtlMs: number;
  private readonly doneTtlMs: number;

  constructor(
    private readonly redis: Redis,
    options: UpstashStreamStoreOptions = {},
  ) {
    this.prefix = options.prefix ?? "ic:stream:";
    this.pollMs = options.pollMs ?? 150;
    this.activeTtlMs = options.activeTtlMs ?? DEFAULT_ACTIVE_TTL_MS;
    this.doneTtlMs = options.doneTtlMs ?? DEFAULT_DONE_TTL_MS;
  }

  static fromUrl(url: string, token: string, options: UpstashStreamStoreOptions = {}): UpstashStreamStore {
    // Chunks stay strings: no automatic JSON decoding of what comes back.
    return new UpstashStreamStore(new Redis({ url, token, automaticDeserialization: false, enableTelemetry: false }), options);
  }

  private stateKey = (id: string) => `${this.prefix}${id}:state`;
  private chunksKey = (id: string) => `${this.prefix}${id}:chunks`;
  private latestKey = (group: string) => `${this.prefix}latest:${group}`;

  async start(streamId: string): Promise<boolean> {
    const claimed = await this.redis.set(this.stateKey(streamId), "active", { nx: true, px: this.activeTtlMs });
    if (claimed !== "OK") return false;
    // Chunks left over from an expired stream of the same id must not be replayed.
    await this.redis.del(this.chunksKey(streamId));
    return true;
  }

  async append(streamId: string, chunks: string[]): Promise<void> {
    if (chunks.length === 0) return;
    await this.redis
      .pipeline()
      .rpush(this.chunksKey(streamId), ...chunks)
      .pexpire(this.chunksKey(streamId), this.activeTtlMs)
      .pexpire(this.stateKey(streamId), this.activeTtlMs)
      .exec();
  }

  async finish(streamId: string): Promise<void> {
    await this.redis
      .pipeline()
      .set(this.stateKey(streamId), "done", { px: this.doneTtlMs, xx: true })
      .pexpire(this.chunksKey(streamId), this.doneTtlMs)
      .exec();
  }

  async state(streamId: string): Promise<StreamState | null> {
    const value = await this.redis.get<string>(this.stateKey(streamId));
    return value === "active" || value === "done" ? value : null;
  }

  async discard(streamId: string): Promise<void> {
    await this.redis.del(this.stateKey(streamId), this.chunksKey(streamId));
  }

  read(streamId: string, offset = 0): ReadableStream<string> {
    let next = Math.max(0, offset);
    let cancelled = false;
    return new ReadableStream<string>({
      pull: async (controller) => {
        while (!cancelled) {
          // The state first: every chunk written before "done" is then in the list read next.
          const [state, chunks] = await this.redis
            .pipeline()
            .get<string>(this.stateKey(streamId))
            .lrange<string>(this.chunksKey(streamId), next, -1)
            .exec<[string | null, string[]]>();
          if (cancelled) return;
          for (const chunk of chunks) controller.enqueue(chunk);
          next += chunks.length;
          if (state !== "active") return controller.close();
          if (chunks.length > 0) return;
          await new Promise((resolve) => setTimeout(resolve, this.pollMs));
        }
      },
      cancel: () => {
        cancelled = true;
      },
    });
  }

  async setLatest(group: string, streamId: string): Promise<void> {
    await this.redis.set(this.latestKey(group), streamId, { px: LATEST_TTL_MS });
  }

  async latest(group: string): Promise<string | null> {
    return (await this.redis.get<string>(this.latestKey(group))) ?? null;
  }
}

// ---------------------------------------------------------------- the app's store

const g = globalThis as unknown as {
  __icMemoryStreamStore?: MemoryStreamStore;
  __icUpstashStreamStore?: { url: string; store: UpstashStreamStore };
};

/** Upstash Redis when it is configured, otherwise one in-memory store per process (shared by all routes). */
export function getResumableStreamStore(): ResumableStreamStore {
  const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env();
  if (url) {
    if (g.__icUpstashStreamStore?.url !== url) g.__icUpstashStreamStore = { url, store: UpstashStreamStore.fromUrl(url, token ?? "") };
    return g.__icUpstashStreamStore.store;
  }
  return (g.__icMemoryStreamStore ??= new MemoryStreamStore());
}
