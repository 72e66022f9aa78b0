import { randomInt } from "node:crypto";
import { handle, json, notFound, parseQuery } from "@/lib/api/http";
import { problemSummary } from "@/lib/api/dto";
import { ProblemListQuerySchema } from "@/lib/api/schemas";
import { listProblems } from "@/lib/problems";

/** One problem drawn at random from those matching the filters (the picker's "Random problem"). */
export const GET = handle(async (req) => {
  const query = parseQuery(req.url, ProblemListQuerySchema);
  const matching = listProblems(query);
  if (matching.length === 0) throw notFound("No problem matches these filters; widen the difficulty or category");
  return json(problemSummary(matching[randomInt(matching.length)]));
});
