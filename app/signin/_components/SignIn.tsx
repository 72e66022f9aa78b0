"use client";

import * as React from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { useQueryClient } from "@tanstack/react-query";
import { ArrowRight, Code2, MessagesSquare, Sparkles, Trophy, Zap } from "lucide-react";
import { toast } from "sonner";
import { api, ApiError } from "@/app/_lib/api";
import { BrandMark } from "@/components/brand";
import { ThemeToggle } from "@/components/theme-toggle";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useMe } from "@/components/user-menu";

function safeNext(next: string | null): string {
  // Only same-site paths: never an open redirect.
  if (next && next.startsWith("/") && !next.startsWith("//")) return next;
  return "/problems";
}

type FieldErrors = Partial<Record<"email" | "password" | "name", string>>;

function validate(values: { email: string; password: string; name?: string }, mode: "login" | "register"): FieldErrors {
  const errors: FieldErrors = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = "Enter a valid email address";
  if (mode === "register") {
    if (values.password.length < 8) errors.password = "Password must be at least 8 characters";
    if (!values.name?.trim()) errors.name = "Name is required";
  } else if (!values.password) {
    errors.password = "Password is required";
  }
  return errors;
}

/** Maps an API message like "email: Enter a valid email" onto the field it names. */
function apiErrorToFields(message: string): { fields: FieldErrors; general: string | null } {
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const part of message.split(";").map((p) => p.trim())) {
    const m = part.match(/^(email|password|name):\s*(.+)$/i);
    if (m) fields[m[1].toLowerCase() as keyof FieldErrors] = m[2];
    else if (part) rest.push(part);
  }
  return { fields, general: rest.length ? rest.join(" ") : null };
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="animate-fade-in text-xs text-error" role="alert">
      {message}
    </p>
  );
}

function AuthForm({ mode, onDone }: { mode: "login" | "register"; onDone: () => void }) {
  const [values, setValues] = React.useState({ email: "", password: "", name: "" });
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [general, setGeneral] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [shake, setShake] = React.useState(0);
  const id = React.useId();

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = validate(values, mode);
    setErrors(found);
    setGeneral(null);
    if (Object.keys(found).length) {
      setShake((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      if (mode === "register") await api.register({ email: values.email.trim(), password: values.password, name: values.name.trim() });
      else await api.login({ email: values.email.trim(), password: values.password });
      onDone();
    } catch (err) {
      const message = err instanceof ApiError ? err.message : "Something went wrong. Please try again.";
      const mapped = apiErrorToFields(message);
      setErrors(mapped.fields);
      setGeneral(mapped.general ?? (Object.keys(mapped.fields).length ? null : message));
      setShake((n) => n + 1);
      setBusy(false);
    }
  };

  const field = (name: "email" | "password" | "name") => ({
    id: `${id}-${name}`,
    name,
    value: values[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      setValues((v) => ({ ...v, [name]: e.target.value }));
      if (errors[name]) setErrors((er) => ({ ...er, [name]: undefined }));
    },
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <form onSubmit={submit} noValidate className="grid gap-4" aria-label={mode === "login" ? "Sign in" : "Create account"}>
      {mode === "register" ? (
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-name`}>Name</Label>
          <Input {...field("name")} autoComplete="name" placeholder="Ada Lovelace" />
          <FieldError id={`${id}-name-error`} message={errors.name} />
        </div>
      ) : null}
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-email`}>Email</Label>
        <Input {...field("email")} type="email" autoComplete="email" placeholder="you@example.com" />
        <FieldError id={`${id}-email-error`} message={errors.email} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-password`}>Password</Label>
        <Input
          {...field("password")}
          type="password"
          autoComplete={mode === "login" ? "current-password" : "new-password"}
          placeholder={mode === "register" ? "At least 8 characters" : "Your password"}
        />
        <FieldError id={`${id}-password-error`} message={errors.password} />
      </div>
      {general ? (
        <div
          key={shake}
          role="alert"
          className="animate-shake rounded-lg border border-error/30 bg-error-soft px-3 py-2 text-caption text-red-700 dark:text-red-300"
        >
          {general}
        </div>
      ) : null}
      <Button type="submit" variant="outline" size="lg" loading={busy} className="w-full">
        {mode === "login" ? "Sign in" : "Create account"}
      </Button>
    </form>
  );
}

const FEATURES = [
  { icon: MessagesSquare, title: "A real interviewer", text: "Talk through your approach; get probing questions and hints." },
  { icon: Code2, title: "A real editor", text: "Monaco in Python, JavaScript, Java, C++ or Go." },
  { icon: Zap, title: "Hidden tests", text: "Run in a sandbox against visible and hidden tests." },
  { icon: Trophy, title: "An honest score", text: "A rubric, strengths and what to work on next." },
];

export function SignIn() {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNext(params.get("next"));
  const qc = useQueryClient();
  const me = useMe();
  const [guestBusy, setGuestBusy] = React.useState(false);
  const [guestError, setGuestError] = React.useState<string | null>(null);

  const done = () => {
    qc.removeQueries({ queryKey: ["me"] });
    router.replace(next);
  };

  const continueAsGuest = async () => {
    setGuestBusy(true);
    setGuestError(null);
    try {
      await api.guest();
      toast.success("Welcome! You're in as a guest.");
      done();
    } catch (err) {
      setGuestError(err instanceof ApiError ? err.message : "Couldn't start a guest session. Please try again.");
      setGuestBusy(false);
    }
  };

  return (
    <div className="app-backdrop min-h-dvh">
      <header className="mx-auto flex max-w-6xl items-center justify-between px-4 py-4 sm:px-8">
        <span className="inline-flex items-center gap-2 font-semibold tracking-tight">
          <BrandMark /> Interview Coach
        </span>
        <ThemeToggle />
      </header>
      <main id="main" className="mx-auto grid max-w-6xl items-center gap-10 px-4 pb-16 pt-6 sm:px-8 lg:grid-cols-[1.1fr_1fr] lg:pt-12">
        <section className="animate-slide-up">
          <p className="mb-4 inline-flex items-center gap-1.5 rounded-full border border-border bg-surface/70 px-3 py-1 text-xs font-medium text-muted-foreground">
            <Sparkles className="size-3.5 text-secondary" aria-hidden /> Mock technical interviews, on demand
          </p>
          <h1 className="text-display tracking-tight text-balance">
            Rehearse the interview,{" "}
            <span className="bg-gradient-to-r from-primary to-secondary bg-clip-text text-transparent">not just the problem.</span>
          </h1>
          <p className="mt-4 max-w-xl text-body text-muted-foreground">
            An AI interviewer introduces a problem, discusses your approach, watches you code, runs your solution against
            hidden tests and scores the whole conversation — like the real thing.
          </p>
          <ul className="mt-8 grid gap-3 sm:grid-cols-2">
            {FEATURES.map((f) => (
              <li key={f.title} className="flex gap-3 rounded-xl border border-border bg-surface/60 p-3">
                <span className="mt-0.5 inline-flex size-8 shrink-0 items-center justify-center rounded-lg bg-primary-soft text-primary">
                  <f.icon className="size-4" aria-hidden />
                </span>
                <span>
                  <span className="block text-caption font-semibold">{f.title}</span>
                  <span className="block text-xs text-muted-foreground">{f.text}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>

        <Card glass className="animate-scale-in p-6 sm:p-8">
          <h2 className="text-h2">Start practising</h2>
          <p className="mt-1 text-caption text-muted-foreground">No account needed. You can create one later.</p>

          {me.data ? (
            <p className="mt-4 rounded-lg bg-primary-soft px-3 py-2 text-caption">
              You&apos;re already signed in{me.data.is_guest ? " as a guest" : ` as ${me.data.name}`}.{" "}
              <a className="font-medium text-primary-text underline underline-offset-2" href={next}>
                Continue
              </a>
            </p>
          ) : null}

          <Button size="lg" className="mt-6 w-full text-body" onClick={continueAsGuest} loading={guestBusy}>
            Continue as guest {guestBusy ? null : <ArrowRight aria-hidden />}
          </Button>
          {guestError ? (
            <p role="alert" className="mt-2 text-caption text-error">
              {guestError}
            </p>
          ) : null}

          <div className="my-6 flex items-center gap-3 text-xs text-muted-foreground" aria-hidden>
            <span className="h-px flex-1 bg-border" /> or use an account <span className="h-px flex-1 bg-border" />
          </div>

          <Tabs defaultValue="login">
            <TabsList className="grid w-full grid-cols-2">
              <TabsTrigger value="login">Sign in</TabsTrigger>
              <TabsTrigger value="register">Create account</TabsTrigger>
            </TabsList>
            <TabsContent value="login" className="mt-4">
              <AuthForm mode="login" onDone={done} />
            </TabsContent>
            <TabsContent value="register" className="mt-4">
              <AuthForm mode="register" onDone={done} />
            </TabsContent>
          </Tabs>
        </Card>
      </main>
    </div>
  );
}
