"use client";

import * as React from "react";
import { useQuery } from "@tanstack/react-query";
import { LogOut, UserRound } from "lucide-react";
import { toast } from "sonner";
import { api } from "@/app/_lib/api";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Tooltip } from "@/components/ui/tooltip";

export function useMe() {
  return useQuery({ queryKey: ["me"], queryFn: api.me, staleTime: 5 * 60_000, retry: false });
}

function initials(name: string) {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((p) => p[0]?.toUpperCase())
      .join("") || "?"
  );
}

export function Avatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden
      className={
        "inline-flex size-8 shrink-0 items-center justify-center rounded-full bg-gradient-to-br from-primary to-secondary text-xs font-semibold text-white " +
        (className ?? "")
      }
    >
      {initials(name)}
    </span>
  );
}

export function UserMenu({ compact = false }: { compact?: boolean }) {
  const me = useMe();
  const [busy, setBusy] = React.useState(false);
  if (!me.data) return <span className="size-8 rounded-full bg-surface-muted" aria-hidden />;
  const name = me.data.is_guest ? "Guest" : me.data.name;
  const signOut = async () => {
    setBusy(true);
    try {
      await api.logout();
    } catch {
      toast.error("Couldn't sign out. Try again.");
      setBusy(false);
      return;
    }
    window.location.assign("/signin");
  };
  return (
    <div className="flex items-center gap-2">
      <Tooltip content={me.data.email ?? "Signed in as a guest"}>
        <span className="inline-flex items-center gap-2 rounded-full" tabIndex={0}>
          <span className="sr-only">Signed in as {name}</span>
          {me.data.is_guest ? (
            <span className="inline-flex size-8 items-center justify-center rounded-full bg-surface-muted text-muted-foreground">
              <UserRound className="size-4" aria-hidden />
            </span>
          ) : (
            <Avatar name={name} />
          )}
          {compact ? null : me.data.is_guest ? (
            <Badge variant="muted" className="hidden sm:inline-flex">
              Guest
            </Badge>
          ) : (
            <span className="hidden text-caption font-medium sm:inline">{name}</span>
          )}
        </span>
      </Tooltip>
      {compact ? null : (
        <Tooltip content="Sign out">
          <Button variant="ghost" size="icon-sm" onClick={signOut} loading={busy} aria-label="Sign out">
            {busy ? null : <LogOut aria-hidden />}
          </Button>
        </Tooltip>
      )}
    </div>
  );
}
