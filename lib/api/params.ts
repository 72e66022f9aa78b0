import { getProblem, getProblemBySlug, getSystemDesignProblem, listSystemDesignProblems } from "@/lib/problems";
import type { SystemDesignProblem } from "@/lib/problems/system-design";
import type { Problem } from "@/lib/problems/types";
import { notFound } from "./http";

/** A problem by numeric id or slug, or 404. */
export function problemFromParam(param: string): Problem {
  const problem = /^\d+$/.test(param) ? getProblem(Number(param)) : getProblemBySlug(param);
  if (!problem) throw notFound(`Problem ${param} not found`);
  return problem;
}

/** A system-design problem by numeric id or slug, or 404. */
export function systemDesignFromParam(param: string): SystemDesignProblem {
  const problem = /^\d+$/.test(param) ? getSystemDesignProblem(Number(param)) : listSystemDesignProblems().find((p) => p.slug === param);
  if (!problem) throw notFound(`System-design problem ${param} not found`);
  return problem;
}
