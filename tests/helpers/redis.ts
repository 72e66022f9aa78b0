import net from "node:net";
import { startRedis, type LocalRedis } from "../stand-ins/upstash-redis";

/** The machine's Redis, where suites that need one run (TEST_REDIS_PORT overrides the port). */
const MACHINE_REDIS_PORT = Number(process.env.TEST_REDIS_PORT ?? 6379);

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * A Redis for a suite: the machine's at 127.0.0.1:6379 when it answers, otherwise a private
 * redis-server when one is installed; null (with the reason) when there is neither. Suites
 * sharing the machine's Redis keep to key prefixes of their own.
 */
export async function redisForTests(): Promise<{ redis: LocalRedis | null; reason?: string }> {
  if (await reachable(MACHINE_REDIS_PORT)) return { redis: { port: MACHINE_REDIS_PORT, stop: async () => {} } };
  const own = await startRedis();
  if (own) return { redis: own };
  return { redis: null, reason: `Redis is not reachable at 127.0.0.1:${MACHINE_REDIS_PORT} and redis-server is not installed` };
}
