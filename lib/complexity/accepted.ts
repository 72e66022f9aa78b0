import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { codeSubmissions, type CodeSubmission } from "@/db/schema";
import { ComplexityMeasurementSchema, type ComplexityMeasurement } from "@/lib/api/schemas";
import type { Problem } from "@/lib/problems/types";
import { measureComplexity } from "./measure";

/**
 * Measuring an accepted submission and storing the measurement on it. Started right after the
 * result reaches the candidate; the end of the interview waits for the same measurement (or starts
 * it, when it was never started in this process) so the report always has it.
 */

const inFlight = new Map<string, Promise<ComplexityMeasurement | null>>();

/** Passed every visible and hidden test: the submissions whose growth is measured. */
export function isAccepted(s: Pick<CodeSubmission, "kind" | "executionStatus" | "testsPassed" | "testsTotal">): boolean {
  return s.kind === "submit" && s.executionStatus === "success" && s.testsTotal > 0 && s.testsPassed === s.testsTotal;
}

/**
 * Times the submission in the sandbox and stores the measurement. A measurement that fails is
 * logged and leaves nothing stored: the submission itself already stands.
 */
export function measureAndStore(s: CodeSubmission, problem: Problem): Promise<ComplexityMeasurement | null> {
  const running = inFlight.get(s.id);
  if (running) return running;
  const job = (async () => {
    try {
      const measurement = ComplexityMeasurementSchema.parse(await measureComplexity(problem, s.language, s.code));
      const db = await getDb();
      await db
        .update(codeSubmissions)
        .set({
          complexity: measurement as unknown as Record<string, unknown>,
          complexityTime: measurement.time.best_fit,
          complexitySpace: measurement.memory?.best_fit ?? null,
        })
        .where(eq(codeSubmissions.id, s.id));
      return measurement;
    } catch (err) {
      console.error(`[complexity] submission ${s.id} (${problem.slug}, ${s.language}) not measured:`, err);
      return null;
    } finally {
      inFlight.delete(s.id);
    }
  })();
  inFlight.set(s.id, job);
  return job;
}
