import { z } from "zod";

/**
 * One validated view of configuration. Production drivers are chosen when their
 * variables are present; otherwise the embedded defaults run everything locally.
 */
const DEV_SECRET = "interview-coach-local-development-secret-change-me";

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
    /** Interview length in minutes when none is chosen. */
    INTERVIEW_MINUTES: z.coerce.number().int().min(5).max(180).default(45),
  })
  .superRefine((env, ctx) => {
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
