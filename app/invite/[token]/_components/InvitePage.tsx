"use client";

import * as React from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Ban, CalendarClock, Clock, Code2, Lightbulb, LightbulbOff, Network, Play, RotateCcw, SearchX, ShieldCheck } from "lucide-react";
import { ApiError, LANGUAGE_OPTIONS, languageLabel } from "@/app/_lib/api";
import { BrandMark } from "@/components/brand";
import { DifficultyBadge } from "@/components/difficulty-badge";
import { EmptyState } from "@/components/empty-state";
import { ThemeToggle } from "@/components/theme-toggle";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { dateTime, isStatus, recruit } from "@/app/recruit/_lib/recruit";

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <div className="app-backdrop min-h-dvh">
      <header className="mx-auto flex h-14 max-w-3xl items-center gap-2 px-4">
        <BrandMark />
        <span className="font-semibold">Interview Coach</span>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 pb-16 pt-6">
        {children}
      </main>
    </div>
  );
}

/** Expired, used up or revoked (HTTP 410): the server's message says which; nothing can be started. */
function Gone({ message }: { message: string }) {
  return (
    <Card className="p-2" data-testid="invite-gone">
      <EmptyState icon={<Ban />} tone="error" title="This interview link can no longer be used">
        <p role="alert">{message}</p>
      </EmptyState>
    </Card>
  );
}

function Rule({ icon, label, children }: { icon: React.ReactNode; label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-border bg-surface p-3">
      <dt className="flex items-center gap-2 text-xs text-muted-foreground">
        <span className="text-primary [&_svg]:size-4" aria-hidden>
          {icon}
        </span>
        {label}
      </dt>
      <dd className="mt-1 text-caption font-medium">{children}</dd>
    </div>
  );
}

export function InvitePage({ token }: { token: string }) {
  const invite = useQuery({ queryKey: ["invite", token], queryFn: () => recruit.invitation(token), retry: false, staleTime: Infinity });
  const [language, setLanguage] = React.useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => recruit.start(token, invite.data?.kind === "coding" ? (language ?? invite.data.rules.languages[0]) : undefined),
    // A full navigation, so the page starts with the new guest session the answer set.
    onSuccess: (res) => window.location.assign(`/interview/${res.interview_id}`),
  });

  if (invite.isPending) {
    return (
      <Frame>
        <div className="space-y-4" role="status" aria-label="Loading the invitation">
          <Skeleton className="h-10 w-2/3" />
          <Skeleton className="h-40 w-full" />
        </div>
      </Frame>
    );
  }
  if (isStatus(invite.error, 410) || isStatus(start.error, 410)) {
    const err = (invite.error ?? start.error) as ApiError;
    return (
      <Frame>
        <Gone message={err.message} />
      </Frame>
    );
  }
  if (isStatus(invite.error, 404)) {
    return (
      <Frame>
        <Card className="p-2">
          <EmptyState icon={<SearchX />} title="Invitation not found">
            Check that you opened the whole link from your email. If it still doesn&apos;t work, ask the team that sent it for a new one.
          </EmptyState>
        </Card>
      </Frame>
    );
  }
  if (invite.isError) {
    return (
      <Frame>
        <Card className="p-2">
          <EmptyState
            tone="error"
            icon={<RotateCcw />}
            title="Couldn't load the invitation"
            action={
              <Button variant="outline" onClick={() => invite.refetch()}>
                <RotateCcw aria-hidden /> Try again
              </Button>
            }
          >
            {invite.error instanceof Error ? invite.error.message : null}
          </EmptyState>
        </Card>
      </Frame>
    );
  }

  const inv = invite.data;
  const coding = inv.kind === "coding";
  const chosen = language ?? inv.rules.languages[0] ?? "python";
  const options = LANGUAGE_OPTIONS.filter((l) => inv.rules.languages.includes(l.value));
  return (
    <Frame>
      <div className="space-y-6 animate-slide-up">
        <div>
          <p className="text-caption font-medium text-primary-text">Interview invitation</p>
          <h1 className="mt-1 text-h1 font-semibold tracking-tight" data-testid="invite-heading">
            {inv.inviter ? `${inv.inviter.name} from ${inv.team.name}` : inv.team.name} invited you to a {coding ? "coding" : "system-design"} interview
          </h1>
          <p className="mt-2 text-body text-muted-foreground">
            You&apos;ll talk to an AI interviewer, {coding ? "write and run code in a real editor" : "sketch a design on a whiteboard"}, and get a
            report that {inv.team.name} can read. No account needed.
          </p>
        </div>

        {inv.note ? (
          <Card className="p-4">
            <h2 className="text-caption font-semibold">A note from {inv.inviter?.name ?? inv.team.name}</h2>
            <p className="mt-1 whitespace-pre-wrap text-body" data-testid="invite-note">
              {inv.note}
            </p>
          </Card>
        ) : null}

        <section aria-labelledby="rules-heading">
          <h2 id="rules-heading" className="mb-2 text-body font-semibold">
            The rules
          </h2>
          <dl className="grid gap-2 sm:grid-cols-2" data-testid="invite-rules">
            <Rule icon={<Clock />} label="Duration">
              {inv.rules.duration_minutes} minutes, starting when you press Start. The clock can&apos;t be paused.
            </Rule>
            <Rule icon={coding ? <Code2 /> : <Network />} label={coding ? "Languages" : "Format"}>
              {coding ? inv.rules.languages.map(languageLabel).join(", ") : "Whiteboard (system design)"}
            </Rule>
            <Rule icon={inv.rules.hints_allowed ? <Lightbulb /> : <LightbulbOff />} label="Hints">
              {inv.rules.hints_allowed ? "Allowed: ask the interviewer when you're stuck" : "Not allowed in this interview"}
            </Rule>
            <Rule icon={<CalendarClock />} label="Link valid until">
              {dateTime(inv.expires_at)}
            </Rule>
          </dl>
          {inv.rules.difficulty ? (
            <p className="mt-2 flex items-center gap-2 text-caption text-muted-foreground">
              Difficulty: <DifficultyBadge difficulty={inv.rules.difficulty} />
            </p>
          ) : null}
        </section>

        <Card className="grid gap-4 p-4">
          {coding && options.length > 1 ? (
            <div className="grid gap-1.5 sm:max-w-xs">
              <Label htmlFor="invite-language">Your language</Label>
              <Select value={chosen} onValueChange={setLanguage}>
                <SelectTrigger id="invite-language" className="h-10">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {options.map((l) => (
                    <SelectItem key={l.value} value={l.value}>
                      {l.label}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <p className="text-xs text-muted-foreground">You can switch later, among the languages above.</p>
            </div>
          ) : coding ? (
            <p className="text-caption">
              Language: <span className="font-medium">{languageLabel(chosen)}</span>
            </p>
          ) : null}
          {start.isError && !isStatus(start.error, 410) ? (
            <p role="alert" className="rounded-lg border border-error/30 bg-error-soft px-3 py-2 text-caption text-red-700 dark:text-red-300">
              {start.error instanceof Error ? start.error.message : "Couldn't start the interview. Please try again."}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button size="lg" onClick={() => start.mutate()} loading={start.isPending || start.isSuccess} data-testid="invite-start">
              {start.isPending || start.isSuccess ? null : <Play aria-hidden />} Start the interview
            </Button>
            <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
              <ShieldCheck className="size-3.5" aria-hidden /> Only {inv.team.name} sees this interview; your own practice stays private.
            </p>
          </div>
        </Card>
      </div>
    </Frame>
  );
}
