import { Receiver } from "@upstash/qstash";
import { env } from "@/lib/env";
import { runWithSandboxContext } from "@/lib/launcher/ecs-context";
import { JobSchema } from "@/lib/queue/jobs";
import { handleJob } from "@/lib/queue/handler";
import { eventBody, eventHeader, jsonResult, parseLambdaHttpEvent, type LambdaHttpResult } from "./http";

/**
 * QStash delivers each job here (the Lambda's function URL). The signature is checked before
 * anything runs, so only jobs our app published can start a sandbox. The job then runs the
 * same handler as the in-process queue: runExecutionJob loads the submission, the launcher
 * (SANDBOX_LAUNCHER=ecs) runs it in a Fargate task and waits for the result, and the judged
 * result is stored and announced from here.
 */
export async function handler(rawEvent: unknown): Promise<LambdaHttpResult> {
  const event = parseLambdaHttpEvent(rawEvent);
  if (!event) return jsonResult(400, { error: "Not a function URL request" });
  const body = eventBody(event);
  const signature = eventHeader(event, "upstash-signature");
  const e = env();
  if (!e.QSTASH_CURRENT_SIGNING_KEY || !e.QSTASH_NEXT_SIGNING_KEY) return jsonResult(500, { error: "QStash signing keys are not configured" });
  if (!signature) return jsonResult(401, { error: "Missing Upstash-Signature header" });
  // devMode false: a QSTASH_DEV variable must never swap in the public dev-server keys.
  const receiver = new Receiver({ currentSigningKey: e.QSTASH_CURRENT_SIGNING_KEY, nextSigningKey: e.QSTASH_NEXT_SIGNING_KEY, devMode: false });
  const url = deliveryUrl(event);
  if (!url) return jsonResult(500, { error: "Cannot tell which URL this delivery was signed for; set JOBS_URL" });
  const valid = await receiver.verify({ signature, body, url }).catch(() => false);
  if (!valid) return jsonResult(401, { error: "Invalid QStash signature" });
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return jsonResult(400, { error: "Job body is not JSON" });
  }
  const job = JobSchema.safeParse(payload);
  if (!job.success) return jsonResult(400, { error: job.error.issues.map((i) => i.message).join("; ") });
  const context = job.data.type === "execute" ? { submissionId: job.data.submissionId } : {};
  await runWithSandboxContext(context, () => handleJob(job.data));
  return jsonResult(200, { ok: true });
}

/**
 * The URL QStash delivered to, which its JWT names as `sub`: JOBS_URL when set, else this
 * function URL as the event shows it (a function cannot be configured with its own URL).
 */
function deliveryUrl(event: NonNullable<ReturnType<typeof parseLambdaHttpEvent>>): string | undefined {
  if (process.env.JOBS_URL) return process.env.JOBS_URL;
  const domain = event.requestContext?.domainName;
  if (!domain) return undefined;
  return `https://${domain}${event.rawPath ?? "/"}`;
}
