/// <reference path="./.sst/platform/config.d.ts" />

/**
 * `sst deploy --stage <stage>`: the web app, the job path (QStash → Lambda) and the ECS sandbox.
 * Components live in infra/; they are imported inside run() because SST's globals ($app, sst, aws)
 * exist only there. Set the secrets first: see infra/secrets.ts.
 */
export default $config({
  app(input) {
    return {
      name: "interview-coach",
      home: "aws",
      removal: input?.stage === "production" ? "retain" : "remove",
      protect: input?.stage === "production",
    };
  },
  async run() {
    const sandbox = await import("./infra/sandbox");
    const jobs = await import("./infra/jobs");
    const { web } = await import("./infra/web");
    return {
      web: web.url,
      jobsUrl: jobs.executeFunction.url,
      sandboxExchange: sandbox.exchangeApi.url,
      sandboxTaskDefinition: sandbox.task.taskDefinition,
    };
  },
});
