import { handle, json, parseQuery } from "@/lib/api/http";
import { systemDesignDetail } from "@/lib/api/dto";
import { SystemDesignListQuerySchema } from "@/lib/api/schemas";
import { listSystemDesignProblems } from "@/lib/problems";

/** The whiteboard problems, each with its brief (the answer key stays on the server). */
export const GET = handle(async (req) => {
  const query = parseQuery(req.url, SystemDesignListQuerySchema);
  return json({ problems: listSystemDesignProblems(query).map(systemDesignDetail) });
});
