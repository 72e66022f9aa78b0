import { handle, json, readJson } from "@/lib/api/http";
import { problemDetail, systemDesignDetail } from "@/lib/api/dto";
import { InterviewCreateRequestSchema, type InterviewDetail } from "@/lib/api/schemas";
import { requireUser } from "@/lib/auth/session";
import { createInterview, listInterviews } from "@/lib/interviews/service";

export const POST = handle(async (req) => {
  const user = await requireUser(req);
  const body = await readJson(req, InterviewCreateRequestSchema);
  const created = await createInterview(user, body);
  const { interview } = created;
  return json(
    {
      interview_id: interview.id,
      kind: created.kind,
      problem: created.kind === "coding" ? problemDetail(created.problem) : systemDesignDetail(created.problem),
      started_at: interview.startedAt.toISOString(),
      status: "in_progress" as const,
      stage: interview.stage,
      starter_code: created.starter,
    },
    201,
  );
});

export const GET = handle(async (req) => {
  const user = await requireUser(req);
  return json({ interviews: await listInterviews(user) });
});

export type { InterviewDetail };
