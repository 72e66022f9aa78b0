/**
 * Plays the runner inside a fake ECS task: reads a SandboxJob on stdin, runs it with the real
 * runner under bubblewrap (the BwrapLauncher), prints the SandboxResult. The task agent starts it
 * in place of `python3 runner.py` (SANDBOX_RUNNER_COMMAND), so user code is isolated here by
 * bubblewrap rather than by the agent's Fargate seccomp filter.
 */
import path from "node:path";
import { BwrapLauncher } from "../../lib/launcher/bwrap";

const chunks: Buffer[] = [];
process.stdin.on("data", (c: Buffer) => chunks.push(c));
process.stdin.on("end", async () => {
  const job = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const launcher = new BwrapLauncher({ runnerDir: path.resolve(import.meta.dirname, "../../sandbox-images/runner"), concurrency: 1 });
  const result = await launcher.run(job);
  process.stdout.write(JSON.stringify(result));
});
