"use client";

import * as React from "react";
import { CheckCircle2, EyeOff, ListChecks, XCircle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import type { ReportSubmission, ReportTestResult } from "../_lib/data";

function PassIcon({ passed }: { passed: boolean }) {
  return passed ? (
    <CheckCircle2 className="size-4 shrink-0 text-emerald-700 dark:text-emerald-300" aria-hidden />
  ) : (
    <XCircle className="size-4 shrink-0 text-red-700 dark:text-red-300" aria-hidden />
  );
}

function Field({ label, value }: { label: string; value: string | undefined }) {
  if (value === undefined || value === "") return null;
  return (
    <div className="min-w-0">
      <p className="text-xs font-medium text-muted-foreground">{label}</p>
      <pre className="mt-0.5 overflow-x-auto whitespace-pre-wrap break-words rounded-md border border-border bg-code-bg px-2 py-1 font-mono text-xs">
        {value}
      </pre>
    </div>
  );
}

function VisibleTest({ r }: { r: ReportTestResult }) {
  return (
    <li data-testid="report-test" data-hidden="false" data-passed={r.passed}>
      <details className="group rounded-lg border border-border bg-surface" open={!r.passed}>
        <summary className="flex cursor-pointer items-center gap-2 px-3 py-2 text-caption">
          <PassIcon passed={r.passed} />
          <span className="font-medium">Test {r.testNumber}</span>
          <span className="text-muted-foreground">{r.passed ? "Passed" : r.verdict || "Failed"}</span>
          <span className="ml-auto font-mono text-xs tabular-nums text-muted-foreground">{Math.round(r.executionTimeMs)} ms</span>
        </summary>
        <div className="grid gap-2 border-t border-border p-3 sm:grid-cols-2">
          <Field label="Input" value={r.input} />
          <Field label="Expected" value={r.expectedOutput} />
          <Field label="Actual" value={r.actualOutput} />
          <Field label="Stdout" value={r.stdout} />
          <Field label="Error" value={r.error ?? r.message} />
        </div>
      </details>
    </li>
  );
}

function HiddenTest({ r }: { r: ReportTestResult }) {
  return (
    <li
      className="flex flex-wrap items-center gap-2 rounded-lg border border-border bg-surface px-3 py-2 text-caption"
      data-testid="report-test"
      data-hidden="true"
      data-passed={r.passed}
    >
      <PassIcon passed={r.passed} />
      <span className="font-medium">Hidden test {r.testNumber}</span>
      <span className="text-muted-foreground">{r.passed ? "Passed" : "Failed"}</span>
      {r.tags?.length ? (
        <span className="flex flex-wrap gap-1">
          <span className="sr-only">Covers:</span>
          {r.tags.map((t) => (
            <Badge key={t} variant={r.passed ? "muted" : "warning"}>
              {t}
            </Badge>
          ))}
        </span>
      ) : null}
    </li>
  );
}

export function TestResultsSection({
  submission,
  fallback,
}: {
  submission: ReportSubmission | null;
  fallback: { passed: number; total: number };
}) {
  const visible = submission?.results.filter((r) => !r.hidden) ?? [];
  const hidden = submission?.results.filter((r) => r.hidden) ?? [];
  const passed = submission?.tests_passed ?? fallback.passed;
  const total = submission?.tests_total ?? fallback.total;
  return (
    <Card data-testid="report-test-results">
      <CardHeader className="flex-row flex-wrap items-center gap-2">
        <ListChecks className="size-4 text-primary" aria-hidden />
        <CardTitle as="h2">Test results</CardTitle>
        <span className="text-xs text-muted-foreground">{submission ? "Final submission" : "Best result recorded"}</span>
        <span className="ml-auto text-caption font-semibold tabular-nums" data-testid="report-tests-summary">
          {passed}/{total} passed
        </span>
      </CardHeader>
      <CardContent className="space-y-4">
        <Progress
          value={passed}
          max={Math.max(1, total)}
          label="Tests passed"
          className="h-1.5"
          indicatorClassName={total > 0 && passed === total ? "bg-success" : "bg-warning"}
        />
        {!submission ? (
          <p className="text-caption text-muted-foreground">
            No solution was submitted, so the hidden tests never ran. Submit next time to be graded on every test.
          </p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            <section aria-labelledby="tests-visible" className="min-w-0 space-y-2">
              <h3 id="tests-visible" className="text-caption font-semibold">
                Visible tests ({visible.filter((r) => r.passed).length}/{visible.length})
              </h3>
              {visible.length ? (
                <ul className="space-y-2">
                  {visible.map((r) => (
                    <VisibleTest key={r.id} r={r} />
                  ))}
                </ul>
              ) : (
                <p className="text-caption text-muted-foreground">None.</p>
              )}
            </section>
            <section aria-labelledby="tests-hidden" className="min-w-0 space-y-2">
              <h3 id="tests-hidden" className="flex items-center gap-1.5 text-caption font-semibold">
                <EyeOff className="size-3.5" aria-hidden /> Hidden tests ({hidden.filter((r) => r.passed).length}/{hidden.length})
              </h3>
              <p className="text-xs text-muted-foreground">Hidden tests show only whether they passed and what they cover.</p>
              {hidden.length ? (
                <ul className="space-y-2">
                  {hidden.map((r) => (
                    <HiddenTest key={r.id} r={r} />
                  ))}
                </ul>
              ) : (
                <p className="text-caption text-muted-foreground">None.</p>
              )}
            </section>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
