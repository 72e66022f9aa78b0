"use client";

import * as React from "react";
import {
  CheckCircle2,
  ChevronLeft,
  ChevronRight,
  Code2,
  Flag,
  Languages,
  Lightbulb,
  MessageSquare,
  PauseCircle,
  Pause,
  PenTool,
  Play,
  PlayCircle,
  Rocket,
  Milestone,
  XCircle,
  History,
} from "lucide-react";
import type { TimelineEvent } from "@/lib/api/schemas";
import { AiAvatar } from "@/app/interview/components/TypingIndicator";
import { Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/utils";

export const STAGE_LABELS: Record<string, string> = {
  discuss: "Discuss",
  code: "Code",
  test: "Test",
  submit: "Submit",
  wrap_up: "Wrap-up",
  requirements: "Requirements",
  high_level_design: "High-level design",
  deep_dive: "Deep dive",
};
export const stageLabel = (s: string) => STAGE_LABELS[s] ?? s.replace(/_/g, " ");

export function clock(seconds: number) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = (s % 60).toString().padStart(2, "0");
  return h > 0 ? `${h}:${m.toString().padStart(2, "0")}:${r}` : `${m}:${r}`;
}

const str = (v: unknown) => (typeof v === "string" ? v : null);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

const TYPE_META: Record<TimelineEvent["type"], { label: string; icon: React.ReactNode }> = {
  message: { label: "Chat", icon: <MessageSquare /> },
  code_snapshot: { label: "Code", icon: <Code2 /> },
  run: { label: "Run", icon: <PlayCircle /> },
  submit: { label: "Submit", icon: <Rocket /> },
  hint: { label: "Hint", icon: <Lightbulb /> },
  stage_change: { label: "Stage", icon: <Milestone /> },
  whiteboard_save: { label: "Diagram", icon: <PenTool /> },
  pause: { label: "Pause", icon: <PauseCircle /> },
  resume: { label: "Resume", icon: <PlayCircle /> },
  language_change: { label: "Language", icon: <Languages /> },
  end: { label: "End", icon: <Flag /> },
};

interface Snapshot {
  code: { code: string; language: string | null; at: number } | null;
  messages: { id: string; role: string; content: string; offset: number }[];
  stage: string | null;
  run: { kind: "run" | "submit"; status: string; passed: number | null; total: number | null; summary: string } | null;
  diagram: { summary: string; components: number | null; connections: number | null } | null;
  hints: number;
}

/** The interview as it stood at event `index` (inclusive). */
export function stateAt(events: TimelineEvent[], index: number, finalCode: string | null, language: string | null): Snapshot {
  const snap: Snapshot = { code: null, messages: [], stage: null, run: null, diagram: null, hints: 0 };
  let sawSnapshot = false;
  for (let i = 0; i <= index && i < events.length; i++) {
    const e = events[i];
    const d = e.data;
    switch (e.type) {
      case "message": {
        const role = str(d.role) ?? "ai";
        if (role === "system") break;
        snap.messages.push({ id: e.id, role, content: str(d.content) ?? e.summary, offset: e.offset_seconds });
        break;
      }
      case "code_snapshot": {
        const code = str(d.code);
        if (code !== null) {
          snap.code = { code, language: str(d.language) ?? language, at: e.offset_seconds };
          sawSnapshot = true;
        }
        break;
      }
      case "run":
      case "submit": {
        // A run carries the code it ran: that is the code as of this moment too.
        const code = str(d.code);
        if (code !== null) {
          snap.code = { code, language: str(d.language) ?? language, at: e.offset_seconds };
          sawSnapshot = true;
        }
        snap.run = {
          kind: e.type,
          status: str(d.status) ?? "",
          passed: num(d.tests_passed),
          total: num(d.tests_total),
          summary: e.summary,
        };
        break;
      }
      case "stage_change":
        snap.stage = str(d.stage) ?? str(d.to) ?? snap.stage;
        break;
      case "whiteboard_save":
        snap.diagram = {
          summary: e.summary,
          components: Array.isArray(d.components) ? d.components.length : num(d.components),
          connections: Array.isArray(d.connections) ? d.connections.length : num(d.connections),
        };
        break;
      case "hint":
        snap.hints += 1;
        break;
      case "language_change":
        break;
    }
  }
  // Without any snapshot in the timeline, the end of the replay still shows the final code.
  if (!sawSnapshot && finalCode && index >= events.length - 1) {
    snap.code = { code: finalCode, language, at: events[events.length - 1]?.offset_seconds ?? 0 };
  }
  return snap;
}

function CodeView({ code, label }: { code: string; label: string }) {
  const lines = code.replace(/\n$/, "").split("\n");
  const width = String(lines.length).length;
  return (
    <pre
      className="max-h-[26rem] overflow-auto rounded-lg border border-border bg-code-bg py-3 font-mono text-code"
      tabIndex={0}
      aria-label={label}
      data-testid="report-code"
    >
      <code className="block min-w-max">
        {lines.map((l, i) => (
          <span key={i} className="flex">
            <span
              aria-hidden
              className="sticky left-0 shrink-0 select-none bg-code-bg pl-3 pr-4 text-right text-muted-foreground"
              style={{ width: `${width + 3}ch` }}
            >
              {i + 1}
            </span>
            <span className="pr-4">{l || " "}</span>
          </span>
        ))}
      </code>
    </pre>
  );
}

export function Replay({
  events,
  position,
  onPositionChange,
  finalCode,
  language,
  kind,
  approximate,
  scrubberRef,
}: {
  events: TimelineEvent[];
  position: number;
  onPositionChange: (i: number) => void;
  finalCode: string | null;
  language: string | null;
  kind: "coding" | "system_design";
  approximate: boolean;
  scrubberRef: React.RefObject<HTMLInputElement | null>;
}) {
  const [playing, setPlaying] = React.useState(false);
  const last = events.length - 1;
  const pos = Math.max(0, Math.min(last, position));
  const current = events[pos];
  const snap = React.useMemo(() => stateAt(events, pos, finalCode, language), [events, pos, finalCode, language]);
  const chatRef = React.useRef<HTMLDivElement>(null);
  const listRef = React.useRef<HTMLOListElement>(null);

  // Play: one event a second until the end.
  React.useEffect(() => {
    if (!playing) return;
    if (pos >= last) {
      setPlaying(false);
      return;
    }
    const t = window.setTimeout(() => onPositionChange(pos + 1), 1000);
    return () => window.clearTimeout(t);
  }, [playing, pos, last, onPositionChange]);

  // Keep the newest message and the current event in view.
  React.useEffect(() => {
    const el = chatRef.current;
    if (el) el.scrollTop = el.scrollHeight;
    const item = listRef.current?.querySelector<HTMLElement>('[aria-current="step"]');
    const list = listRef.current?.parentElement;
    if (item && list) {
      const top = item.offsetTop - list.offsetTop;
      if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - item.offsetHeight)
        list.scrollTop = Math.max(0, top - list.clientHeight / 2);
    }
  }, [pos, snap.messages.length]);

  if (events.length === 0) {
    return (
      <Card id="replay" data-testid="replay">
        <CardHeader className="flex-row items-center gap-2">
          <History className="size-4 text-primary" aria-hidden />
          <CardTitle as="h2">Replay</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="text-caption text-muted-foreground">Nothing was recorded for this interview.</p>
        </CardContent>
      </Card>
    );
  }

  const togglePlay = () => {
    if (!playing && pos >= last) onPositionChange(0);
    setPlaying((p) => !p);
  };
  const total = events[last].offset_seconds;
  const valueText = `${clock(current.offset_seconds)} — ${TYPE_META[current.type].label}: ${current.summary} (moment ${pos + 1} of ${events.length})`;

  return (
    <Card id="replay" data-testid="replay" className="scroll-mt-20">
      <CardHeader className="flex-row flex-wrap items-center gap-2">
        <History className="size-4 text-primary" aria-hidden />
        <CardTitle as="h2">Replay</CardTitle>
        <span className="text-xs text-muted-foreground">
          {events.length} moments over {clock(total)}
        </span>
        {approximate ? (
          <Badge variant="muted" className="ml-auto">
            Transcript only
          </Badge>
        ) : null}
      </CardHeader>
      <CardContent className="space-y-4">
        {/* Scrubber */}
        <div className="rounded-xl border border-border bg-surface-muted/60 p-3">
          <div className="flex items-center gap-2">
            <Button
              variant="outline"
              size="icon-sm"
              onClick={togglePlay}
              aria-label={playing ? "Pause the replay" : "Play the replay"}
              aria-pressed={playing}
              data-testid="replay-play"
            >
              {playing ? <Pause aria-hidden /> : <Play aria-hidden />}
            </Button>
            <Button
              variant="ghost"
              size="icon-sm"
              onClick={() => onPositionChange(Math.max(0, pos - 1))}
              disabled={pos === 0}
              aria-label="Previous moment"
            >
              <ChevronLeft aria-hidden />
            </Button>
            <label htmlFor="replay-scrubber" className="sr-only">
              Replay position
            </label>
            <input
              ref={scrubberRef}
              id="replay-scrubber"
              type="range"
              min={0}
              max={last}
              step={1}
              value={pos}
              onChange={(e) => {
                setPlaying(false);
                onPositionChange(Number(e.target.value));
              }}
              aria-valuetext={valueText}
              className="h-2 min-w-0 flex-1 cursor-pointer accent-[var(--color-primary)]"
              data-testid="replay-scrubber"
            />
            <Button
              variant="ghost"
              size="icon-sm"
              onClick={() => onPositionChange(Math.min(last, pos + 1))}
              disabled={pos === last}
              aria-label="Next moment"
            >
              <ChevronRight aria-hidden />
            </Button>
            <span className="hidden w-20 shrink-0 text-right font-mono text-xs tabular-nums text-muted-foreground sm:inline" aria-hidden>
              {clock(current.offset_seconds)} / {clock(total)}
            </span>
          </div>
          <p
            className="mt-2 flex min-w-0 items-center gap-2 text-caption"
            data-testid="replay-current"
            data-event-id={current.id}
            data-position={pos}
            aria-live="polite"
          >
            <span className="text-primary [&_svg]:size-4" aria-hidden>
              {TYPE_META[current.type].icon}
            </span>
            <span className="font-mono text-xs text-muted-foreground">{clock(current.offset_seconds)}</span>
            <span className="min-w-0 truncate">{current.summary}</span>
          </p>
        </div>

        {/* State at this moment */}
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <div className="rounded-lg border border-border bg-surface p-3">
            <dt className="text-xs text-muted-foreground">Stage</dt>
            <dd className="mt-0.5 font-medium" data-testid="replay-stage">
              {snap.stage ? stageLabel(snap.stage) : kind === "system_design" ? "Requirements" : "Discuss"}
            </dd>
          </div>
          <div className="rounded-lg border border-border bg-surface p-3">
            <dt className="text-xs text-muted-foreground">Latest run</dt>
            <dd className="mt-0.5 flex items-center gap-1.5 font-medium" data-testid="replay-run">
              {snap.run ? (
                <>
                  {snap.run.passed !== null && snap.run.total !== null && snap.run.total > 0 ? (
                    snap.run.passed === snap.run.total ? (
                      <CheckCircle2 className="size-4 text-emerald-700 dark:text-emerald-300" aria-hidden />
                    ) : (
                      <XCircle className="size-4 text-red-700 dark:text-red-300" aria-hidden />
                    )
                  ) : null}
                  {snap.run.kind === "submit" ? "Submission" : "Run"}
                  {snap.run.passed !== null && snap.run.total !== null ? `: ${snap.run.passed}/${snap.run.total} passed` : ""}
                  {snap.run.status && snap.run.passed === null ? ` (${snap.run.status})` : ""}
                </>
              ) : (
                <span className="font-normal text-muted-foreground">None yet</span>
              )}
            </dd>
          </div>
          <div className="rounded-lg border border-border bg-surface p-3">
            <dt className="text-xs text-muted-foreground">{kind === "system_design" ? "Diagram" : "Hints so far"}</dt>
            <dd className="mt-0.5 font-medium">
              {kind === "system_design" ? (
                snap.diagram ? (
                  snap.diagram.components !== null ? (
                    `${snap.diagram.components} components, ${snap.diagram.connections ?? 0} connections`
                  ) : (
                    snap.diagram.summary
                  )
                ) : (
                  <span className="font-normal text-muted-foreground">Not drawn yet</span>
                )
              ) : (
                snap.hints
              )}
            </dd>
          </div>
        </dl>

        <div className="grid gap-4 lg:grid-cols-2">
          {kind === "coding" ? (
            <section aria-labelledby="replay-code-h" className="min-w-0 space-y-2">
              <h3 id="replay-code-h" className="flex items-center gap-2 text-caption font-semibold">
                Code at {clock(current.offset_seconds)}
                {snap.code?.language ? <Badge variant="muted">{snap.code.language}</Badge> : null}
              </h3>
              {snap.code ? (
                <CodeView code={snap.code.code} label={`Code as of ${clock(current.offset_seconds)}`} />
              ) : (
                <p className="rounded-lg border border-dashed border-border p-4 text-caption text-muted-foreground" data-testid="report-code-empty">
                  No code written yet at this moment.
                </p>
              )}
            </section>
          ) : null}
          <section aria-labelledby="replay-chat-h" className={cn("min-w-0 space-y-2", kind !== "coding" && "lg:col-span-2")}>
            <h3 id="replay-chat-h" className="text-caption font-semibold">
              Conversation up to {clock(current.offset_seconds)}{" "}
              <span className="font-normal text-muted-foreground">({snap.messages.length} messages)</span>
            </h3>
            <div
              ref={chatRef}
              className="max-h-[26rem] overflow-y-auto rounded-lg border border-border bg-surface p-3"
              tabIndex={0}
              role="region"
              aria-label="Conversation up to this moment"
            >
              {snap.messages.length ? (
                <ol className="space-y-3" data-testid="transcript">
                  {snap.messages.map((m) => (
                    <li key={m.id} className="flex gap-2.5">
                      {m.role === "ai" ? (
                        <AiAvatar className="mt-0.5" />
                      ) : (
                        <span
                          className="mt-0.5 inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-primary-soft text-[0.625rem] font-bold text-primary-text"
                          aria-hidden
                        >
                          You
                        </span>
                      )}
                      <div className="min-w-0 flex-1">
                        <p className="text-xs text-muted-foreground">
                          <span className="font-semibold text-foreground">{m.role === "ai" ? "Interviewer" : "Candidate"}</span>
                          {" · "}
                          {clock(m.offset)}
                        </p>
                        {m.role === "ai" ? (
                          <Markdown text={m.content} className="mt-0.5 text-caption" />
                        ) : (
                          <p className="mt-0.5 whitespace-pre-wrap break-words text-caption">{m.content}</p>
                        )}
                      </div>
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="text-caption text-muted-foreground" data-testid="transcript">
                  No messages yet at this moment.
                </p>
              )}
            </div>
          </section>
        </div>

        {/* The whole timeline */}
        <details className="group" open={events.length <= 60}>
          <summary className="cursor-pointer rounded text-caption font-semibold text-primary hover:underline dark:text-blue-300">
            Timeline ({events.length} moments)
          </summary>
          <div className="mt-2 max-h-72 overflow-y-auto rounded-lg border border-border">
            <ol ref={listRef} aria-label="Timeline" data-testid="replay-timeline">
              {events.map((e, i) => (
                <li key={e.id}>
                  <button
                    type="button"
                    onClick={() => {
                      setPlaying(false);
                      onPositionChange(i);
                    }}
                    aria-current={i === pos ? "step" : undefined}
                    className={cn(
                      "flex w-full items-center gap-2 border-b border-border px-3 py-1.5 text-left text-caption last:border-b-0",
                      "hover:bg-surface-muted focus-visible:-outline-offset-2",
                      i === pos && "bg-primary-soft",
                      i > pos && "text-muted-foreground",
                    )}
                    data-event-id={e.id}
                  >
                    <span className="w-12 shrink-0 font-mono text-xs tabular-nums">{clock(e.offset_seconds)}</span>
                    <span className="shrink-0 [&_svg]:size-3.5" aria-hidden>
                      {TYPE_META[e.type].icon}
                    </span>
                    <span className="sr-only">{TYPE_META[e.type].label}:</span>
                    <span className="min-w-0 truncate">{e.summary}</span>
                  </button>
                </li>
              ))}
            </ol>
          </div>
        </details>
      </CardContent>
    </Card>
  );
}
