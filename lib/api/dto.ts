import type { CodeSubmission, Interview, Message } from "@/db/schema";
import type { SystemDesignProblem } from "@/lib/problems/system-design";
import type { Problem } from "@/lib/problems/types";
import { TestResultSchema } from "@/lib/room/events";
import { z } from "zod";
import type {
  CodeExecutionResultDTO,
  InterviewDTO,
  MessageDTO,
  ProblemDetail,
  ProblemSummary,
  SystemDesignDetail,
} from "./schemas";

/** The listing fields, shared by coding and system-design problems. */
export function problemSummary(p: Pick<Problem, "id" | "slug" | "title" | "difficulty" | "category" | "tags" | "estimatedMinutes">): ProblemSummary {
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    difficulty: p.difficulty,
    category: p.category,
    tags: p.tags,
    estimated_minutes: p.estimatedMinutes,
  };
}

/** Everything a browser may see of a problem: no hidden tests, no solutions, no hint texts. */
export function problemDetail(p: Problem): ProblemDetail {
  return {
    ...problemSummary(p),
    statement: p.statement,
    constraints: p.constraints,
    examples: p.examples,
    signature: p.signature,
    starter_code: p.starterCode as Record<string, string>,
    test_cases: p.tests.visible.map((t, i) => ({ id: `visible-${i + 1}`, input: t.input, expected: t.expected })),
    hints_available: p.hints.length,
  };
}

/** A system-design brief without its answer key (components, connections, follow-ups, hints, pitfalls). */
export function systemDesignDetail(p: SystemDesignProblem): SystemDesignDetail {
  return {
    ...problemSummary(p),
    brief: p.brief,
    requirements: { functional: p.requirements.functional, non_functional: p.requirements.nonFunctional },
    scale: p.scale.map((s) => ({ metric: s.metric, value: s.value })),
    hints_available: p.hints.length,
  };
}

/** Seconds of interview time so far, excluding pauses. */
export function elapsedSeconds(i: Interview, now = new Date()): number {
  const end = i.endedAt ?? i.pausedAt ?? now;
  const ms = end.getTime() - i.startedAt.getTime() - i.pausedMs;
  return Math.max(0, Math.floor(ms / 1000));
}

export function interviewDTO(
  i: Interview,
  messagesCount: number,
  problem: { kind: InterviewDTO["kind"]; title: string },
): InterviewDTO {
  return {
    id: i.id,
    kind: problem.kind,
    status: i.status,
    problem_id: i.problemId,
    problem_title: problem.title,
    language: i.language,
    difficulty: i.difficulty,
    stage: i.stage,
    started_at: i.startedAt.toISOString(),
    paused_at: i.pausedAt?.toISOString() ?? null,
    ended_at: i.endedAt?.toISOString() ?? null,
    duration_minutes: i.durationMinutes,
    elapsed_seconds: elapsedSeconds(i),
    current_score: i.currentScore,
    final_score: i.finalScore,
    messages_count: messagesCount,
  };
}

export function messageDTO(m: Message): MessageDTO {
  return {
    id: m.id,
    role: m.role,
    content: m.content,
    content_type: m.contentType,
    timestamp: m.timestamp.toISOString(),
    code_snippet: m.codeSnippet,
  };
}

const StoredResultsSchema = z.array(TestResultSchema).catch([]);

export function executionDTO(s: CodeSubmission): CodeExecutionResultDTO {
  const results = StoredResultsSchema.parse(s.testResults);
  return {
    execution_id: s.id,
    kind: s.kind,
    status: s.executionStatus,
    output: s.stdout ?? "",
    error: s.stderr || null,
    execution_time_ms: s.executionTimeMs ?? 0,
    memory_mb: s.memoryMb ?? 0,
    exit_code: s.exitCode,
    tests_passed: s.testsPassed,
    tests_total: s.testsTotal,
    score: s.score,
    results,
    submitted_at: s.submittedAt.toISOString(),
  };
}
