import { launcherEnvironment, task } from "./sandbox";
import { appEnvironment, secrets } from "./secrets";

/**
 * The job path: the app publishes `{type:"execute", submissionId}` to QStash (lib/queue), QStash
 * delivers it to this function's URL with an Upstash-Signature, and the function runs the job
 * (functions/execute.ts → runExecutionJob): it claims a warm sandbox task or starts one, waits for
 * the result, judges and stores it. A cron keeps the warm pool filled between runs.
 */

/** What the execute function and the pool cron may do in ECS beyond what linking the task grants. */
const describeTaskDefinition = { actions: ["ecs:DescribeTaskDefinition"], resources: ["*"] };

export const executeFunction = new sst.aws.Function("ExecuteJob", {
  handler: "functions/execute.handler",
  runtime: "nodejs22.x",
  // Cold Fargate starts take 45–90 s; the launcher gives up on a cold task after 150 s.
  timeout: "5 minutes",
  memory: "1024 MB",
  // Public URL: QStash must reach it. Every request is checked against the Upstash signature.
  url: true,
  // RunTask / DescribeTasks / StopTask / TagResource on the sandbox task, iam:PassRole on its execution role.
  link: [task],
  permissions: [describeTaskDefinition],
  // Read at run time relative to the working directory: migrations (db/client.ts) and the problem bank.
  copyFiles: [{ from: "db/migrations" }, { from: "problems" }],
  environment: {
    ...appEnvironment(),
    ...launcherEnvironment(),
    QSTASH_CURRENT_SIGNING_KEY: secrets.qstashCurrentSigningKey.value,
    QSTASH_NEXT_SIGNING_KEY: secrets.qstashNextSigningKey.value,
  },
});

/** Tops the warm pool up every minute (pooled tasks retire after SANDBOX_POOL_IDLE_SECONDS idle). */
export const poolCron = new sst.aws.Cron("SandboxPool", {
  schedule: "rate(1 minute)",
  function: {
    handler: "functions/pool.handler",
    runtime: "nodejs22.x",
    timeout: "1 minute",
    link: [task],
    permissions: [describeTaskDefinition],
    environment: { ...appEnvironment(), ...launcherEnvironment() },
  },
});

/** Where the app publishes jobs (JOBS_URL) and with what token. */
export function queueEnvironment() {
  return {
    JOBS_URL: executeFunction.url,
    QSTASH_TOKEN: secrets.qstashToken.value,
  };
}
