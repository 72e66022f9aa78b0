import { Receiver } from "@upstash/qstash";
import { z } from "zod";
import { env } from "@/lib/env";
import { JobSchema } from "@/lib/queue/jobs";
import { handleJob } from "@/lib/queue/handler";

/** The parts of a Lambda function-URL event this handler reads. */
const LambdaUrlEventSchema = z.object({
  body: z.string().nullable().optional(),
  isBase64Encoded: z.boolean().optional(),
  headers: z.record(z.string(), z.string().optional()).default({}),
  requestContext: z.object({ domainName: z.string().optional(), http: z.object({ path: z.string().optional() }).optional() }).optional(),
});

type LambdaResult = { statusCode: number; headers?: Record<string, string>; body: string };
const reply = (statusCode: number, body: Record<string, unknown>): LambdaResult => ({
  statusCode,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/**
 * QStash delivers each job here. The signature is checked before anything runs, so
 * only jobs our app published can start a sandbox.
 */
export async function handler(rawEvent: unknown): Promise<LambdaResult> {
  const parsedEvent = LambdaUrlEventSchema.safeParse(rawEvent);
  if (!parsedEvent.success) return reply(400, { error: "Not a function URL request" });
  const event = parsedEvent.data;
  const body = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body) : "";
  const signature = event.headers["upstash-signature"] ?? event.headers["Upstash-Signature"];
  const e = env();
  if (!e.QSTASH_CURRENT_SIGNING_KEY || !e.QSTASH_NEXT_SIGNING_KEY) return reply(500, { error: "QStash signing keys are not configured" });
  if (!signature) return reply(401, { error: "Missing Upstash-Signature header" });
  const receiver = new Receiver({ currentSigningKey: e.QSTASH_CURRENT_SIGNING_KEY, nextSigningKey: e.QSTASH_NEXT_SIGNING_KEY });
  const valid = await receiver.verify({ signature, body, url: process.env.JOBS_URL }).catch(() => false);
  if (!valid) return reply(401, { error: "Invalid QStash signature" });
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return reply(400, { error: "Job body is not JSON" });
  }
  const job = JobSchema.safeParse(payload);
  if (!job.success) return reply(400, { error: job.error.issues.map((i) => i.message).join("; ") });
  await handleJob(job.data);
  return reply(200, { ok: true });
}
