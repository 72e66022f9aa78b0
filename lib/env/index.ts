import { z } from "zod";

/**
 * One validated view of configuration. Production drivers are chosen when their
 * variables are present; otherwise the embedded defaults run everything locally.
 */
const DEV_SECRET = "interview-coach-local-development-secret-change-me";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** An unset or empty variable means "not configured". */
const optionalUrl = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.string().trim().url().optional(),
);

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Public base URL of the web app (used for auth callbacks and links). */
    APP_URL: z.string().url().default("http://localhost:3000"),
    /** Postgres URL (Neon in production). Unset: embedded PGlite under DATA_DIR. */
    DATABASE_URL: optionalUrl,
    /** Folder for embedded state (PGlite database). */
    DATA_DIR: z.string().default("data"),
    /** Secret for sessions and JWTs (min 32 chars). Required in production. */
    AUTH_SECRET: z.string().min(32).default(DEV_SECRET),
    /** Shared secret between the app and the PartyKit room. */
    ROOM_SECRET: z.string().min(32).default(DEV_SECRET),
    /** Host of the PartyKit server as the server reaches it (http/https URL). */
    PARTYKIT_URL: z.string().url().default("http://127.0.0.1:1999"),
    /** PartyKit URL as the browser reaches it; defaults to PARTYKIT_URL. */
    NEXT_PUBLIC_PARTYKIT_URL: optionalUrl,
    /** Hosted interviewer (OpenAI-compatible). Unset: built-in offline interviewer. */
    LLM_BASE_URL: optionalUrl,
    LLM_API_KEY: z.string().optional(),
    LLM_MODEL: z.string().default("gpt-4o-mini"),
    /** Hosted interviewer: longest wait for the first token, and longest silence mid-answer, before the built-in one takes over. */
    LLM_FIRST_TOKEN_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(300_000).default(15_000)),
    LLM_STALL_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(300_000).default(20_000)),
    /** Upstash Redis REST. Unset: in-memory cache and rate limits. */
    UPSTASH_REDIS_REST_URL: optionalUrl,
    UPSTASH_REDIS_REST_TOKEN: z.string().optional(),
    /** QStash. Unset: in-process queue calling the same handler. */
    QSTASH_URL: optionalUrl,
    QSTASH_TOKEN: z.string().optional(),
    QSTASH_CURRENT_SIGNING_KEY: z.string().optional(),
    QSTASH_NEXT_SIGNING_KEY: z.string().optional(),
    /** Sandbox launcher: bwrap (default), docker, or ecs. */
    SANDBOX_LAUNCHER: z.enum(["bwrap", "docker", "ecs"]).default("bwrap"),
    /** Sandboxes (and queued execution jobs) running at once in this process; more wait their turn. */
    SANDBOX_CONCURRENCY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(64).default(2)),
    /** Docker and ECS launchers: pre-started single-use sandboxes kept waiting for a job (0: always cold). */
    SANDBOX_POOL_SIZE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(32).default(2)),
    /** ECS launcher (SANDBOX_LAUNCHER=ecs): where sandbox tasks run. Set by infra/ on deploy. */
    SANDBOX_ECS_CLUSTER: z.preprocess(emptyToUndefined, z.string().optional()),
    SANDBOX_ECS_TASK_DEFINITION: z.preprocess(emptyToUndefined, z.string().optional()),
    SANDBOX_ECS_CONTAINER: z.preprocess(emptyToUndefined, z.string().default("Sandbox")),
    /** Comma-separated private subnet ids and security group ids for the tasks' awsvpc ENIs. */
    SANDBOX_ECS_SUBNETS: z.preprocess(emptyToUndefined, z.string().optional()),
    SANDBOX_ECS_SECURITY_GROUPS: z.preprocess(emptyToUndefined, z.string().optional()),
    /** Fargate CPU units per sandbox task (memory follows the job's limits). */
    SANDBOX_ECS_CPU: z.preprocess(emptyToUndefined, z.coerce.number().int().pipe(z.union([z.literal(256), z.literal(512), z.literal(1024), z.literal(2048), z.literal(4096)])).default(1024)),
    /** Seconds a pooled ECS task waits for a job before it retires (the pool refills behind it). */
    SANDBOX_POOL_IDLE_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(30).max(3600).default(600)),
    /** Job exchange the ECS tasks reach through the VPC endpoint, and the secret its tokens are signed with. */
    SANDBOX_EXCHANGE_URL: optionalUrl,
    SANDBOX_EXCHANGE_SECRET: z.preprocess(emptyToUndefined, z.string().min(32).optional()),
    /** Interview length in minutes when none is chosen. */
    INTERVIEW_MINUTES: z.coerce.number().int().min(5).max(180).default(45),
  })
  .superRefine((env, ctx) => {
    if (env.SANDBOX_LAUNCHER === "ecs") {
      for (const key of ["SANDBOX_ECS_CLUSTER", "SANDBOX_ECS_TASK_DEFINITION", "SANDBOX_ECS_SUBNETS", "SANDBOX_ECS_SECURITY_GROUPS", "SANDBOX_EXCHANGE_URL", "SANDBOX_EXCHANGE_SECRET"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required when SANDBOX_LAUNCHER=ecs` });
      }
      // The launcher, the job exchange and the pool cron are separate Lambdas: they meet in Redis.
      if (env.NODE_ENV === "production" && !env.UPSTASH_REDIS_REST_URL) {
        ctx.addIssue({ code: "custom", path: ["UPSTASH_REDIS_REST_URL"], message: "UPSTASH_REDIS_REST_URL is required when SANDBOX_LAUNCHER=ecs in production" });
      }
    }
    if (env.NODE_ENV === "production" && process.env.ALLOW_DEV_SECRETS !== "1") {
      for (const key of ["AUTH_SECRET", "ROOM_SECRET"] as const) {
        if (env[key] === DEV_SECRET) {
          ctx.addIssue({ code: "custom", path: [key], message: `${key} must be set in production` });
        }
      }
    }
  });

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** For tests that change process.env between suites. */
export function resetEnvCache(): void {
  cached = undefined;
}
