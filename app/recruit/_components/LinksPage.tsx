"use client";

import * as React from "react";
import Link from "next/link";
import * as SelectPrimitive from "@radix-ui/react-select";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Ban, ChevronRight, ExternalLink, Link2, Plus, Shuffle, Target } from "lucide-react";
import { toast } from "sonner";
import { api, LANGUAGE_OPTIONS, languageLabel } from "@/app/_lib/api";
import { DifficultyBadge } from "@/components/difficulty-badge";
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
import { Select, SelectContent, SelectGroup, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/components/ui/utils";
import type { LinkDTO } from "@/lib/api/schemas";
import { dateTime, LINK_STATUS, problemLabel, recruit, type LinkCreateInput } from "../_lib/recruit";
import { CopyField, LoadError, PageSkeleton, RecruitFrame, WithTeam } from "./RecruitFrame";

const ANY = "any";
const DAY_MS = 24 * 3600_000;

/** A datetime-local value (local time, minutes) for a moment. */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

type FieldErrors = Partial<Record<"problem" | "languages" | "duration" | "expires" | "max_uses" | "note" | "general", string>>;

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="text-xs text-error">
      {message}
    </p>
  );
}

/** Maps an API message like "duration_minutes: at most 180" onto the field it names. */
function apiFieldErrors(message: string): FieldErrors {
  const fields: FieldErrors = {};
  for (const part of message.split(";").map((p) => p.trim())) {
    const m = part.match(/^(problem_id|difficulty|category|languages|duration_minutes|expires_at|max_uses|note):\s*(.+)$/);
    const key = m ? ({ problem_id: "problem", difficulty: "problem", category: "problem", languages: "languages", duration_minutes: "duration", expires_at: "expires", max_uses: "max_uses", note: "note" } as const)[m[1] as "note"] : "general";
    fields[key] = [fields[key], m ? m[2] : part].filter(Boolean).join(" ");
  }
  return fields;
}

function CreateLinkForm({ onCreated }: { onCreated: (res: { url: string }) => void }) {
  const qc = useQueryClient();
  const problems = useQuery({ queryKey: ["problems", "all"], queryFn: () => api.problems() });
  const designs = useQuery({ queryKey: ["system-design"], queryFn: () => api.systemDesignProblems() });
  const [mode, setMode] = React.useState<"fixed" | "random">("fixed");
  const [problemId, setProblemId] = React.useState<string>("");
  const [difficulty, setDifficulty] = React.useState<string>(ANY);
  const [category, setCategory] = React.useState<string>(ANY);
  const [languages, setLanguages] = React.useState<string[]>(LANGUAGE_OPTIONS.map((l) => l.value));
  const [duration, setDuration] = React.useState("45");
  const [hints, setHints] = React.useState(true);
  const [expires, setExpires] = React.useState(() => localInput(new Date(Date.now() + 14 * DAY_MS)));
  const [maxUses, setMaxUses] = React.useState("");
  const [note, setNote] = React.useState("");
  const [errors, setErrors] = React.useState<FieldErrors>({});

  const isDesign = mode === "fixed" && designs.data?.problems.some((p) => String(p.id) === problemId);

  const create = useMutation({
    mutationFn: (body: LinkCreateInput) => recruit.createLink(body),
    onSuccess: async (res) => {
      toast.success("Interview link created", { description: "Copy it and send it to your candidate." });
      onCreated(res);
      setNote("");
      await qc.invalidateQueries({ queryKey: ["links"] });
    },
    onError: (err) => setErrors(apiFieldErrors(err instanceof Error ? err.message : "Couldn't create the link")),
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (mode === "fixed" && !problemId) found.problem = "Choose a problem, or switch to a random one";
    if (mode === "random" && difficulty === ANY && category === ANY) found.problem = "Pick a difficulty or a category to draw from";
    if (!isDesign && languages.length === 0) found.languages = "Allow at least one language";
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 180) found.duration = "A whole number of minutes from 5 to 180";
    const expiry = new Date(expires);
    if (!expires || Number.isNaN(expiry.getTime())) found.expires = "Choose when the link expires";
    else if (expiry.getTime() <= Date.now()) found.expires = "The expiry must be in the future";
    else if (expiry.getTime() > Date.now() + 365 * DAY_MS) found.expires = "At most a year from now";
    const uses = maxUses.trim() === "" ? null : Number(maxUses);
    if (uses !== null && (!Number.isInteger(uses) || uses < 1 || uses > 10000)) found.max_uses = "Leave empty for no limit, or a whole number from 1";
    if (note.length > 2000) found.note = "At most 2,000 characters";
    setErrors(found);
    if (Object.keys(found).length) return;
    create.mutate({
      ...(mode === "fixed"
        ? { problem_id: Number(problemId) }
        : {
            ...(difficulty !== ANY ? { difficulty: difficulty as "easy" | "medium" | "hard" } : {}),
            ...(category !== ANY ? { category } : {}),
          }),
      languages: isDesign ? LANGUAGE_OPTIONS.map((l) => l.value) : languages,
      duration_minutes: minutes,
      hints_allowed: hints,
      expires_at: expiry.toISOString(),
      max_uses: uses,
      note: note.trim(),
    });
  };

  const described = (key: keyof FieldErrors) =>
    errors[key] ? { "aria-invalid": true as const, "aria-describedby": `link-${key}-error` } : {};
  const byDifficulty = (d: string) => problems.data?.problems.filter((p) => p.difficulty === d) ?? [];

  return (
    <form onSubmit={submit} noValidate className="grid gap-5" aria-label="Create an interview link">
      <fieldset className="grid gap-3">
        <legend className="mb-2 text-caption font-medium">Problem</legend>
        <div className="inline-flex w-fit flex-wrap rounded-lg border border-border p-0.5">
          {([
            ["fixed", "A specific problem", Target],
            ["random", "Random by difficulty and category", Shuffle],
          ] as const).map(([value, label, Icon]) => (
            <label key={value} className="relative cursor-pointer">
              <input
                type="radio"
                name="link-problem-mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
                className="peer sr-only"
              />
              <span
                className={cn(
                  "inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-caption font-medium transition-colors",
                  "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-ring",
                  mode === value ? "bg-primary text-primary-foreground" : "text-muted-foreground hover:text-foreground",
                )}
              >
                <Icon className="size-4" aria-hidden /> {label}
              </span>
            </label>
          ))}
        </div>
        {mode === "fixed" ? (
          <div className="grid gap-1.5">
            <Label htmlFor="link-problem">Problem from the bank</Label>
            <Select value={problemId} onValueChange={setProblemId}>
              <SelectTrigger id="link-problem" className="h-10" {...described("problem")}>
                <SelectValue placeholder={problems.isPending ? "Loading problems…" : "Choose a problem"} />
              </SelectTrigger>
              <SelectContent>
                {(["easy", "medium", "hard"] as const).map((d) => (
                  <SelectGroup key={d}>
                    <SelectPrimitive.Label className="px-2 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">{d}</SelectPrimitive.Label>
                    {byDifficulty(d).map((p) => (
                      <SelectItem key={p.id} value={String(p.id)}>
                        {p.title} · {p.category}
                      </SelectItem>
                    ))}
                  </SelectGroup>
                ))}
                {designs.data?.problems.length ? (
                  <SelectGroup>
                    <SelectPrimitive.Label className="px-2 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">System design</SelectPrimitive.Label>
                    {designs.data.problems.map((p) => (
                      <SelectItem key={p.id} value={String(p.id)}>
                        {p.title} (system design)
                      </SelectItem>
                    ))}
                  </SelectGroup>
                ) : null}
              </SelectContent>
            </Select>
          </div>
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="grid gap-1.5">
              <Label htmlFor="link-difficulty">Difficulty</Label>
              <Select value={difficulty} onValueChange={setDifficulty}>
                <SelectTrigger id="link-difficulty" className="h-10" {...described("problem")}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={ANY}>Any difficulty</SelectItem>
                  <SelectItem value="easy">Easy</SelectItem>
                  <SelectItem value="medium">Medium</SelectItem>
                  <SelectItem value="hard">Hard</SelectItem>
                </SelectContent>
              </Select>
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="link-category">Category</Label>
              <Select value={category} onValueChange={setCategory}>
                <SelectTrigger id="link-category" className="h-10">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={ANY}>Any category</SelectItem>
                  {problems.data?.categories.map((c) => (
                    <SelectItem key={c} value={c}>
                      {c}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
            <p className="text-xs text-muted-foreground sm:col-span-2">
              A coding problem is drawn when the candidate presses Start; two candidates may get different ones.
            </p>
          </div>
        )}
        <FieldError id="link-problem-error" message={errors.problem} />
      </fieldset>

      {isDesign ? null : (
        <fieldset className="grid gap-2" {...(errors.languages ? { "aria-describedby": "link-languages-error" } : {})}>
          <legend className="mb-1 text-caption font-medium">Allowed languages</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {LANGUAGE_OPTIONS.map((l) => (
              <label key={l.value} className="inline-flex cursor-pointer items-center gap-2 text-caption">
                <input
                  type="checkbox"
                  className="size-4 accent-[var(--color-primary)]"
                  checked={languages.includes(l.value)}
                  onChange={(e) =>
                    setLanguages((cur) =>
                      e.target.checked ? LANGUAGE_OPTIONS.map((o) => o.value).filter((v) => v === l.value || cur.includes(v)) : cur.filter((v) => v !== l.value),
                    )
                  }
                />
                {l.label}
              </label>
            ))}
          </div>
          <FieldError id="link-languages-error" message={errors.languages} />
        </fieldset>
      )}

      <div className="grid gap-4 sm:grid-cols-3">
        <div className="grid gap-1.5">
          <Label htmlFor="link-duration">Duration (minutes)</Label>
          <Input id="link-duration" type="number" inputMode="numeric" min={5} max={180} value={duration} onChange={(e) => setDuration(e.target.value)} {...described("duration")} />
          <FieldError id="link-duration-error" message={errors.duration} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="link-expires">Expires</Label>
          <Input id="link-expires" type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} {...described("expires")} />
          <FieldError id="link-expires-error" message={errors.expires} />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="link-max-uses">Max uses</Label>
          <Input id="link-max-uses" type="number" inputMode="numeric" min={1} placeholder="No limit" value={maxUses} onChange={(e) => setMaxUses(e.target.value)} {...described("max_uses")} />
          <FieldError id="link-max_uses-error" message={errors.max_uses} />
        </div>
      </div>

      <label className="inline-flex w-fit cursor-pointer items-center gap-2 text-caption">
        <input type="checkbox" className="size-4 accent-[var(--color-primary)]" checked={hints} onChange={(e) => setHints(e.target.checked)} />
        Hints allowed
      </label>

      <div className="grid gap-1.5">
        <Label htmlFor="link-note">Note for the candidate (optional)</Label>
        <Textarea id="link-note" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Hi! This is the coding round we talked about. Think out loud — we care about your reasoning." {...described("note")} />
        <FieldError id="link-note-error" message={errors.note} />
      </div>

      {errors.general ? (
        <p role="alert" className="rounded-lg border border-error/30 bg-error-soft px-3 py-2 text-caption text-red-700 dark:text-red-300">
          {errors.general}
        </p>
      ) : null}
      <Button type="submit" loading={create.isPending} className="w-fit">
        <Plus aria-hidden /> Create link
      </Button>
    </form>
  );
}

function RevokeButton({ link }: { link: LinkDTO }) {
  const qc = useQueryClient();
  const [open, setOpen] = React.useState(false);
  const revoke = useMutation({
    mutationFn: () => recruit.revokeLink(link.id),
    onSuccess: async () => {
      toast.success("Link revoked", { description: "Candidates who open it now see that it was revoked." });
      setOpen(false);
      await qc.invalidateQueries({ queryKey: ["links"] });
    },
    onError: (err) => toast.error("Couldn't revoke the link", { description: err instanceof Error ? err.message : undefined }),
  });
  if (link.status === "revoked") return null;
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)} aria-label={`Revoke the link for ${problemLabel(link)}`}>
        <Ban aria-hidden /> Revoke
      </Button>
      <AlertDialog open={open} onOpenChange={setOpen}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Revoke this link?</AlertDialogTitle>
            <AlertDialogDescription>
              Nobody can start a new interview from it. Interviews already started continue, and their reports stay with the team.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel autoFocus>Keep it</AlertDialogCancel>
            <AlertDialogAction variant="destructive" loading={revoke.isPending} onClick={() => revoke.mutate()}>
              Revoke link
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}

export function LinkStatusBadge({ status }: { status: LinkDTO["status"] }) {
  const s = LINK_STATUS[status];
  return (
    <Badge variant={s.variant} data-testid="link-status">
      {s.label}
    </Badge>
  );
}

function LinkRow({ link }: { link: LinkDTO }) {
  return (
    <li className="grid gap-3 py-4 md:grid-cols-[1fr_auto] md:items-center" data-testid="link-row" data-link-id={link.id}>
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link href={`/recruit/links/${link.id}`} className="truncate text-body font-semibold hover:underline">
            {problemLabel(link)}
          </Link>
          <LinkStatusBadge status={link.status} />
          {link.difficulty ? <DifficultyBadge difficulty={link.difficulty} /> : null}
        </div>
        <p className="text-xs text-muted-foreground">
          {link.duration_minutes} min · {link.problem?.kind === "system_design" ? "whiteboard" : link.languages.map(languageLabel).join(", ")} · hints{" "}
          {link.hints_allowed ? "on" : "off"} · {link.max_uses === null ? "no use limit" : `${link.max_uses} use${link.max_uses === 1 ? "" : "s"}`} · expires{" "}
          {dateTime(link.expires_at)}
          {link.created_by ? ` · by ${link.created_by.name}` : ""}
        </p>
        <dl className="flex gap-4 text-caption" aria-label="Counts">
          {(["opened", "started", "finished"] as const).map((k) => (
            <div key={k} className="flex gap-1">
              <dt className="text-muted-foreground capitalize">{k}</dt>
              <dd className="font-semibold tabular-nums" data-testid={`count-${k}`}>
                {link.counts[k]}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="flex flex-wrap items-center gap-1">
        <Button
          variant="outline"
          size="sm"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link.url);
              toast.success("Link copied");
            } catch {
              toast.info(link.url, { description: "Copy the link from here." });
            }
          }}
          aria-label={`Copy the link for ${problemLabel(link)}`}
        >
          <Link2 aria-hidden /> Copy
        </Button>
        <RevokeButton link={link} />
        <Button asChild variant="ghost" size="sm">
          <Link href={`/recruit/links/${link.id}`} aria-label={`Interviews of the link for ${problemLabel(link)}`}>
            Interviews <ChevronRight aria-hidden />
          </Link>
        </Button>
      </div>
    </li>
  );
}

function LinksList() {
  const links = useQuery({ queryKey: ["links"], queryFn: recruit.links, refetchInterval: 15_000 });
  if (links.isPending) return <PageSkeleton />;
  if (links.isError) return <LoadError error={links.error} retry={() => links.refetch()} />;
  if (links.data.links.length === 0) {
    return (
      <EmptyState icon={<Link2 />} title="No links yet">
        Create one above and send it to a candidate. It shows here with how often it was opened, started and finished.
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-border" data-testid="links-list">
      {links.data.links.map((l) => (
        <LinkRow key={l.id} link={l} />
      ))}
    </ul>
  );
}

export function LinksPage() {
  const [created, setCreated] = React.useState<string | null>(null);
  return (
    <RecruitFrame title="Interview links" description="Each link is a URL with an unguessable token. Candidates need no account.">
      <WithTeam next="/recruit/links">
        {() => (
          <div className="grid gap-6 [&>*]:min-w-0">
            <Card>
              <CardHeader>
                <CardTitle as="h2">New link</CardTitle>
                <CardDescription>Choose the problem and the rules. The candidate&apos;s clock starts when they press Start.</CardDescription>
              </CardHeader>
              <CardContent className="grid gap-5">
                <CreateLinkForm onCreated={(res) => setCreated(res.url)} />
                {created ? (
                  <div className="grid gap-2 rounded-lg border border-success/40 bg-success-soft/40 p-3" data-testid="created-link">
                    <CopyField value={created} label="Interview link" testId="created-link-url" />
                    <a href={created} target="_blank" rel="noreferrer" className="inline-flex w-fit items-center gap-1 text-caption font-medium text-primary-text underline underline-offset-2">
                      Preview what the candidate sees <ExternalLink className="size-3.5" aria-hidden />
                    </a>
                  </div>
                ) : null}
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle as="h2">Your team&apos;s links</CardTitle>
                <CardDescription>Opened = invitation views; started = interviews begun; finished = ended with a report.</CardDescription>
              </CardHeader>
              <CardContent>
                <LinksList />
              </CardContent>
            </Card>
          </div>
        )}
      </WithTeam>
    </RecruitFrame>
  );
}
