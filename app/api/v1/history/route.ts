import { handle, json } from "@/lib/api/http";
import { HistoryResponseSchema } from "@/lib/api/schemas";
import { requireUser } from "@/lib/auth/session";
import { buildHistory } from "@/lib/interviews/history";

/** The caller's own interviews, score trend, weak areas across interviews and what to practise next. */
export const GET = handle(async (req) => {
  const user = await requireUser(req);
  return json(HistoryResponseSchema.parse(await buildHistory(user)));
});
