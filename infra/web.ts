import { queueEnvironment } from "./jobs";
import { appEnvironment } from "./secrets";

/**
 * The Next.js app (pages and /api/v1) on AWS through OpenNext. It enqueues runs through QStash to
 * the execute function; it never starts sandboxes itself. (Teams hosting the web app on Vercel
 * skip this component and set the same variables there: `sst deploy` prints JOBS_URL.)
 */
export const web = new sst.aws.Nextjs("Web", {
  path: ".",
  environment: {
    ...appEnvironment(),
    ...queueEnvironment(),
  },
});
