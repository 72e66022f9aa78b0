import { getLauncher } from "@/lib/launcher";
import { EcsLauncher } from "@/lib/launcher/ecs";

/**
 * Keeps the warm pool of ECS sandbox tasks at SANDBOX_POOL_SIZE between runs (a cron: idle
 * tasks retire after SANDBOX_POOL_IDLE_SECONDS, and runs refill only what they claim).
 */
export async function handler(): Promise<{ started: number }> {
  const launcher = getLauncher();
  if (!(launcher instanceof EcsLauncher)) throw new Error(`The pool cron needs SANDBOX_LAUNCHER=ecs, not ${launcher.name}`);
  const res = await launcher.topUpPool();
  if (res.started) console.log(`[pool] started ${res.started} sandbox task(s)`);
  return res;
}
