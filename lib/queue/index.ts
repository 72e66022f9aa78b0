import { Client } from "@upstash/qstash";
import { env } from "@/lib/env";
import type { Job } from "./jobs";

export type JobHandler = (job: Job) => Promise<void>;

/**
 * In-process queue: jobs run in this process with bounded concurrency, so a burst of
 * runs cannot start more sandboxes than the machine can take.
 */
class MemoryQueue {
  private pending: Job[] = [];
  private active = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly handler: () => Promise<JobHandler>,
    private readonly concurrency: number,
  ) {}

  enqueue(job: Job) {
    this.pending.push(job);
    this.pump();
  }

  private pump() {
    while (this.active < this.concurrency && this.pending.length > 0) {
      const job = this.pending.shift()!;
      this.active++;
      void this.handler()
        .then((h) => h(job))
        .catch((err) => console.error(`[queue] ${job.type} job failed:`, err))
        .finally(() => {
          this.active--;
          this.pump();
          if (this.active === 0 && this.pending.length === 0) this.idleWaiters.splice(0).forEach((r) => r());
        });
    }
  }

  /** Resolves once every queued job has finished (tests, graceful shutdown). */
  idle(): Promise<void> {
    if (this.active === 0 && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

const g = globalThis as unknown as { __interviewCoachQueue?: MemoryQueue };

function memoryQueue(): MemoryQueue {
  if (!g.__interviewCoachQueue) {
    // Imported lazily: the handler pulls in the sandbox and the database.
    g.__interviewCoachQueue = new MemoryQueue(async () => (await import("./handler")).handleJob, env().SANDBOX_CONCURRENCY);
  }
  return g.__interviewCoachQueue;
}

/** Where QStash delivers jobs in production (the Lambda's URL). */
export function jobEndpoint(): string {
  return process.env.JOBS_URL ?? `${env().APP_URL}/api/v1/jobs`;
}

export async function enqueue(job: Job): Promise<void> {
  const e = env();
  if (e.QSTASH_TOKEN) {
    // devMode false: a QSTASH_DEV variable must never redirect jobs to a local dev server.
    const client = new Client({ token: e.QSTASH_TOKEN, baseUrl: e.QSTASH_URL, devMode: false });
    // One delivery per submission even if the app publishes twice (QStash deduplicates by id).
    await client.publishJSON({ url: jobEndpoint(), body: job, retries: 2, deduplicationId: `${job.type}-${job.submissionId}` });
    return;
  }
  memoryQueue().enqueue(job);
}

export function queueIdle(): Promise<void> {
  return g.__interviewCoachQueue?.idle() ?? Promise.resolve();
}
