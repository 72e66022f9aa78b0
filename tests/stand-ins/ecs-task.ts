import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import type { RunTaskCommandInput, Task } from "@aws-sdk/client-ecs";

/**
 * A local stand-in for one Fargate sandbox task: the real task agent
 * (sandbox-images/runner/task_agent.py) started with the environment the RunTask request gives the
 * container, so it fetches its job from the job exchange, runs it and posts the result exactly as
 * in ECS. DescribeTasks answers come from the process's state.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
export const AGENT = path.join(ROOT, "sandbox-images", "runner", "task_agent.py");
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** The runner command that runs jobs under bubblewrap through the BwrapLauncher. */
export const BWRAP_RUNNER_COMMAND = [process.execPath, TSX, "--tsconfig", path.join(ROOT, "tsconfig.json"), path.join(ROOT, "tests", "stand-ins", "bwrap-runner.ts")];

export interface FakeTask {
  taskArn: string;
  input: RunTaskCommandInput;
  process: ChildProcess;
  logs: () => string;
  exited: Promise<number | null>;
  describe(): Task;
  stop(reason?: string): void;
}

export interface FakeTaskOptions {
  /** argv that replaces the runner (default: the BwrapLauncher script). */
  runnerCommand?: string[];
  /** "none" when the runner command isolates (bubblewrap); "seccomp" for the agent's own filter. */
  isolation?: "none" | "seccomp";
  /** Run the agent as this uid/gid (tests running as root use an unprivileged one). */
  uid?: number;
}

export function startFakeTask(input: RunTaskCommandInput, opts: FakeTaskOptions = {}): FakeTask {
  const taskArn = `arn:aws:ecs:us-east-1:123456789012:task/sandbox/${crypto.randomBytes(16).toString("hex")}`;
  const overrides = input.overrides?.containerOverrides?.[0]?.environment ?? [];
  const env: Record<string, string> = { PATH: "/usr/local/bin:/usr/bin:/bin", HOME: "/tmp", LANG: "C.UTF-8" };
  for (const { name, value } of overrides) if (name && value !== undefined) env[name] = value;
  env.SANDBOX_AGENT_ISOLATION = opts.isolation ?? "none";
  if ((opts.isolation ?? "none") === "none") env.SANDBOX_RUNNER_COMMAND = JSON.stringify(opts.runnerCommand ?? BWRAP_RUNNER_COMMAND);
  else if (opts.runnerCommand) env.SANDBOX_RUNNER_COMMAND = JSON.stringify(opts.runnerCommand);
  const ids = opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.uid };
  const child: ChildProcess = spawn("/usr/bin/python3", ["-I", "-B", AGENT], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"], cwd: "/tmp", ...ids });
  let log = "";
  child.stdout!.on("data", (c: Buffer) => (log += c));
  child.stderr!.on("data", (c: Buffer) => (log += c));
  let exitCode: number | null | undefined;
  let stoppedReason: string | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code, signal) => {
      const result = code ?? (signal ? 128 : null);
      exitCode = result;
      resolve(result);
    }),
  );
  return {
    taskArn,
    input,
    process: child,
    logs: () => log,
    exited,
    describe(): Task {
      if (exitCode === undefined) return { taskArn, lastStatus: "RUNNING", desiredStatus: "RUNNING" };
      return {
        taskArn,
        lastStatus: "STOPPED",
        desiredStatus: "STOPPED",
        stopCode: stoppedReason ? "UserInitiated" : "EssentialContainerExited",
        stoppedReason: stoppedReason ?? "Essential container in task exited",
        containers: [{ name: "Sandbox", exitCode: exitCode ?? undefined, lastStatus: "STOPPED" }],
      };
    },
    stop(reason = "Task stopped by user") {
      stoppedReason = reason;
      child.kill("SIGKILL");
    },
  };
}
