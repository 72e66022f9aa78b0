import { handle, json, parseQuery } from "@/lib/api/http";
import { problemSummary } from "@/lib/api/dto";
import { ProblemListQuerySchema } from "@/lib/api/schemas";
import { listCategories, listProblems } from "@/lib/problems";

export const GET = handle(async (req) => {
  const query = parseQuery(req.url, ProblemListQuerySchema);
  return json({ problems: listProblems(query).map(problemSummary), categories: listCategories() });
});
