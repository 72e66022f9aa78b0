"use client";

import * as React from "react";
import { toast } from "sonner";
import type { TestResult } from "@/lib/room/events";
import { api, isUnauthorized, redirectToSignIn } from "@/app/_lib/api";
import { useCodeStore } from "@/stores/codeStore";
import { rerunKey, rerunTracking, useReruns } from "../_lib/run-inputs";
import { dtoToRunResult } from "./useInterviewState";
import { useRoom } from "./useWebSocket";

const POLL_MS = 750;
const MAX_POLLS = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Re-runs one visible test: the code in the editor now, on that test's input alone, through
 * POST …/code/execute with the input as the custom input (the reference solution supplies the
 * expected output, which for a visible test is its stored answer). The result, from the room
 * or by polling, updates that test's row; the run the panel shows stays as it was.
 */
export function useTestRerun(interviewId: string | undefined) {
  const room = useRoom();
  const waiters = React.useRef(new Map<string, (t: TestResult | null, error?: string) => void>());
  const early = React.useRef(new Map<string, { test: TestResult | null; error?: string }>());

  React.useEffect(
    () =>
      room.subscribe((e) => {
        if (e.type !== "code_result" || e.kind !== "run" || !rerunTracking.isRerun(e.execution_id, e.results)) return;
        const test = e.results[0] ?? null;
        const error = test ? undefined : (e.error ?? "The test could not be run.");
        const w = waiters.current.get(e.execution_id);
        if (w) w(test, error);
        else early.current.set(e.execution_id, { test, error });
      }),
    [room],
  );

  return React.useCallback(
    async (executionId: string, t: TestResult) => {
      if (!interviewId || !t.input) return;
      const row = rerunKey(executionId, t.id);
      const store = useReruns.getState();
      if (store.entries[row]?.state === "running") return;
      const { language, codeByLanguage } = useCodeStore.getState();
      const code = codeByLanguage[language] ?? "";
      if (!code.trim()) {
        toast.error("Write some code first");
        return;
      }
      store.set(row, { state: "running", at: Date.now() });
      let id: string;
      rerunTracking.begin();
      try {
        id = (await api.execute(interviewId, { code, language, stdin: t.input })).execution_id;
        rerunTracking.end(id);
      } catch (err) {
        rerunTracking.end();
        if (isUnauthorized(err)) return redirectToSignIn();
        const message = err instanceof Error ? err.message : "Could not start the test";
        useReruns.getState().set(row, { state: "error", error: message, at: Date.now() });
        toast.error(`Couldn't re-run test ${t.testNumber}`, { description: message });
        return;
      }

      let settled = false;
      const outcome = await new Promise<{ test: TestResult | null; error?: string }>((resolve) => {
        const finish = (test: TestResult | null, error?: string) => {
          if (settled) return;
          settled = true;
          waiters.current.delete(id);
          resolve({ test, error });
        };
        const got = early.current.get(id);
        if (got) {
          early.current.delete(id);
          return finish(got.test, got.error);
        }
        waiters.current.set(id, finish);
        void (async () => {
          await sleep(room.isOpen() ? 4000 : 300);
          for (let i = 0; i < MAX_POLLS && !settled; i++) {
            try {
              const dto = await api.execution(interviewId, id);
              if (dto.status !== "queued" && dto.status !== "running") {
                const r = dtoToRunResult(dto);
                return finish(r.results[0] ?? null, r.results[0] ? undefined : (r.error ?? "The test could not be run."));
              }
            } catch {
              /* keep trying */
            }
            await sleep(POLL_MS);
          }
          finish(null, "The re-run is taking longer than expected.");
        })();
      });

      if (!outcome.test) {
        useReruns.getState().set(row, { state: "error", error: outcome.error, at: Date.now() });
        toast.error(`Test ${t.testNumber} could not be re-run`, { description: outcome.error });
        return;
      }
      // The row keeps its own identity; the reference solution's note about custom inputs does not apply.
      const result: TestResult = {
        ...outcome.test,
        id: t.id,
        testNumber: t.testNumber,
        hidden: false,
        input: t.input,
        expectedOutput: t.expectedOutput ?? outcome.test.expectedOutput,
        message: outcome.test.passed ? `Passed in ${Math.round(outcome.test.executionTimeMs)} ms.` : outcome.test.message,
      };
      useReruns.getState().set(row, { state: "done", result, at: Date.now() });
      toast[result.passed ? "success" : "warning"](`Test ${t.testNumber} ${result.passed ? "passes now" : "still fails"}`);
    },
    [interviewId, room],
  );
}
