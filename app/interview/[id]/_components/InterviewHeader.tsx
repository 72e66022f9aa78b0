"use client";

import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { ArrowLeft, Eye, Pause, Play, Timer, Wifi, WifiOff } from "lucide-react";
import { toast } from "sonner";
import { api } from "@/app/_lib/api";
import { LottieAnimation } from "@/app/interview/components/LottieAnimation";
import { DifficultyBadge } from "@/components/difficulty-badge";
import { ThemeToggle } from "@/components/theme-toggle";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";
import { cn } from "@/components/ui/utils";
import { UserMenu } from "@/components/user-menu";
import { useCodeStore } from "@/stores/codeStore";
import { currentElapsed, useInterviewStore } from "@/stores/interviewStore";

export function formatClock(totalSeconds: number) {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(sec).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Elapsed interview seconds, ticking once a second while the interview runs. */
export function useElapsed() {
  const status = useInterviewStore((s) => s.status);
  const base = useInterviewStore((s) => s.elapsedBase);
  const syncedAt = useInterviewStore((s) => s.elapsedSyncedAt);
  const [, force] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => {
    if (status !== "in_progress") return;
    const id = setInterval(force, 1000);
    return () => clearInterval(id);
  }, [status]);
  return currentElapsed({ status, elapsedBase: base, elapsedSyncedAt: syncedAt });
}

function InterviewTimer() {
  const elapsed = useElapsed();
  const duration = useInterviewStore((s) => s.durationMinutes) * 60;
  const status = useInterviewStore((s) => s.status);
  const remaining = duration - elapsed;
  const warned = React.useRef(false);
  React.useEffect(() => {
    if (status === "in_progress" && remaining <= 300 && remaining > 0 && !warned.current) {
      warned.current = true;
      toast.warning("5 minutes left", { description: "Start wrapping up: test your solution and submit." });
    }
  }, [remaining, status]);
  const tone = remaining <= 0 ? "error" : remaining <= 300 ? "warning" : "normal";
  const label =
    remaining > 0
      ? `Elapsed ${formatClock(elapsed)} of ${Math.round(duration / 60)} minutes; ${formatClock(remaining)} left`
      : `Elapsed ${formatClock(elapsed)}; over time by ${formatClock(-remaining)}`;
  return (
    <Tooltip content={remaining > 0 ? `${formatClock(remaining)} left of ${Math.round(duration / 60)} min` : "Over time"}>
      <span
        className={cn(
          "inline-flex h-8 items-center gap-1.5 rounded-lg border px-2.5 font-mono text-caption tabular-nums",
          tone === "normal" && "border-border bg-surface",
          tone === "warning" && "border-warning/40 bg-warning-soft text-amber-700 dark:text-amber-300",
          tone === "error" && "border-error/40 bg-error-soft text-red-700 dark:text-red-300",
        )}
        role="timer"
        aria-label={label}
        tabIndex={0}
        data-testid="interview-timer"
      >
        <Timer className={cn("size-4", status === "in_progress" && tone !== "normal" && "animate-pulse")} aria-hidden />
        {formatClock(elapsed)}
        {status === "paused" ? <span className="font-sans text-xs">paused</span> : null}
      </span>
    </Tooltip>
  );
}

function ConnectionStatus() {
  const connection = useInterviewStore((s) => s.connection);
  const latency = useInterviewStore((s) => s.latencyMs);
  const measured = useInterviewStore((s) => s.quality);
  const open = connection === "open";
  // The room's judgement over recent round trips; until it arrives, the last ping alone.
  const quality = !open ? "offline" : (measured ?? (latency === null || latency < 150 ? "good" : latency < 400 ? "fair" : "poor"));
  const text = open
    ? `Live${latency !== null ? ` · ${latency} ms` : ""}`
    : connection === "reconnecting"
      ? "Reconnecting…"
      : connection === "connecting" || connection === "idle"
        ? "Connecting…"
        : "Offline · retrying";
  const dot = {
    good: "bg-success text-success",
    fair: "bg-warning text-warning",
    poor: "bg-error text-error",
    offline: "bg-neutral-400 text-neutral-400",
  }[quality];
  return (
    <Tooltip
      content={
        open
          ? `Real-time connection ${quality}${latency !== null ? ` (ping ${latency} ms)` : ""}`
          : "Real-time updates are reconnecting. Your work is still saved, and runs fall back to polling."
      }
    >
      <span
        className="inline-flex h-8 items-center gap-1.5 rounded-lg px-2 text-xs text-muted-foreground"
        role="status"
        aria-label={`Connection: ${text}`}
        tabIndex={0}
        data-testid="connection-status"
        data-state={connection}
      >
        {open ? <Wifi className="size-3.5" aria-hidden /> : <WifiOff className="size-3.5" aria-hidden />}
        {quality === "good" ? (
          <LottieAnimation name="connected" size={20} className="-mx-1" />
        ) : (
          <span className={cn("size-2 rounded-full", dot, open && "animate-pulse-ring")} aria-hidden />
        )}
        <span className="hidden tabular-nums md:inline">{text}</span>
      </span>
    </Tooltip>
  );
}

/** Says so, honestly, while someone from the hiring team watches through the room (presence). */
function ObserverBadge() {
  const watching = useInterviewStore((s) => s.presence.some((u) => u.role === "observer"));
  const seen = React.useRef(false);
  React.useEffect(() => {
    if (watching && !seen.current) toast.info("A reviewer is watching", { description: "Someone from the hiring team is following this interview live, read-only." });
    seen.current = watching;
  }, [watching]);
  if (!watching) return null;
  return (
    <Tooltip content="Someone from the hiring team is following this interview live. They can see your code, the chat and your runs, but cannot change anything.">
      <span
        className="inline-flex h-8 items-center gap-1.5 rounded-lg border border-secondary/30 bg-secondary-soft px-2.5 text-xs font-medium text-violet-800 dark:text-violet-200"
        role="status"
        tabIndex={0}
        data-testid="observer-badge"
      >
        <Eye className="size-3.5" aria-hidden />
        <span className="sr-only sm:not-sr-only">A reviewer is watching</span>
      </span>
    </Tooltip>
  );
}

function PauseButton({ interviewId }: { interviewId: string }) {
  const status = useInterviewStore((s) => s.status);
  const [busy, setBusy] = React.useState(false);
  if (status !== "in_progress" && status !== "paused") return null;
  const paused = status === "paused";
  const toggle = async () => {
    setBusy(true);
    try {
      const detail = await api.updateInterview(interviewId, { status: paused ? "resumed" : "paused" });
      useInterviewStore.getState().setStatus(detail.status, detail.elapsed_seconds);
      toast.success(paused ? "Interview resumed" : "Interview paused", {
        description: paused ? undefined : "The timer is stopped. Resume whenever you're ready.",
      });
    } catch (err) {
      toast.error(paused ? "Couldn't resume" : "Couldn't pause", {
        description: err instanceof Error ? err.message : undefined,
      });
    } finally {
      setBusy(false);
    }
  };
  const label = paused ? "Resume interview" : "Pause interview";
  return (
    <Tooltip content={label}>
      <Button variant="ghost" size="icon-sm" onClick={toggle} loading={busy} aria-label={label}>
        {busy ? null : paused ? <Play aria-hidden /> : <Pause aria-hidden />}
      </Button>
    </Tooltip>
  );
}

export function InterviewHeader({
  interviewId,
  title,
  difficulty,
  onBack,
}: {
  interviewId: string;
  title: string;
  difficulty: string;
  /** Flushes unsaved code before leaving. */
  onBack: () => Promise<void>;
}) {
  const router = useRouter();
  const [confirmLeave, setConfirmLeave] = React.useState(false);
  const back = async (e: React.MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return; // new tab: nothing is lost here
    e.preventDefault();
    if (useCodeStore.getState().saveState !== "saved") await onBack();
    if (useCodeStore.getState().saveState === "saved") router.push("/problems");
    else setConfirmLeave(true);
  };
  return (
    <header className="glass z-30 flex h-[50px] shrink-0 items-center gap-2 border-x-0 border-t-0 px-2 sm:px-4">
      <Tooltip content="Back to problems">
        <Button asChild variant="ghost" size="icon-sm">
          <Link href="/problems" aria-label="Back to problems" onClick={back}>
            <ArrowLeft aria-hidden />
          </Link>
        </Button>
      </Tooltip>
      <div className="flex min-w-0 items-center gap-2">
        <h1 className="truncate text-body font-semibold" data-testid="interview-title">
          {title}
        </h1>
        <DifficultyBadge difficulty={difficulty} className="hidden sm:inline-flex" />
      </div>
      <div className="ml-auto flex items-center gap-1 sm:gap-2">
        <ObserverBadge />
        <InterviewTimer />
        <PauseButton interviewId={interviewId} />
        <ConnectionStatus />
        <ThemeToggle />
        <UserMenu compact />
      </div>
      <AlertDialog open={confirmLeave} onOpenChange={setConfirmLeave}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Leave with unsaved changes?</AlertDialogTitle>
            <AlertDialogDescription>
              Your latest edits haven&apos;t reached the server yet. They&apos;re kept in this browser and will be saved
              when you come back to this interview.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel autoFocus>Stay</AlertDialogCancel>
            <AlertDialogAction variant="destructive" onClick={() => router.push("/problems")}>
              Leave anyway
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </header>
  );
}
