"use client";

import * as React from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { Briefcase, Check, Copy, Link2, LogIn, RotateCcw, ServerCrash, Users } from "lucide-react";
import { toast } from "sonner";
import { isUnauthorized } from "@/app/_lib/api";
import { AppHeader } from "@/components/app-header";
import { EmptyState } from "@/components/empty-state";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/components/ui/utils";
import { useMe } from "@/components/user-menu";
import type { MeResponse } from "@/lib/api/schemas";
import { recruit } from "../_lib/recruit";

type MyTeam = Awaited<ReturnType<typeof recruit.myTeam>>;
export type RecruiterContext = { me: MeResponse; team: NonNullable<MyTeam["team"]>; role: NonNullable<MyTeam["role"]>; members: MyTeam["members"] };

const NAV = [
  { href: "/recruit", label: "Team", icon: Users },
  { href: "/recruit/links", label: "Interview links", icon: Link2 },
];

/** The recruiter pages' frame: the app header, a heading and the Team / Links navigation. */
export function RecruitFrame({ title, description, actions, children, nav = true }: {
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  children: React.ReactNode;
  nav?: boolean;
}) {
  const path = usePathname();
  return (
    <div className="app-backdrop min-h-dvh">
      <AppHeader />
      <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8 sm:px-6">
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <p className="flex items-center gap-1.5 text-caption font-medium text-primary-text">
              <Briefcase className="size-4" aria-hidden /> Recruiting
            </p>
            <h1 className="mt-1 text-h2 font-semibold tracking-tight">{title}</h1>
            {description ? <div className="mt-1 text-caption text-muted-foreground">{description}</div> : null}
          </div>
          {actions}
        </div>
        {nav ? (
          <nav aria-label="Recruiting" className="flex gap-1 border-b border-border">
            {NAV.map(({ href, label, icon: Icon }) => {
              const current = href === "/recruit" ? path === "/recruit" : path?.startsWith(href);
              return (
                <Link
                  key={href}
                  href={href}
                  aria-current={current ? "page" : undefined}
                  className={cn(
                    "-mb-px inline-flex h-10 items-center gap-1.5 border-b-2 px-3 text-caption font-medium transition-colors",
                    current ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
                  )}
                >
                  <Icon className="size-4" aria-hidden /> {label}
                </Link>
              );
            })}
          </nav>
        ) : null}
        {children}
      </main>
    </div>
  );
}

export function PageSkeleton() {
  return (
    <div className="space-y-4" role="status" aria-label="Loading">
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-48 w-full" />
    </div>
  );
}

export function LoadError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Card>
      <EmptyState
        tone="error"
        icon={<ServerCrash />}
        title="Couldn't load this page"
        action={
          <Button variant="outline" onClick={retry}>
            <RotateCcw aria-hidden /> Try again
          </Button>
        }
      >
        {error instanceof Error ? error.message : null}
      </EmptyState>
    </Card>
  );
}

/** Where signing in brings the recruiter back to. */
export function signInHref(next: string) {
  return `/signin?next=${encodeURIComponent(next)}`;
}

/** Not signed in, or a guest: recruiting needs an account. */
export function AccountNeeded({ guest, next }: { guest: boolean; next: string }) {
  return (
    <Card className="mx-auto max-w-lg" data-testid="recruit-account-needed">
      <EmptyState
        icon={<LogIn />}
        title={guest ? "Recruiting needs an account" : "Sign in to recruit"}
        action={
          <Button asChild>
            <Link href={signInHref(next)}>
              <LogIn aria-hidden /> Sign in or create an account
            </Link>
          </Button>
        }
      >
        {guest
          ? "You're using a guest session. Guests can practise, but can't create or join a team: sign in with an email and password (or create an account) to send interview links."
          : "Create a team, send candidates interview links, watch interviews live and read the reports."}
      </EmptyState>
    </Card>
  );
}

/**
 * Renders `children` with the recruiter's account and team; otherwise says what is missing
 * (an account, a team) with the way to get it.
 */
export function WithTeam({ next, children }: { next: string; children: (ctx: RecruiterContext) => React.ReactNode }) {
  const me = useMe();
  const signedIn = Boolean(me.data && !me.data.is_guest);
  const team = useQuery({ queryKey: ["team"], queryFn: recruit.myTeam, enabled: signedIn, retry: false });
  if (me.isPending || (signedIn && team.isPending)) return <PageSkeleton />;
  if (!me.data || isUnauthorized(me.error)) return <AccountNeeded guest={false} next={next} />;
  if (me.data.is_guest) return <AccountNeeded guest next={next} />;
  if (team.isError) return <LoadError error={team.error} retry={() => team.refetch()} />;
  if (!team.data?.team || !team.data.role) {
    return (
      <Card className="mx-auto max-w-lg">
        <EmptyState
          icon={<Users />}
          title="You're not in a team yet"
          action={
            <Button asChild>
              <Link href="/recruit">Create a team</Link>
            </Button>
          }
        >
          Interview links belong to a team. Create one, or ask a team owner to invite your email address.
        </EmptyState>
      </Card>
    );
  }
  return <>{children({ me: me.data, team: team.data.team, role: team.data.role, members: team.data.members })}</>;
}

/** Copies text to the clipboard with a toast; falls back to selecting it when the clipboard is unavailable. */
export function CopyField({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const id = React.useId();
  const inputRef = React.useRef<HTMLInputElement>(null);
  const [copied, setCopied] = React.useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success("Copied to the clipboard");
      setTimeout(() => setCopied(false), 2000);
    } catch {
      inputRef.current?.select();
      toast.info("Press Ctrl+C to copy", { description: "The browser didn't allow copying from the page." });
    }
  };
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-caption font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          ref={inputRef}
          readOnly
          value={value}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
          className="h-10 min-w-0 flex-1 rounded-lg border border-input bg-surface-muted px-3 font-mono text-caption text-foreground focus-visible:border-primary focus-visible:outline-none focus-visible:ring-3 focus-visible:ring-primary/25"
        />
        <Button type="button" variant="outline" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />} {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
