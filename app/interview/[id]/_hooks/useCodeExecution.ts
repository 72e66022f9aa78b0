"use client";

import * as React from "react";
import { toast } from "sonner";
import type { ServerEvent } from "@/lib/room/events";
import type { CodeSubmitResponse } from "@/lib/api/schemas";
import { api, ApiError, isUnauthorized, redirectToSignIn } from "@/app/_lib/api";
import { useCodeStore, type Language, type RunResult } from "@/stores/codeStore";
import { useInterviewStore } from "@/stores/interviewStore";
import { customStdin, rerunTracking } from "../_lib/run-inputs";
import { dtoToRunResult } from "./useInterviewState";
import type { RoomApi } from "./useWebSocket";

type CodeResultEvent = Extract<ServerEvent, { type: "code_result" }>;

const POLL_INTERVAL_MS = 500;
const MAX_POLLS = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function eventToRunResult(e: CodeResultEvent): RunResult {
  return {
    execution_id: e.execution_id,
    kind: e.kind,
    status: e.status,
    output: e.output,
    error: e.error ?? null,
    tests_passed: e.tests_passed,
    tests_total: e.tests_total,
    execution_time_ms: e.execution_time_ms,
    score: e.score,
    results: e.results,
    at: Date.now(),
  };
}

function submitToRunResult(r: CodeSubmitResponse): RunResult {
  const firstError = r.test_results.find((t) => t.error)?.error ?? null;
  return {
    execution_id: r.submission_id,
    kind: "submit",
    status: r.status,
    output: "",
    error: r.status === "success" ? null : firstError,
    tests_passed: r.passed,
    tests_total: r.total,
    execution_time_ms: r.test_results.reduce((sum, t) => sum + (t.executionTimeMs || 0), 0),
    score: r.score,
    results: r.test_results,
    complexity: r.complexity_analysis,
    at: Date.now(),
  };
}

const STATUS_TEXT: Record<string, string> = {
  compile_error: "Compilation failed",
  timeout: "Time limit exceeded",
  memory_exceeded: "Memory limit exceeded",
  error: "Runtime error",
};

function announce(result: RunResult) {
  const { tests_passed: p, tests_total: t } = result;
  const what = result.kind === "submit" ? "Submission" : "Run";
  if (STATUS_TEXT[result.status] && p === 0) {
    toast.error(`${what}: ${STATUS_TEXT[result.status]}`, {
      description: result.error?.split("\n")[0]?.slice(0, 160) || undefined,
    });
  } else if (t > 0 && p === t) {
    toast.success(
      result.kind === "submit"
        ? `All ${t} tests passed${result.score !== undefined ? ` · score ${Math.round(result.score)}` : ""}`
        : `All ${t} visible tests passed`,
    );
  } else {
    toast.warning(`${what}: ${p}/${t} tests passed`);
  }
}

/**
 * Runs and submits code. A run is queued by POST …/code/execute; its result arrives as a
 * room `code_result`. If the room is down (or silent for too long) we poll
 * GET …/code/execute/{id}: at most 10 polls, 500 ms apart, as the brief specifies.
 */
export function useCodeExecution(interviewId: string, room: RoomApi, opts: { onResult?: (r: RunResult) => void } = {}) {
  // Results that arrived through the room, by execution id (they can beat the POST response).
  const seen = React.useRef(new Map<string, RunResult>());
  const waiters = React.useRef(new Map<string, (r: RunResult) => void>());
  const onResultRef = React.useRef(opts.onResult);
  React.useEffect(() => {
    onResultRef.current = opts.onResult;
  }, [opts.onResult]);

  const deliver = React.useCallback((result: RunResult, fromOwnAction: boolean) => {
    const store = useCodeStore.getState();
    const known = result.kind === "submit" ? store.latestSubmission : store.latestRun;
    if (known?.execution_id === result.execution_id) {
      // Already shown (e.g. the room beat the POST): just make sure the run is settled.
      if (store.runningExecutionId === result.execution_id) store.finishRun(result);
      return;
    }
    store.finishRun(result);
    if (fromOwnAction) announce(result);
    onResultRef.current?.(result);
    void api
      .metrics(interviewId)
      .then((m) => useInterviewStore.getState().setMetrics(m))
      .catch(() => undefined);
  }, [interviewId]);

  React.useEffect(
    () =>
      room.subscribe((event) => {
        if (event.type === "execution_started") {
          const s = useCodeStore.getState();
          if (event.kind === "run" && s.phase === "idle" && rerunTracking.mayBeRerunStart(event.execution_id)) return;
          // Room events can arrive out of order: a run whose result we have is over.
          const finished =
            seen.current.has(event.execution_id) ||
            s.latestRun?.execution_id === event.execution_id ||
            s.latestSubmission?.execution_id === event.execution_id;
          if (finished) return;
          if (s.phase === "idle") {
            // Started from another tab or device: show it running here too, for a while.
            s.startRun(event.kind);
            s.setRunPhase("running", event.execution_id);
            setTimeout(() => {
              const now = useCodeStore.getState();
              if (now.runningExecutionId === event.execution_id) now.failRun("");
            }, 30_000);
          } else if (s.runningExecutionId === event.execution_id || s.runningExecutionId === null) {
            s.setRunPhase("running");
          }
          return;
        }
        if (event.type !== "code_result") return;
        // A single test re-run from its row (useTestRerun): it updates that row only.
        if (event.kind === "run" && rerunTracking.isRerun(event.execution_id, event.results)) return;
        const result = eventToRunResult(event);
        seen.current.set(result.execution_id, result);
        if (seen.current.size > 50) seen.current.delete(seen.current.keys().next().value as string);
        const waiter = waiters.current.get(result.execution_id);
        const s = useCodeStore.getState();
        const ownRequestInFlight = s.phase !== "idle" && s.runningExecutionId === null;
        if (waiter) {
          waiter(result);
        } else if (result.kind === "run" && !ownRequestInFlight) {
          // Not ours (another tab, or a missed result replayed on reconnect): still show it.
          deliver(result, false);
        }
      }),
    [room, deliver],
  );

  const pollUntilDone = React.useCallback(
    async (executionId: string, isSettled: () => boolean): Promise<RunResult | null> => {
      for (let i = 0; i < MAX_POLLS && !isSettled(); i++) {
        try {
          const dto = await api.execution(interviewId, executionId);
          if (dto.status !== "queued" && dto.status !== "running") return dtoToRunResult(dto);
          if (dto.status === "running") useCodeStore.getState().setRunPhase("running");
        } catch (err) {
          if (err instanceof ApiError && err.status === 404) return null;
        }
        await sleep(POLL_INTERVAL_MS);
      }
      return null;
    },
    [interviewId],
  );

  const run = React.useCallback(
    async (code: string, language: Language) => {
      const store = useCodeStore.getState();
      if (store.phase !== "idle") return;
      if (!code.trim()) {
        toast.error("Write some code first");
        return;
      }
      store.startRun("run");
      let executionId: string;
      let estimated = 3;
      try {
        // With the custom input switched on, the run uses that input alone.
        const queued = await api.execute(interviewId, { code, language, stdin: customStdin() });
        executionId = queued.execution_id;
        estimated = queued.estimated_time || estimated;
      } catch (err) {
        if (isUnauthorized(err)) return redirectToSignIn();
        const message = err instanceof Error ? err.message : "Could not start the run";
        useCodeStore.getState().failRun(message);
        toast.error("Couldn't run your code", { description: message });
        return;
      }
      useCodeStore.getState().setRunPhase("queued", executionId);

      let settled = false;
      let fallbackTimer: ReturnType<typeof setTimeout> | undefined;
      const result = await new Promise<RunResult | null>((resolve) => {
        const finish = (r: RunResult | null) => {
          if (settled) return;
          settled = true;
          waiters.current.delete(executionId);
          clearTimeout(fallbackTimer);
          resolve(r);
        };
        const early = seen.current.get(executionId);
        if (early) return finish(early);
        waiters.current.set(executionId, finish);

        const startPolling = async () => {
          if (settled) return;
          useCodeStore.getState().setSlow(!room.isOpen());
          const polled = await pollUntilDone(executionId, () => settled);
          if (polled) finish(polled);
          else if (!settled) {
            // Still not done after the polls: keep waiting for the room, tell the user.
            useCodeStore.getState().setSlow(true);
            setTimeout(() => finish(null), 60_000);
          }
        };
        // Room down: poll right away. Room up: give it the estimated time plus slack first.
        fallbackTimer = setTimeout(startPolling, room.isOpen() ? estimated * 1000 + 4000 : 300);
      });

      if (result) deliver(result, true);
      else {
        useCodeStore.getState().failRun("The run is taking longer than expected. Its result will show when it's ready.");
        toast.warning("Still running…", { description: "The result will appear as soon as it's ready." });
      }
    },
    [interviewId, room, pollUntilDone, deliver],
  );

  const submit = React.useCallback(
    async (code: string, language: Language) => {
      const store = useCodeStore.getState();
      if (store.phase !== "idle") return null;
      if (!code.trim()) {
        toast.error("Write some code first");
        return null;
      }
      store.startRun("submit");
      store.setRunPhase("running");
      try {
        const response = await api.submit(interviewId, { code, language });
        const result = submitToRunResult(response);
        // The room may also deliver it as kind "submit": prefer the richer response.
        deliver(result, true);
        return result;
      } catch (err) {
        if (isUnauthorized(err)) {
          redirectToSignIn();
          return null;
        }
        const message = err instanceof Error ? err.message : "Submission failed";
        useCodeStore.getState().failRun(message);
        toast.error("Couldn't submit", { description: message });
        return null;
      }
    },
    [interviewId, deliver],
  );

  return { run, submit };
}
