"use client";

import * as React from "react";
import { CheckCircle2, ChevronRight, Clock, Copy, FlaskConical, Lightbulb, Lock, RotateCw, Terminal, XCircle } from "lucide-react";
import type { TestResult } from "@/lib/room/events";
import { ExecutionSpinner } from "@/app/interview/components/ExecutionSpinner";
import { ErrorCross, SuccessCheck } from "@/app/interview/components/SuccessCheck";
import { Badge } from "@/components/ui/badge";
import { Kbd } from "@/components/ui/kbd";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/components/ui/utils";
import { useCodeStore, type RunResult } from "@/stores/codeStore";
import { useInterviewStore } from "@/stores/interviewStore";
import { canRerun, rerunKey, useCustomInput, useReruns, type RerunEntry } from "../_lib/run-inputs";
import { diffValues, explainFailure, type Segment } from "../_lib/test-insight";
import { useTestRerun } from "../_hooks/useTestRerun";

const VERDICT_LABEL: Record<string, string> = {
  accepted: "Accepted",
  passed: "Passed",
  wrong_answer: "Wrong answer",
  runtime_error: "Runtime error",
  time_limit_exceeded: "Time limit exceeded",
  timeout: "Time limit exceeded",
  memory_limit_exceeded: "Memory limit exceeded",
  memory_exceeded: "Memory limit exceeded",
  compile_error: "Compilation error",
  error: "Error",
  success: "Finished",
  skipped: "Not run",
  time_limit: "Time limit exceeded",
  memory_limit: "Memory limit exceeded",
  output_limit: "Output limit exceeded",
  not_run: "Not run",
  invalid_input: "Invalid input",
};
const formatMs = (ms: number) => (ms < 1 ? "<1 ms" : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`);
const label = (v: string) => VERDICT_LABEL[v] ?? v.replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase());

function CopyButton({ text, what }: { text: string; what: string }) {
  const [done, setDone] = React.useState(false);
  return (
    <button
      type="button"
      className="inline-flex items-center gap-1 rounded px-1 text-[0.6875rem] text-muted-foreground hover:text-foreground"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setDone(true);
          setTimeout(() => setDone(false), 1200);
        } catch {
          /* blocked */
        }
      }}
      aria-label={`Copy ${what}`}
    >
      <Copy className="size-3" aria-hidden />
      {done ? "Copied" : null}
    </button>
  );
}

function Field({
  name,
  value,
  tone,
  segments,
  testId,
}: {
  name: string;
  value: string;
  tone?: "good" | "bad";
  /** The value split into unchanged and differing parts (expected vs actual). */
  segments?: Segment[];
  testId?: string;
}) {
  return (
    <div className="min-w-0">
      <div className="mb-1 flex items-center justify-between text-[0.6875rem] font-medium uppercase tracking-wide text-muted-foreground">
        <span>{name}</span>
        <CopyButton text={value} what={name.toLowerCase()} />
      </div>
      <pre
        className={cn(
          "max-h-40 overflow-auto whitespace-pre-wrap break-all rounded-md border bg-code-bg px-2.5 py-1.5 font-mono text-xs leading-relaxed",
          tone === "bad" ? "border-error/40" : tone === "good" ? "border-success/40" : "border-border",
        )}
        data-testid={testId}
      >
        {value === "" ? (
          <span className="italic text-muted-foreground">(empty)</span>
        ) : segments ? (
          segments.map((seg, i) =>
            seg.changed ? (
              <mark
                key={i}
                data-diff={tone === "bad" ? "actual" : "expected"}
                className={cn(
                  "rounded-sm px-px text-inherit",
                  tone === "bad"
                    ? "bg-red-200 text-red-950 dark:bg-red-500/35 dark:text-red-50"
                    : "bg-emerald-200 text-emerald-950 dark:bg-emerald-500/30 dark:text-emerald-50",
                )}
              >
                {seg.text}
              </mark>
            ) : (
              <React.Fragment key={i}>{seg.text}</React.Fragment>
            ),
          )
        ) : (
          value
        )}
      </pre>
    </div>
  );
}

function Explain({ t, targetComplexity }: { t: TestResult; targetComplexity?: string }) {
  const why = React.useMemo(() => explainFailure(t, { targetComplexity }), [t, targetComplexity]);
  if (!why) return null;
  return (
    <div
      role="note"
      aria-label="Why this test failed"
      className="rounded-md border border-warning/40 bg-warning-soft px-2.5 py-2 text-caption"
      data-testid="test-explanation"
      data-kind={why.kind}
    >
      <p className="flex items-start gap-1.5 font-medium">
        <Lightbulb className="mt-0.5 size-3.5 shrink-0 text-warning" aria-hidden />
        <span>{why.summary}</span>
      </p>
      {why.hint ? <p className="mt-0.5 pl-5 text-xs text-muted-foreground">{why.hint}</p> : null}
    </div>
  );
}

function TestRow({
  t: original,
  index,
  executionId,
  rerun,
  onRerun,
  rerunDisabled,
  targetComplexity,
}: {
  t: TestResult;
  index: number;
  executionId: string;
  rerun?: RerunEntry;
  onRerun: (t: TestResult) => void;
  rerunDisabled: boolean;
  targetComplexity?: string;
}) {
  // A finished re-run of this test replaces what the row shows.
  const t = rerun?.state === "done" && rerun.result ? rerun.result : original;
  const [open, setOpen] = React.useState(!t.passed && !t.hidden);
  const custom = t.id === "custom";
  const name = custom ? "Custom input" : t.hidden ? `Hidden test ${t.testNumber}` : `Test ${t.testNumber}`;
  const expandable = !t.hidden || !!t.message;
  const diff = React.useMemo(
    () => (!t.passed && t.expectedOutput !== undefined && t.actualOutput !== undefined ? diffValues(t.expectedOutput, t.actualOutput) : null),
    [t.passed, t.expectedOutput, t.actualOutput],
  );
  const running = rerun?.state === "running";
  const panelId = `test-${executionId}-${original.id}`;
  return (
    <li
      style={{ animationDelay: `${Math.min(index, 10) * 30}ms` }}
      className={cn("rounded-lg border bg-surface animate-slide-up", t.passed ? "border-border" : "border-error/30")}
      data-testid="test-row"
      data-test-id={original.id}
      data-passed={t.passed ? "true" : "false"}
      data-rerun={rerun?.state}
    >
      <div className="flex items-center">
        <button
          type="button"
          className="flex min-w-0 flex-1 items-center gap-2 rounded-lg px-3 py-2 text-left text-caption disabled:cursor-default"
          aria-expanded={expandable ? open : undefined}
          aria-controls={expandable && open ? panelId : undefined}
          onClick={() => expandable && setOpen((o) => !o)}
          disabled={!expandable}
        >
          {expandable ? (
            <ChevronRight
              className={cn("size-4 shrink-0 text-muted-foreground transition-transform duration-150", open && "rotate-90")}
              aria-hidden
            />
          ) : (
            <span className="size-4 shrink-0" aria-hidden />
          )}
          {t.passed ? (
            <CheckCircle2 className="size-4 shrink-0 text-success" aria-hidden />
          ) : (
            <XCircle className="size-4 shrink-0 text-error" aria-hidden />
          )}
          <span className="font-medium">{name}</span>
          {t.hidden ? <Lock className="size-3.5 text-muted-foreground" aria-label="hidden" /> : null}
          <span className={cn("text-xs", t.passed ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400")}>
            {t.passed ? "Passed" : label(t.verdict)}
          </span>
          {rerun?.state === "done" ? (
            <Badge variant="secondary" className="text-[0.625rem]">
              re-run
            </Badge>
          ) : null}
          <span className="ml-auto inline-flex items-center gap-1 text-xs tabular-nums text-muted-foreground">
            <Clock className="size-3" aria-hidden />
            <span className="sr-only">Time</span>
            {formatMs(t.executionTimeMs)}
          </span>
        </button>
        {canRerun(original) ? (
          <button
            type="button"
            onClick={() => onRerun(original)}
            disabled={rerunDisabled || running}
            className="mr-1.5 inline-flex shrink-0 items-center gap-1 rounded-md px-2 py-1 text-xs text-muted-foreground hover:bg-surface-muted hover:text-foreground disabled:opacity-50"
            aria-label={`Re-run test ${original.testNumber}`}
            data-testid="rerun-test"
          >
            <RotateCw className={cn("size-3.5", running && "animate-spin motion-reduce:animate-none")} aria-hidden />
            <span className="hidden sm:inline">{running ? "Running…" : "Re-run"}</span>
          </button>
        ) : null}
      </div>
      {open && expandable ? (
        <div id={panelId} className="grid gap-2 border-t border-border px-3 py-2.5 animate-fade-in">
          {t.hidden ? (
            <>
              {!t.passed && t.verdict !== "wrong_answer" ? <Explain t={t} targetComplexity={targetComplexity} /> : null}
              <p className="text-xs text-muted-foreground">Hidden tests don&apos;t reveal their data. {t.message}</p>
            </>
          ) : (
            <>
              {!t.passed ? <Explain t={t} targetComplexity={targetComplexity} /> : null}
              {t.input !== undefined ? <Field name="Input" value={t.input} /> : null}
              <div className="grid gap-2 sm:grid-cols-2">
                {t.expectedOutput !== undefined ? (
                  <Field name="Expected" value={t.expectedOutput} tone="good" segments={diff?.expected} testId="expected-value" />
                ) : null}
                {t.actualOutput !== undefined ? (
                  <Field name="Actual" value={t.actualOutput} tone={t.passed ? "good" : "bad"} segments={diff?.actual} testId="actual-value" />
                ) : null}
              </div>
              {t.stdout ? <Field name="Stdout" value={t.stdout} /> : null}
              {t.error ? (
                <div role="note" className="rounded-md border border-error/30 bg-error-soft px-2.5 py-1.5">
                  <p className="text-[0.6875rem] font-medium uppercase tracking-wide text-red-700 dark:text-red-300">Error</p>
                  <pre className="mt-0.5 max-h-40 overflow-auto whitespace-pre-wrap break-words font-mono text-xs text-red-800 dark:text-red-200">
                    {t.error}
                  </pre>
                </div>
              ) : null}
              {t.message && !t.error && (t.passed || custom) ? <p className="text-xs text-muted-foreground">{t.message}</p> : null}
            </>
          )}
          {rerun?.state === "error" ? (
            <p role="alert" className="text-xs text-red-700 dark:text-red-300">
              Re-run failed: {rerun.error}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** The custom input box: while switched on, Run executes the code on this input alone. */
function CustomInputBox({ firstInput }: { firstInput?: string }) {
  const interviewId = useInterviewStore((s) => s.detail?.id);
  const { enabled, text, load, setEnabled, setText } = useCustomInput();
  React.useEffect(() => {
    if (interviewId) load(interviewId);
  }, [interviewId, load]);
  return (
    <div className="border-b border-border px-3 py-2" data-testid="custom-input">
      <label className="inline-flex cursor-pointer items-center gap-2 text-xs font-medium">
        <input
          type="checkbox"
          className="size-3.5 accent-[var(--color-primary)]"
          checked={enabled}
          onChange={(e) => {
            setEnabled(e.target.checked);
            if (e.target.checked && !text && firstInput) setText(firstInput);
          }}
        />
        Run with a custom input
      </label>
      {enabled ? (
        <div className="mt-1.5">
          <label htmlFor="custom-input-text" className="sr-only">
            Custom input
          </label>
          <textarea
            id="custom-input-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            spellCheck={false}
            placeholder={"One argument per line, as JSON:\nnums = [2, 7, 11, 15]\ntarget = 9"}
            aria-describedby="custom-input-help"
            className="w-full resize-y rounded-md border border-input bg-code-bg px-2.5 py-1.5 font-mono text-xs leading-relaxed outline-none focus-visible:border-primary focus-visible:ring-2 focus-visible:ring-primary/20"
          />
          <p id="custom-input-help" className="text-[0.6875rem] text-muted-foreground">
            Run (Ctrl+Enter) uses this input alone; the expected output comes from our reference solution. Submit always runs every test.
          </p>
        </div>
      ) : null}
    </div>
  );
}

function Summary({ r, rerunPassed }: { r: RunResult; rerunPassed: number | null }) {
  const allPassed = r.tests_total > 0 && r.tests_passed === r.tests_total;
  const tone = allPassed ? "success" : r.tests_passed > 0 ? "warning" : "error";
  const statusText =
    r.status === "success" ? (allPassed ? "All tests passed" : "Some tests failed") : label(r.status);
  return (
    <div
      className={cn(
        "rounded-xl border p-3",
        tone === "success" && "border-success/30 bg-success-soft",
        tone === "warning" && "border-warning/30 bg-warning-soft",
        tone === "error" && "border-error/30 bg-error-soft",
        !allPassed && "animate-shake",
      )}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {allPassed ? (
          <SuccessCheck className="-m-1" />
        ) : (
          <ErrorCross className="-m-1" />
        )}
        <p className="text-h3 font-semibold tabular-nums" data-testid="results-summary">
          {r.tests_passed}/{r.tests_total} passed
        </p>
        <Badge variant={tone === "success" ? "success" : tone === "warning" ? "warning" : "error"}>{statusText}</Badge>
        {rerunPassed !== null && rerunPassed !== r.tests_passed ? (
          <span className="text-xs text-muted-foreground" data-testid="rerun-summary">
            {rerunPassed}/{r.tests_total} with re-runs
          </span>
        ) : null}
        {r.kind === "submit" ? <Badge variant="secondary">Submission · visible + hidden tests</Badge> : null}
        <span className="ml-auto inline-flex items-center gap-1 text-xs tabular-nums text-muted-foreground">
          <Clock className="size-3.5" aria-hidden /> {formatMs(r.execution_time_ms)}
          {r.memory_mb ? ` · ${r.memory_mb.toFixed(1)} MB` : ""}
        </span>
      </div>
      <Progress
        className="mt-2.5 bg-surface/70"
        value={r.tests_passed}
        max={Math.max(1, r.tests_total)}
        label="Tests passed"
        indicatorClassName={cn(tone === "success" ? "bg-success" : tone === "warning" ? "bg-warning" : "bg-error")}
      />
      {r.kind === "submit" && (r.score !== undefined || r.complexity) ? (
        <div className="mt-2.5 flex flex-wrap gap-x-4 gap-y-1 text-caption" data-testid="submission-score">
          {r.score !== undefined ? (
            <span>
              Score <span className="font-semibold tabular-nums">{Math.round(r.score)}</span>/100
            </span>
          ) : null}
          {r.complexity ? (
            <span className="text-muted-foreground">
              Target complexity for this problem: time <span className="font-mono text-foreground">{r.complexity.time}</span>, space{" "}
              <span className="font-mono text-foreground">{r.complexity.space}</span>
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function TestResults({ testCount }: { testCount: number }) {
  const phase = useCodeStore((s) => s.phase);
  const runningKind = useCodeStore((s) => s.runningKind);
  const slow = useCodeStore((s) => s.slow);
  const latestRun = useCodeStore((s) => s.latestRun);
  const latestSubmission = useCodeStore((s) => s.latestSubmission);
  const shown = useCodeStore((s) => s.shownResult);
  const setShown = useCodeStore((s) => s.setShownResult);
  const runError = useCodeStore((s) => s.runError);
  const result = shown === "submit" ? (latestSubmission ?? latestRun) : (latestRun ?? latestSubmission);
  const interviewId = useInterviewStore((s) => s.detail?.id);
  const exampleInput = useInterviewStore((s) => s.detail?.problem.examples?.[0]?.input);
  // Prefill for the custom input box: a visible test's input, else the first example's, one argument per line.
  const firstInput =
    result?.results.find((t) => !t.hidden && t.id !== "custom" && t.input)?.input ??
    exampleInput?.split(/,\s*(?=[A-Za-z_]\w*\s*=)/).join("\n");
  const rerunTest = useTestRerun(interviewId);
  const reruns = useReruns((s) => s.entries);
  const rerunPassed = React.useMemo(() => {
    if (!result) return null;
    let any = false;
    let passed = 0;
    for (const t of result.results) {
      const e = reruns[rerunKey(result.execution_id, t.id)];
      if (e?.state === "done" && e.result) any = true;
      if ((e?.state === "done" && e.result ? e.result : t).passed) passed++;
    }
    return any ? passed : null;
  }, [result, reruns]);
  const targetComplexity = result?.complexity?.time;

  const running = phase !== "idle";
  const announcement = running
    ? runningKind === "submit"
      ? "Submitting: running all tests"
      : "Running your code"
    : result
      ? `${result.kind === "submit" ? "Submission" : "Run"} finished: ${result.tests_passed} of ${result.tests_total} tests passed`
      : "";

  return (
    <section
      aria-labelledby="results-heading"
      className="flex h-full min-h-0 flex-col"
      data-testid="test-results"
      data-execution={result?.execution_id ?? ""}
    >
      <div className="flex items-center gap-2 border-b border-border px-3 py-1.5">
        <h2 id="results-heading" className="inline-flex items-center gap-1.5 text-caption font-semibold">
          <FlaskConical className="size-4 text-muted-foreground" aria-hidden /> Test results
        </h2>
        {latestRun && latestSubmission ? (
          <div className="ml-2 inline-flex rounded-md bg-surface-muted p-0.5 text-xs" role="group" aria-label="Show results of">
            {(["run", "submit"] as const).map((k) => (
              <button
                key={k}
                type="button"
                aria-pressed={shown === k}
                onClick={() => setShown(k)}
                className={cn(
                  "rounded px-2 py-0.5 text-muted-foreground",
                  shown === k && "bg-surface text-foreground shadow-sm",
                )}
              >
                {k === "run" ? "Last run" : "Submission"}
              </button>
            ))}
          </div>
        ) : null}
        <div className="ml-auto text-xs text-muted-foreground">
          {running ? (
            <ExecutionSpinner
              label={
                runningKind === "submit"
                  ? "Running hidden tests…"
                  : phase === "queued"
                    ? "Queued…"
                    : slow
                      ? "Still running…"
                      : "Running…"
              }
            />
          ) : null}
        </div>
      </div>
      <div className="sr-only" aria-live="polite" role="status">
        {announcement}
      </div>
      <CustomInputBox firstInput={firstInput} />

      <div className="relative min-h-0 flex-1 overflow-y-auto px-3 py-3">
        {runError && !running ? (
          <p role="alert" className="mb-3 rounded-lg border border-warning/30 bg-warning-soft px-3 py-2 text-caption">
            {runError}
          </p>
        ) : null}
        {running && !result ? (
          <div className="space-y-2" aria-hidden>
            {Array.from({ length: Math.max(2, Math.min(testCount, 5)) }).map((_, i) => (
              <div key={i} className="shimmer h-9 rounded-lg" />
            ))}
          </div>
        ) : !result ? (
          <div className="flex h-full flex-col items-center justify-center gap-2 py-6 text-center text-caption text-muted-foreground">
            <FlaskConical className="size-6 text-primary/70" aria-hidden />
            <p>
              Run your code to check it against the {testCount > 0 ? `${testCount} ` : ""}visible tests.
            </p>
            <p className="text-xs">
              Press <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> in the editor
            </p>
          </div>
        ) : (
          <div className={cn("space-y-3 transition-opacity duration-150", running && "opacity-60")} key={result.execution_id}>
            <Summary r={result} rerunPassed={rerunPassed} />
            {result.error && (result.status !== "success" || result.results.length === 0) ? (
              <div className="rounded-lg border border-error/30 bg-error-soft">
                <p className="flex items-center gap-1.5 px-3 pt-2 text-xs font-medium text-red-700 dark:text-red-300">
                  <Terminal className="size-3.5" aria-hidden /> {label(result.status)}
                </p>
                <pre className="max-h-56 overflow-auto whitespace-pre-wrap break-words px-3 pb-2 pt-1 font-mono text-xs text-red-800 dark:text-red-200">
                  {result.error}
                </pre>
              </div>
            ) : null}
            {result.output ? (
              <details className="group/output relative rounded-lg border border-border bg-surface">
                <summary className="cursor-pointer px-3 py-2 pr-16 text-xs font-medium text-muted-foreground">
                  Program output
                </summary>
                <span className="absolute right-2 top-1.5">
                  <CopyButton text={result.output} what="program output" />
                </span>
                <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-words border-t border-border px-3 py-2 font-mono text-xs">
                  {result.output}
                </pre>
              </details>
            ) : null}
            <ul className="space-y-2" aria-label="Per-test results">
              {result.results.map((t, i) => (
                <TestRow
                  key={`${result.execution_id}-${t.id}`}
                  t={t}
                  index={i}
                  executionId={result.execution_id}
                  rerun={reruns[rerunKey(result.execution_id, t.id)]}
                  onRerun={(test) => void rerunTest(result.execution_id, test)}
                  rerunDisabled={running}
                  targetComplexity={targetComplexity}
                />
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
