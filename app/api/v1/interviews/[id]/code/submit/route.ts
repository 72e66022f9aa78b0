import { handle, json, readJson, requireUuid, type RouteCtx } from "@/lib/api/http";
import { executionDTO } from "@/lib/api/dto";
import { CodeSubmitRequestSchema } from "@/lib/api/schemas";
import { requireUser } from "@/lib/auth/session";
import { isFinished, startExecution, waitForExecution } from "@/lib/execution/service";
import { getOwnedInterview, requireProblem } from "@/lib/interviews/service";

/** Long enough for a cold sandbox; the result also reaches the room if the caller gives up. */
const SUBMIT_WAIT_MS = 30_000;

export const POST = handle(async (req, ctx: RouteCtx<{ id: string }>) => {
  const user = await requireUser(req);
  const interview = await getOwnedInterview(user, requireUuid((await ctx.params).id));
  const body = await readJson(req, CodeSubmitRequestSchema);
  const queued = await startExecution(interview, { ...body, kind: "submit" });
  const row = (await waitForExecution(queued.id, SUBMIT_WAIT_MS)) ?? queued;
  const dto = executionDTO(row);
  const problem = requireProblem(interview.problemId);
  return json(
    {
      submission_id: row.id,
      status: dto.status,
      test_results: dto.results,
      passed: dto.tests_passed,
      total: dto.tests_total,
      score: dto.score,
      complexity_analysis: { time: row.complexityTime ?? problem.optimal.time, space: row.complexitySpace ?? problem.optimal.space },
    },
    isFinished(row) ? 200 : 202,
  );
});
