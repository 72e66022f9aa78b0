import { env } from "@/lib/env";
import { createExchangeHandler } from "@/lib/launcher/ecs-exchange";
import { sandboxStoreFromEnv } from "@/lib/launcher/ecs";
import { eventToRequest, jsonResult, parseLambdaHttpEvent, responseToResult, type LambdaHttpResult } from "./http";

/**
 * The job exchange for ECS sandbox tasks, behind a private API Gateway that only the
 * sandbox VPC's execute-api endpoint can reach (infra/sandbox.ts). See lib/launcher/ecs-exchange.ts
 * for the protocol. It holds no AWS permissions beyond logging: it reads and writes Upstash.
 */
let exchange: ((req: Request) => Promise<Response>) | undefined;
let configuredFor: object | undefined;

export async function handler(rawEvent: unknown): Promise<LambdaHttpResult> {
  const event = parseLambdaHttpEvent(rawEvent);
  if (!event) return jsonResult(400, { error: "Not an HTTP request" });
  const e = env();
  if (!e.SANDBOX_EXCHANGE_SECRET) return jsonResult(500, { error: "SANDBOX_EXCHANGE_SECRET is not configured" });
  if (!exchange || configuredFor !== e) {
    exchange = createExchangeHandler({ store: sandboxStoreFromEnv(e), secret: e.SANDBOX_EXCHANGE_SECRET });
    configuredFor = e;
  }
  return responseToResult(await exchange(eventToRequest(event)));
}
