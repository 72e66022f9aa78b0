"use client";

import * as React from "react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, CheckCircle2, Eye, FileText, Loader2, MessagesSquare, Play, SearchX, Timer, Wifi, WifiOff, XCircle } from "lucide-react";
import { api, ApiError, isUnauthorized, languageLabel, redirectToSignIn } from "@/app/_lib/api";
import { Whiteboard } from "@/app/interview/[id]/_components/whiteboard/Whiteboard";
import { AppHeader } from "@/components/app-header";
import { DifficultyBadge } from "@/components/difficulty-badge";
import { EmptyState } from "@/components/empty-state";
import { Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/components/ui/utils";
import type { AnyInterviewDetail } from "@/lib/api/schemas";
import { interviewStatus } from "../_lib/recruit";
import { useObserverRoom, type LiveMessage, type LiveRun, type LiveState } from "../_lib/useObserverRoom";
import { LoadError } from "./RecruitFrame";

const LiveCode = dynamic(() => import("./LiveCode"), {
  ssr: false,
  loading: () => (
    <div className="space-y-2.5 p-4" role="status" aria-label="Loading the editor">
      {[60, 80, 45, 70, 30].map((w, i) => (
        <Skeleton key={i} className="h-3.5" style={{ width: `${w}%` }} />
      ))}
    </div>
  ),
});

const STAGES: Record<string, string> = {
  discuss: "Discussing the approach",
  code: "Coding",
  test: "Testing",
  submit: "Submitting",
  wrap_up: "Wrap-up",
  requirements: "Requirements",
  high_level_design: "High-level design",
  deep_dive: "Deep dive",
};

function clock(total: number) {
  const s = Math.max(0, Math.floor(Math.abs(total)));
  const h = Math.floor(s / 3600);
  const m = String(Math.floor((s % 3600) / 60)).padStart(2, "0");
  const sec = String(s % 60).padStart(2, "0");
  return h ? `${h}:${m}:${sec}` : `${m}:${sec}`;
}

function LiveTimer({ state }: { state: LiveState }) {
  const [, tick] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => {
    if (state.status !== "in_progress") return;
    const t = setInterval(tick, 1000);
    return () => clearInterval(t);
  }, [state.status]);
  const elapsed = state.elapsed + (state.status === "in_progress" ? (Date.now() - state.clockAt) / 1000 : 0);
  const remaining = state.durationMinutes * 60 - elapsed;
  return (
    <span
      role="timer"
      aria-label={`Elapsed ${clock(elapsed)} of ${state.durationMinutes} minutes; ${remaining >= 0 ? `${clock(remaining)} left` : `over by ${clock(remaining)}`}`}
      className={cn(
        "inline-flex h-8 items-center gap-1.5 rounded-lg border px-2.5 font-mono text-caption tabular-nums",
        remaining <= 300 && state.status === "in_progress" ? "border-warning/40 bg-warning-soft text-amber-700 dark:text-amber-300" : "border-border bg-surface",
      )}
      data-testid="live-timer"
    >
      <Timer className="size-4" aria-hidden />
      {clock(elapsed)} <span className="font-sans text-xs text-muted-foreground">/ {state.durationMinutes} min</span>
    </span>
  );
}

function ConnectionBadge({ state }: { state: LiveState }) {
  const open = state.connection === "open";
  const text = open
    ? `Live${state.latencyMs !== null ? ` · ${state.latencyMs} ms` : ""}`
    : state.connection === "reconnecting"
      ? "Reconnecting…"
      : state.connection === "connecting"
        ? "Connecting…"
        : "Offline · retrying";
  return (
    <span role="status" className="inline-flex h-8 items-center gap-1.5 px-1 text-xs text-muted-foreground" data-testid="live-connection" data-state={state.connection}>
      {open ? <Wifi className="size-3.5 text-success" aria-hidden /> : <WifiOff className="size-3.5" aria-hidden />}
      <span className="sr-only">Connection: </span>
      {text}
    </span>
  );
}

function Message({ m }: { m: LiveMessage }) {
  const who = m.role === "user" ? "Candidate" : m.role === "ai" ? "Interviewer" : "System";
  return (
    <li className={cn("flex", m.role === "user" ? "justify-end" : "justify-start")} data-role={m.role === "user" ? "user" : "assistant"}>
      <div
        className={cn(
          "max-w-[85%] rounded-2xl px-3 py-2 text-caption",
          m.role === "user" ? "bg-primary-soft text-foreground" : "border border-border bg-surface",
        )}
      >
        <p className="mb-0.5 text-xs font-semibold text-muted-foreground">{who}</p>
        <Markdown text={m.content} />
      </div>
    </li>
  );
}

function Conversation({ state }: { state: LiveState }) {
  const end = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [state.messages.length]);
  return (
    <section className="flex min-h-0 flex-col" aria-labelledby="live-chat-heading">
      <h2 id="live-chat-heading" className="flex items-center gap-2 border-b border-border px-4 py-2 text-caption font-semibold">
        <MessagesSquare className="size-4 text-primary" aria-hidden /> Conversation
      </h2>
      <div className="min-h-0 flex-1 overflow-y-auto p-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring" role="log" aria-label="Conversation" aria-live="polite" tabIndex={0} data-testid="live-chat">
        {state.messages.length === 0 ? <p className="text-caption text-muted-foreground">No messages yet.</p> : null}
        <ol className="space-y-3">
          {state.messages.map((m) => (
            <Message key={m.id} m={m} />
          ))}
        </ol>
        <div ref={end} aria-hidden className="h-px" />
      </div>
      {state.candidateTyping ? (
        <p className="border-t border-border px-4 py-1.5 text-xs text-muted-foreground" role="status">
          The candidate is typing…
        </p>
      ) : null}
    </section>
  );
}

function RunPanel({ run, running }: { run: LiveRun | null; running: boolean }) {
  return (
    <section className="border-t border-border" aria-labelledby="live-run-heading">
      <div className="flex items-center gap-2 px-4 py-2">
        <h2 id="live-run-heading" className="flex items-center gap-2 text-caption font-semibold">
          <Play className="size-4 text-primary" aria-hidden /> Runs and results
        </h2>
        {running ? (
          <span className="inline-flex items-center gap-1 text-xs text-muted-foreground" role="status">
            <Loader2 className="size-3.5 animate-spin motion-reduce:animate-none" aria-hidden /> Running…
          </span>
        ) : null}
        {run ? (
          <Badge variant={run.tests_passed === run.tests_total && run.tests_total > 0 ? "success" : "error"} className="ml-auto" data-testid="live-results-summary">
            {run.kind === "submit" ? "Submitted: " : ""}
            {run.tests_passed}/{run.tests_total} passed
          </Badge>
        ) : null}
      </div>
      <div className="max-h-56 overflow-y-auto px-4 pb-3" data-testid="live-results">
        {!run ? (
          <p className="text-caption text-muted-foreground">No runs yet.</p>
        ) : (
          <>
            {run.error ? <pre className="mb-2 whitespace-pre-wrap rounded-lg bg-error-soft p-2 font-mono text-xs text-red-700 dark:text-red-300">{run.error}</pre> : null}
            <ul className="grid gap-1.5">
              {run.results.map((r) => (
                <li key={r.id} className="rounded-lg border border-border p-2 text-xs">
                  <p className="flex items-center gap-1.5 font-medium">
                    {r.passed ? <CheckCircle2 className="size-3.5 text-success" aria-hidden /> : <XCircle className="size-3.5 text-error" aria-hidden />}
                    Test {r.testNumber}
                    {r.hidden ? " (hidden)" : ""}: {r.passed ? "passed" : r.verdict.replace(/_/g, " ")}
                    <span className="ml-auto tabular-nums text-muted-foreground">{Math.round(r.executionTimeMs)} ms</span>
                  </p>
                  {!r.passed && !r.hidden && r.input !== undefined ? (
                    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 font-mono text-muted-foreground">
                      <dt>input</dt>
                      <dd className="truncate">{r.input}</dd>
                      <dt>expected</dt>
                      <dd className="truncate">{r.expectedOutput}</dd>
                      <dt>got</dt>
                      <dd className="truncate">{r.actualOutput ?? r.error ?? ""}</dd>
                    </dl>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

function Workspace({ id, detail }: { id: string; detail: AnyInterviewDetail }) {
  const state = useObserverRoom(id, detail);
  if (!state) return null;
  const status = interviewStatus(state.status);
  const ended = state.status === "completed" || state.status === "abandoned";
  const candidate = state.presence.find((u) => u.role === "candidate");
  return (
    <main id="main" className="mx-auto flex max-w-[96rem] flex-col gap-4 px-4 py-4 sm:px-6 [&>*]:min-w-0">
      <div className="flex flex-wrap items-center gap-2">
        <Button asChild variant="ghost" size="icon-sm">
          <Link href="/recruit/links" aria-label="Back to the interview links">
            <ArrowLeft aria-hidden />
          </Link>
        </Button>
        <h1 className="text-h3 font-semibold" data-testid="live-title">
          {detail.problem.title}
        </h1>
        <DifficultyBadge difficulty={detail.difficulty} />
        <Badge variant="secondary">
          <Eye aria-hidden /> Watching · read-only
        </Badge>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <Badge variant={status.variant} data-testid="live-status">
            {status.label}
          </Badge>
          <span className="text-caption" data-testid="live-stage">
            <span className="text-muted-foreground">Stage: </span>
            {STAGES[state.stage] ?? state.stage.replace(/_/g, " ")}
          </span>
          <LiveTimer state={state} />
          <ConnectionBadge state={state} />
        </div>
      </div>
      <p className="text-caption text-muted-foreground" role="status" data-testid="live-candidate-presence">
        {candidate
          ? "The candidate is connected and sees that a reviewer is watching."
          : ended
            ? "The interview has ended."
            : "The candidate is not connected right now."}
      </p>
      {ended ? (
        <Card className="flex flex-wrap items-center gap-3 p-4" data-testid="live-ended">
          <p className="flex-1 text-caption">
            This interview has {state.status === "completed" ? "ended" : "been abandoned"}
            {state.score !== null ? ` with a score of ${Math.round(state.score)}` : ""}.
          </p>
          {state.status === "completed" ? (
            <Button asChild size="sm">
              <Link href={`/recruit/interviews/${id}/report`}>
                <FileText aria-hidden /> Read the report
              </Link>
            </Button>
          ) : null}
        </Card>
      ) : null}
      <details className="rounded-xl border border-border bg-surface p-3 text-caption">
        <summary className="cursor-pointer font-medium">Problem statement</summary>
        <div className="mt-2 min-w-0 overflow-x-auto">
          <Markdown text={detail.kind === "coding" ? detail.problem.statement : detail.problem.brief} />
        </div>
      </details>
      <div className="grid min-h-[36rem] gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] [&>*]:min-w-0">
        <Card className="flex min-h-[32rem] flex-col overflow-hidden">
          {detail.kind === "coding" ? (
            <>
              <div className="flex items-center gap-2 border-b border-border px-4 py-2 text-caption">
                <h2 className="font-semibold">Candidate&apos;s code</h2>
                <span className="text-muted-foreground">{state.language ? languageLabel(state.language) : ""} · updates as they type</span>
              </div>
              <div className="min-h-[20rem] flex-1" data-testid="code-editor">
                <LiveCode interviewId={id} code={state.code} language={state.language ?? detail.language} />
              </div>
              <RunPanel run={state.run} running={state.running} />
            </>
          ) : (
            <>
              <div className="flex items-center gap-2 border-b border-border px-4 py-2 text-caption">
                <h2 className="font-semibold">Whiteboard</h2>
                <span className="text-muted-foreground">read-only · refreshes on every save</span>
              </div>
              <div className="relative min-h-[28rem] flex-1" data-testid="whiteboard">
                <Whiteboard key={state.whiteboardSnapshot ?? "empty"} interviewId={id} readOnly />
              </div>
            </>
          )}
        </Card>
        <Card className="flex max-h-[48rem] min-h-[32rem] flex-col overflow-hidden">
          <Conversation state={state} />
        </Card>
      </div>
    </main>
  );
}

export function LiveView({ id }: { id: string }) {
  const detail = useQuery({ queryKey: ["interview", id, "live"], queryFn: () => api.anyInterview(id), retry: false, staleTime: Infinity });
  React.useEffect(() => {
    if (isUnauthorized(detail.error)) redirectToSignIn();
  }, [detail.error]);
  let body: React.ReactNode;
  if (detail.isPending) {
    body = (
      <main id="main" className="mx-auto max-w-6xl space-y-4 px-4 py-8" role="status" aria-label="Loading the interview">
        <Skeleton className="h-10 w-1/2" />
        <Skeleton className="h-96 w-full" />
      </main>
    );
  } else if (detail.error instanceof ApiError && detail.error.status === 404) {
    body = (
      <main id="main" className="mx-auto max-w-md px-4 py-16">
        <Card>
          <EmptyState icon={<SearchX />} title="Interview not found">
            It doesn&apos;t exist, or it wasn&apos;t started from one of your team&apos;s links.
          </EmptyState>
        </Card>
      </main>
    );
  } else if (detail.isError) {
    body = (
      <main id="main" className="mx-auto max-w-md px-4 py-16">
        <LoadError error={detail.error} retry={() => detail.refetch()} />
      </main>
    );
  } else body = <Workspace id={id} detail={detail.data} />;
  return (
    <div className="app-backdrop min-h-dvh">
      <AppHeader />
      {body}
    </div>
  );
}
