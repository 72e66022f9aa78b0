import { runExecutionJob } from "@/lib/execution/service";
import type { Job } from "./jobs";

/** The one entry point for jobs, whether they come from memory, QStash or a Lambda. */
export async function handleJob(job: Job): Promise<void> {
  switch (job.type) {
    case "execute":
      await runExecutionJob(job.submissionId);
      return;
  }
}
