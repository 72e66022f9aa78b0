import { getProblem, getProblemBySlug } from "@/lib/problems";
import type { Problem } from "@/lib/problems/types";
import { notFound } from "./http";

/** A problem by numeric id or slug, or 404. */
export function problemFromParam(param: string): Problem {
  const problem = /^\d+$/.test(param) ? getProblem(Number(param)) : getProblemBySlug(param);
  if (!problem) throw notFound(`Problem ${param} not found`);
  return problem;
}
