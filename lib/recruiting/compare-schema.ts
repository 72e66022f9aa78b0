import { z } from "zod";
import { RecommendationSchema } from "@/lib/api/schemas";

/** GET /links/{id}/compare: shared by the route and the browser, so it carries no server code. */
export const ComparisonRowSchema = z.object({
  interview_id: z.string(),
  candidate: z.string(),
  status: z.string(),
  problem_title: z.string(),
  language: z.string().nullable(),
  started_at: z.string(),
  ended_at: z.string().nullable(),
  score: z.number().nullable(),
  recommendation: RecommendationSchema.shape.verdict.nullable(),
  /** Dimension id → score (0..100); only the dimensions the report scored. */
  rubric: z.record(z.string(), z.number()),
  tests_passed: z.number().int().nullable(),
  tests_total: z.number().int().nullable(),
  hints_used: z.number().int(),
  time_spent_seconds: z.number().int().nullable(),
  complexity: z.string().nullable(),
});
export const ComparisonSchema = z.object({
  link_id: z.string(),
  dimensions: z.array(z.object({ id: z.string(), label: z.string() })),
  candidates: z.array(ComparisonRowSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;
