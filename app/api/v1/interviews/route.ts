import { handle, json, readJson } from "@/lib/api/http";
import { problemDetail } from "@/lib/api/dto";
import { InterviewCreateRequestSchema, type InterviewDetail } from "@/lib/api/schemas";
import { requireUser } from "@/lib/auth/session";
import { createInterview, listInterviews } from "@/lib/interviews/service";

export const POST = handle(async (req) => {
  const user = await requireUser(req);
  const body = await readJson(req, InterviewCreateRequestSchema);
  const { interview, problem, starter } = await createInterview(user, body);
  return json(
    {
      interview_id: interview.id,
      problem: problemDetail(problem),
      started_at: interview.startedAt.toISOString(),
      status: "in_progress" as const,
      starter_code: starter,
    },
    201,
  );
});

export const GET = handle(async (req) => {
  const user = await requireUser(req);
  return json({ interviews: await listInterviews(user) });
});

export type { InterviewDetail };
