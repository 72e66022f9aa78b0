"use client";

import * as React from "react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowRight, Mail, ScrollText, ShieldCheck, UserMinus, UserPlus, Users } from "lucide-react";
import { toast } from "sonner";
import { isUnauthorized } from "@/app/_lib/api";
import { EmptyState } from "@/components/empty-state";
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
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useMe } from "@/components/user-menu";
import type { AuditEntryDTO } from "@/lib/api/schemas";
import { dateTime, recruit } from "../_lib/recruit";
import { AccountNeeded, CopyField, LoadError, PageSkeleton, RecruitFrame, type RecruiterContext } from "./RecruitFrame";

type Role = "owner" | "member";

function ErrorText({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="rounded-lg border border-error/30 bg-error-soft px-3 py-2 text-caption text-red-700 dark:text-red-300">
      {message}
    </p>
  );
}

const errorMessage = (err: unknown) => (err instanceof Error ? err.message : "Something went wrong. Please try again.");

function CreateTeam() {
  const qc = useQueryClient();
  const [name, setName] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => recruit.createTeam(name.trim()),
    onSuccess: async (res) => {
      toast.success(`Team "${res.team.name}" created`, { description: "You are its owner. Invite your teammates next." });
      await qc.invalidateQueries({ queryKey: ["team"] });
    },
    onError: (err) => setError(errorMessage(err)),
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setError(name.trim() ? null : "Give the team a name");
    if (name.trim()) create.mutate();
  };
  return (
    <Card className="mx-auto max-w-lg">
      <CardHeader>
        <CardTitle as="h2">Create your team</CardTitle>
        <CardDescription>Interview links, live observation and reports are shared by everyone in the team. You&apos;ll be its owner.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={submit} noValidate className="grid gap-3" aria-label="Create a team">
          <div className="grid gap-1.5">
            <Label htmlFor="team-name">Team name</Label>
            <Input
              id="team-name"
              value={name}
              maxLength={100}
              onChange={(e) => setName(e.target.value)}
              placeholder="Acme Engineering Hiring"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "team-name-error" : undefined}
            />
          </div>
          <ErrorText id="team-name-error" message={error} />
          <Button type="submit" loading={create.isPending}>
            <Users aria-hidden /> Create team
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}

function AcceptInvite({ token }: { token: string }) {
  const qc = useQueryClient();
  const [error, setError] = React.useState<string | null>(null);
  const accept = useMutation({
    mutationFn: () => recruit.acceptInvite(token),
    onSuccess: async (res) => {
      toast.success(`You joined ${res.team.name}`, { description: `Your role: ${res.role}` });
      window.history.replaceState(null, "", "/recruit");
      await qc.invalidateQueries({ queryKey: ["team"] });
    },
    onError: (err) => setError(errorMessage(err)),
  });
  return (
    <Card className="mx-auto max-w-lg" data-testid="team-invitation">
      <CardHeader>
        <CardTitle as="h2">You&apos;ve been invited to a team</CardTitle>
        <CardDescription>Accept to share its interview links and reports. The invitation must be for this account&apos;s email address.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <ErrorText id="accept-error" message={error} />
        <Button onClick={() => accept.mutate()} loading={accept.isPending}>
          <ShieldCheck aria-hidden /> Join the team
        </Button>
      </CardContent>
    </Card>
  );
}

function InviteForm({ teamId }: { teamId: string }) {
  const qc = useQueryClient();
  const [email, setEmail] = React.useState("");
  const [role, setRole] = React.useState<Role>("member");
  const [error, setError] = React.useState<string | null>(null);
  const [made, setMade] = React.useState<{ email: string; url: string; expires: string } | null>(null);
  const invite = useMutation({
    mutationFn: () => recruit.invite(teamId, { email: email.trim(), role }),
    onSuccess: (res) => {
      setMade({ email: res.email, url: `${window.location.origin}/recruit?invite=${encodeURIComponent(res.token)}`, expires: res.expires_at });
      setEmail("");
      toast.success(`Invitation for ${res.email} created`);
      void qc.invalidateQueries({ queryKey: ["audit"] });
    },
    onError: (err) => setError(errorMessage(err).replace(/^email: /, "")),
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const ok = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
    setError(ok ? null : "Enter the teammate's email address");
    if (ok) invite.mutate();
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2" className="flex items-center gap-2">
          <UserPlus className="size-4 text-primary" aria-hidden /> Invite a teammate
        </CardTitle>
        <CardDescription>They sign in with this email address and open the invitation link. It works once, for 7 days.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end" aria-label="Invite a teammate">
          <div className="grid gap-1.5">
            <Label htmlFor="invite-email">Email</Label>
            <Input
              id="invite-email"
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              placeholder="teammate@example.com"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "invite-error" : undefined}
            />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="invite-role">Role</Label>
            <Select value={role} onValueChange={(v) => setRole(v as Role)}>
              <SelectTrigger id="invite-role" className="h-10">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="member">Member</SelectItem>
                <SelectItem value="owner">Owner</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <Button type="submit" loading={invite.isPending} className="h-10">
            <Mail aria-hidden /> Invite
          </Button>
        </form>
        <ErrorText id="invite-error" message={error} />
        {made ? (
          <div className="grid gap-1 rounded-lg border border-border bg-surface-muted/50 p-3" data-testid="team-invite-result">
            <CopyField value={made.url} label={`Invitation link for ${made.email}`} testId="team-invite-url" />
            <p className="text-xs text-muted-foreground">Shown once. Send it to them yourself; it expires {dateTime(made.expires)}.</p>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

function Members({ ctx }: { ctx: RecruiterContext }) {
  const qc = useQueryClient();
  const isOwner = ctx.role === "owner";
  // A team always keeps an owner: its only owner cannot leave (the API refuses it too).
  const soleOwner = isOwner && ctx.members.filter((m) => m.role === "owner").length === 1;
  const [removing, setRemoving] = React.useState<{ id: string; name: string } | null>(null);
  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: ["team"] }), qc.invalidateQueries({ queryKey: ["audit"] })]);
  const setRole = useMutation({
    mutationFn: (v: { userId: string; role: Role }) => recruit.setRole(ctx.team.id, v.userId, v.role),
    onSuccess: async () => {
      toast.success("Role changed");
      await refresh();
    },
    onError: (err) => toast.error("Couldn't change the role", { description: errorMessage(err) }),
  });
  const remove = useMutation({
    mutationFn: (userId: string) => recruit.removeMember(ctx.team.id, userId),
    onSuccess: async (_res, userId) => {
      if (userId === ctx.me.id) {
        toast.success(`You left ${ctx.team.name}`);
      } else toast.success("Member removed");
      setRemoving(null);
      await refresh();
    },
    onError: (err) => toast.error("Couldn't remove", { description: errorMessage(err) }),
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2" className="flex items-center gap-2">
          <Users className="size-4 text-primary" aria-hidden /> Members
        </CardTitle>
        <CardDescription>
          Owners invite people, change roles and read the audit log; every member creates links, watches live and reads reports.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="divide-y divide-border" data-testid="team-members">
          {ctx.members.map((m) => {
            const self = m.user_id === ctx.me.id;
            return (
              <li key={m.user_id} className="flex flex-wrap items-center gap-3 py-3">
                <div className="min-w-0 flex-1">
                  <p className="truncate text-caption font-medium">
                    {m.name} {self ? <span className="text-muted-foreground">(you)</span> : null}
                  </p>
                  <p className="truncate text-xs text-muted-foreground">{m.email ?? "no email"} · joined {dateTime(m.joined_at)}</p>
                </div>
                {isOwner && !self ? (
                  <Select value={m.role} onValueChange={(v) => setRole.mutate({ userId: m.user_id, role: v as Role })}>
                    <SelectTrigger className="h-8 w-28" aria-label={`Role of ${m.name}`}>
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      <SelectItem value="member">Member</SelectItem>
                      <SelectItem value="owner">Owner</SelectItem>
                    </SelectContent>
                  </Select>
                ) : (
                  <Badge variant={m.role === "owner" ? "default" : "muted"} data-testid="member-role">
                    {m.role === "owner" ? "Owner" : "Member"}
                  </Badge>
                )}
                {(isOwner && !self) || (self && !soleOwner) ? (
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    aria-label={self ? "Leave the team" : `Remove ${m.name}`}
                    onClick={() => setRemoving({ id: m.user_id, name: self ? "yourself" : m.name })}
                  >
                    <UserMinus aria-hidden />
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </CardContent>
      <AlertDialog open={removing !== null} onOpenChange={(open) => !open && setRemoving(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{removing?.name === "yourself" ? "Leave the team?" : `Remove ${removing?.name}?`}</AlertDialogTitle>
            <AlertDialogDescription>
              They lose access to the team&apos;s links, live interviews and reports. The links and reports stay with the team.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel autoFocus>Cancel</AlertDialogCancel>
            <AlertDialogAction variant="destructive" loading={remove.isPending} onClick={() => removing && remove.mutate(removing.id)}>
              {removing?.name === "yourself" ? "Leave" : "Remove"}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </Card>
  );
}

const ACTION_LABELS: Record<string, string> = {
  "team.create": "created the team",
  "team.invite": "invited",
  "team.invite_accept": "joined the team",
  "team.role_change": "changed a role",
  "team.member_remove": "removed a member",
  "link.create": "created a link",
  "link.revoke": "revoked a link",
  "interview.view": "opened an interview",
  "interview.metrics_view": "read an interview's metrics",
  "interview.whiteboard_view": "read a whiteboard",
  "interview.report_view": "read a report",
  "interview.timeline_view": "read a replay",
  "interview.observe": "watched an interview live",
};

function auditDetail(e: AuditEntryDTO): string {
  const d = e.details;
  const parts: string[] = [];
  if (typeof d.email === "string") parts.push(d.email);
  if (typeof d.role === "string") parts.push(`as ${d.role}`);
  if (typeof d.via === "string") parts.push(`via ${d.via}`);
  if (e.target.id) parts.push(`${e.target.type} ${e.target.id.slice(0, 8)}`);
  return parts.join(" · ");
}

function AuditLog() {
  const [pages, setPages] = React.useState<AuditEntryDTO[][]>([]);
  const first = useQuery({ queryKey: ["audit"], queryFn: () => recruit.audit() });
  const [more, setMore] = React.useState(true);
  const [loading, setLoading] = React.useState(false);
  React.useEffect(() => {
    if (first.data) {
      setPages([first.data.entries]);
      setMore(first.data.entries.length === 50);
    }
  }, [first.data]);
  const entries = pages.flat();
  const loadMore = async () => {
    const last = entries[entries.length - 1];
    if (!last) return;
    setLoading(true);
    try {
      const next = await recruit.audit(last.id);
      setPages((p) => [...p, next.entries]);
      setMore(next.entries.length === 50);
    } catch (err) {
      toast.error("Couldn't load more", { description: errorMessage(err) });
    } finally {
      setLoading(false);
    }
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2" className="flex items-center gap-2">
          <ScrollText className="size-4 text-primary" aria-hidden /> Audit log
        </CardTitle>
        <CardDescription>Every recruiter action in the team, newest first: who, what and when. Only owners see this.</CardDescription>
      </CardHeader>
      <CardContent>
        {first.isPending ? (
          <PageSkeleton />
        ) : first.isError ? (
          <LoadError error={first.error} retry={() => first.refetch()} />
        ) : entries.length === 0 ? (
          <p className="text-caption text-muted-foreground">Nothing recorded yet.</p>
        ) : (
          <div className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring" role="region" aria-label="Audit log entries" tabIndex={0}>
            <table className="w-full text-left text-caption" data-testid="audit-log">
              <caption className="sr-only">Audit log</caption>
              <thead className="text-xs text-muted-foreground">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">When</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Who</th>
                  <th scope="col" className="py-2 pr-3 font-medium">What</th>
                  <th scope="col" className="py-2 font-medium">Details</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {entries.map((e) => (
                  <tr key={e.id} data-action={e.action}>
                    <td className="whitespace-nowrap py-2 pr-3 tabular-nums text-muted-foreground">{dateTime(e.at)}</td>
                    <td className="py-2 pr-3">{e.actor.name}</td>
                    <td className="py-2 pr-3">{ACTION_LABELS[e.action] ?? e.action}</td>
                    <td className="py-2 font-mono text-xs text-muted-foreground">{auditDetail(e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {more ? (
              <Button variant="outline" size="sm" className="mt-3" onClick={loadMore} loading={loading}>
                Load older entries
              </Button>
            ) : null}
          </div>
        )}
      </CardContent>
    </Card>
  );
}

function TeamOverview({ ctx }: { ctx: RecruiterContext }) {
  return (
    <div className="grid gap-6 [&>*]:min-w-0">
      <Card className="flex flex-wrap items-center gap-4 p-4">
        <div className="min-w-0 flex-1 basis-56">
          <p className="text-caption text-muted-foreground">Your team</p>
          <p className="break-words text-h3 font-semibold" data-testid="team-name">
            {ctx.team.name}
          </p>
          <p className="text-caption text-muted-foreground">
            You are {ctx.role === "owner" ? "an owner" : "a member"} · {ctx.members.length} member{ctx.members.length === 1 ? "" : "s"}
          </p>
        </div>
        <Button asChild>
          <Link href="/recruit/links">
            Interview links <ArrowRight aria-hidden />
          </Link>
        </Button>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <Members ctx={ctx} />
        {ctx.role === "owner" ? <InviteForm teamId={ctx.team.id} /> : null}
      </div>
      {ctx.role === "owner" ? <AuditLog /> : null}
    </div>
  );
}

export function RecruitHome() {
  const params = useSearchParams();
  const inviteToken = params.get("invite");
  const next = inviteToken ? `/recruit?invite=${encodeURIComponent(inviteToken)}` : "/recruit";
  const me = useMe();
  const signedIn = Boolean(me.data && !me.data.is_guest);
  const team = useQuery({ queryKey: ["team"], queryFn: recruit.myTeam, enabled: signedIn, retry: false });

  let body: React.ReactNode;
  if (me.isPending || (signedIn && team.isPending)) body = <PageSkeleton />;
  else if (!me.data || isUnauthorized(me.error)) body = <AccountNeeded guest={false} next={next} />;
  else if (me.data.is_guest) body = <AccountNeeded guest next={next} />;
  else if (team.isError) body = <LoadError error={team.error} retry={() => team.refetch()} />;
  else if (!team.data?.team || !team.data.role) body = inviteToken ? <AcceptInvite token={inviteToken} /> : <CreateTeam />;
  else {
    body = (
      <>
        {inviteToken ? (
          <Card className="p-4 text-caption" role="status">
            You are already in {team.data.team.name}. A user belongs to one team at a time; leave it first to accept another invitation.
          </Card>
        ) : null}
        <TeamOverview ctx={{ me: me.data, team: team.data.team, role: team.data.role, members: team.data.members }} />
      </>
    );
  }
  const inTeam = Boolean(team.data?.team);
  return (
    <RecruitFrame
      title={inTeam ? "Your team" : "Recruit with Interview Coach"}
      description="Send candidates interview links, watch them live, read the reports."
      nav={inTeam}
    >
      {body}
      {!inTeam && !me.isPending ? (
        <EmptyState icon={<ShieldCheck />} title="Candidates keep their practice private" className="py-4">
          Your team sees only the interviews started from its own links, never a candidate&apos;s own practice.
        </EmptyState>
      ) : null}
    </RecruitFrame>
  );
}
