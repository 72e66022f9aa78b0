import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { codeSubmissions, interviews, messages, type CodeSubmission, type Interview, type Language } from "@/db/schema";
import { HttpError } from "@/lib/api/http";
import { executionDTO } from "@/lib/api/dto";
import type { CodeExecutionResultDTO, ComplexityMeasurement } from "@/lib/api/schemas";
import { isAccepted, measureAndStore } from "@/lib/complexity/accepted";
import { classRank, optimalTimeClass } from "@/lib/complexity/classes";
import { reactToRun } from "@/lib/interviewer";
import { buildInterviewContext } from "@/lib/interviews/context";
import { requireProblem, saveCode } from "@/lib/interviews/service";
import { customInputMessage, parseCustomInput } from "@/lib/judge/custom-input";
import { evaluateCode } from "@/lib/judge/evaluate";
import { isRunnable, RUNNABLE_LANGUAGES } from "@/lib/launcher";
import { enqueue } from "@/lib/queue";
import type { Problem } from "@/lib/problems/types";
import { applyStageEvent, interviewKind } from "@/lib/interviews/stage";
import { postToRoom } from "@/lib/room/client";
import { postMetricsUpdate } from "@/lib/room/live";

const FINISHED = new Set(["success", "error", "timeout", "memory_exceeded", "compile_error"]);
export const isFinished = (s: CodeSubmission) => FINISHED.has(s.executionStatus);

/** Stores a queued run (or submission) and hands it to the queue. */
export async function startExecution(
  interview: Interview,
  input: { code: string; language: Language; stdin?: string; kind: "run" | "submit" },
): Promise<CodeSubmission> {
  if (interviewKind(interview) === "system_design") {
    throw new HttpError(409, "This is a system-design interview: there is no code to run or submit; put the design on the whiteboard (PUT /interviews/{id}/whiteboard)");
  }
  if (interview.status === "completed" || interview.status === "abandoned") {
    throw new HttpError(409, "This interview has ended; start a new one to run code");
  }
  if (interview.status === "paused") throw new HttpError(409, "The interview is paused; resume it to run code");
  if (!isRunnable(input.language)) {
    throw new HttpError(
      422,
      `language: running ${input.language} code is not available on this server yet; switch to ${RUNNABLE_LANGUAGES.join(", ")}`,
    );
  }
  // A custom input is checked now, so a mistake in it is a 400 that names the line, not a failed run.
  const stdin = input.kind === "run" && input.stdin?.trim() ? input.stdin : undefined;
  if (stdin !== undefined) {
    const parsed = parseCustomInput(requireProblem(interview.problemId).signature, stdin);
    if (!parsed.ok) throw new HttpError(400, customInputMessage(parsed.errors), { errors: parsed.errors });
  }
  const db = await getDb();
  await saveCode(interview.id, input.language, input.code);
  const [row] = await db
    .insert(codeSubmissions)
    .values({
      interviewId: interview.id,
      kind: input.kind,
      code: input.code,
      language: input.language,
      stdin: stdin ?? null,
    })
    .returning();
  await enqueue({ type: "execute", submissionId: row.id });
  return row;
}

async function loadSubmission(id: string): Promise<CodeSubmission | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(codeSubmissions).where(eq(codeSubmissions.id, id)).limit(1);
  return row;
}

/** Runs one stored submission in the sandbox, stores the verdicts and tells the room. */
export async function runExecutionJob(submissionId: string): Promise<void> {
  const db = await getDb();
  const submission = await loadSubmission(submissionId);
  if (!submission || isFinished(submission)) return; // redelivered job: nothing to do
  const [interview] = await db.select().from(interviews).where(eq(interviews.id, submission.interviewId)).limit(1);
  if (!interview) return;
  const problem = requireProblem(interview.problemId);

  await db.update(codeSubmissions).set({ executionStatus: "running" }).where(eq(codeSubmissions.id, submissionId));
  // Awaited so the room sees "started" before the result.
  await postToRoom(interview.id, { type: "execution_started", execution_id: submissionId, kind: submission.kind });

  let outcome: Awaited<ReturnType<typeof evaluateCode>>;
  try {
    // A run with a custom input runs on that input alone (validated when it was queued).
    const custom = submission.kind === "run" && submission.stdin ? parseCustomInput(problem.signature, submission.stdin) : undefined;
    if (custom && !custom.ok) throw new Error(customInputMessage(custom.errors));
    outcome = await evaluateCode({
      problem,
      language: submission.language,
      code: submission.code,
      kind: submission.kind,
      customInput: custom?.input,
    });
  } catch (err) {
    console.error("[execution] sandbox failed:", err);
    await db
      .update(codeSubmissions)
      .set({
        executionStatus: "error",
        stderr: "The sandbox could not run your code. Please try again in a moment.",
        completedAt: new Date(),
      })
      .where(eq(codeSubmissions.id, submissionId));
    const failed = await loadSubmission(submissionId);
    if (failed) await announce(interview.id, failed);
    return;
  }

  const [done] = await db
    .update(codeSubmissions)
    .set({
      executionStatus: outcome.status,
      stdout: outcome.output,
      stderr: outcome.error,
      exitCode: outcome.exitCode,
      executionTimeMs: Math.round(outcome.executionTimeMs),
      memoryMb: outcome.memoryMb,
      testsPassed: outcome.passed,
      testsTotal: outcome.total,
      score: outcome.score,
      testResults: outcome.results,
      completedAt: new Date(),
    })
    .where(eq(codeSubmissions.id, submissionId))
    .returning();

  if (submission.kind === "submit") await db.update(interviews).set({ currentScore: outcome.score }).where(eq(interviews.id, interview.id));
  // The stage follows what happened: the first run moves to testing, a submission to submit.
  await applyStageEvent(interview, { type: submission.kind === "submit" ? "submit" : "run" });

  // The result reaches the candidate first; the measurement that follows does not hold it up.
  await announce(interview.id, done);
  let measured: ComplexityMeasurement | null = null;
  let feedbackRow = done;
  if (isAccepted(done)) {
    measured = await measureAndStore(done, problem);
    if (measured) feedbackRow = (await loadSubmission(submissionId)) ?? done;
  }
  if (submission.kind === "submit") await postSubmitFeedback(interview.id, feedbackRow, problem, measured);
  await react(interview.id, submissionId, measured, problem);
}

/** After a submission, the structured feedback card: facts from the run, never the model's opinion. */
async function postSubmitFeedback(interviewId: string, s: CodeSubmission, problem: Problem, measured: ComplexityMeasurement | null) {
  const allPassed = s.testsTotal > 0 && s.testsPassed === s.testsTotal;
  const hiddenFailed = executionDTO(s).results.filter((r) => r.hidden && !r.passed).length;
  const strengths: string[] = [];
  const improvements: string[] = [];
  const suggestions: string[] = [];
  if (allPassed) strengths.push(`All ${s.testsTotal} tests pass, including the hidden ones.`);
  else improvements.push(`${s.testsTotal - s.testsPassed} of ${s.testsTotal} tests fail.`);
  if (hiddenFailed > 0) suggestions.push("Some hidden tests fail: think about empty input, duplicates and the largest sizes.");
  if (s.executionStatus === "timeout") suggestions.push(`Aim for ${problem.optimal.time} time; the large tests are built to reject slower solutions.`);
  if (measured) {
    if (slowerThanOptimal(problem, measured)) improvements.push(measured.summary);
    else strengths.push(measured.summary);
  }
  if (allPassed) suggestions.push(`Be ready to explain why your solution is ${problem.optimal.time} time and ${problem.optimal.space} space.`);
  await postToRoom(interviewId, {
    type: "ai_feedback",
    feedback_id: s.id,
    complexity_analysis: { time: s.complexityTime ?? problem.optimal.time, space: s.complexitySpace ?? problem.optimal.space },
    suggestions,
    strengths,
    improvements,
  });
}

async function announce(interviewId: string, s: CodeSubmission) {
  const dto = executionDTO(s);
  await postToRoom(interviewId, {
    type: "code_result",
    execution_id: dto.execution_id,
    kind: dto.kind,
    status: dto.status,
    output: dto.output,
    error: dto.error,
    tests_passed: dto.tests_passed,
    tests_total: dto.tests_total,
    execution_time_ms: dto.execution_time_ms,
    score: dto.score,
    results: dto.results,
  });
  // Every result changes the attempts, passes and score.
  await postMetricsUpdate(interviewId);
}

/** The measured class grows faster than the problem's optimal (false when the optimal is not a class). */
function slowerThanOptimal(problem: Problem, measured: ComplexityMeasurement): boolean {
  const optimal = optimalTimeClass(problem);
  return optimal !== null && classRank(measured.time.best_fit) > classRank(optimal);
}

/** The interviewer reacts to the run in the chat; a failure here must not lose the result. */
async function react(interviewId: string, submissionId: string, measured: ComplexityMeasurement | null, problem: Problem) {
  try {
    const db = await getDb();
    const ctx = await buildInterviewContext(interviewId);
    if (!ctx) return;
    // The interviewer hears what the platform measured, in the same words the candidate sees.
    if (measured && ctx.lastRun) {
      ctx.lastRun = {
        ...ctx.lastRun,
        measured: {
          time: measured.time.best_fit,
          optimal: optimalTimeClass(problem),
          slower: slowerThanOptimal(problem, measured),
          confidence: measured.time.confidence,
          summary: measured.summary,
        },
      };
    }
    const text = await reactToRun(ctx);
    if (!text.trim()) return;
    const [msg] = await db
      .insert(messages)
      .values({ interviewId, role: "ai", content: text, contentType: "feedback" })
      .returning();
    await db.update(codeSubmissions).set({ aiFeedback: text }).where(eq(codeSubmissions.id, submissionId));
    await postToRoom(interviewId, { type: "ai_message_complete", message_id: msg.id, full_content: text, role: "ai" });
  } catch (err) {
    console.error("[execution] interviewer reaction failed:", err);
  }
}

export async function getExecution(interviewId: string, executionId: string): Promise<CodeExecutionResultDTO | null> {
  const s = await loadSubmission(executionId);
  if (!s || s.interviewId !== interviewId) return null;
  return executionDTO(s);
}

/** Waits for a submission to finish (the submit endpoint answers with its results). */
export async function waitForExecution(id: string, timeoutMs: number): Promise<CodeSubmission | undefined> {
  const deadline = Date.now() + timeoutMs;
  let row = await loadSubmission(id);
  while (row && !isFinished(row) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    row = await loadSubmission(id);
  }
  return row;
}
