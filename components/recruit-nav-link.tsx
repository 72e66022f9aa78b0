"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { Briefcase } from "lucide-react";
import { recruit } from "@/app/recruit/_lib/recruit";
import { useMe } from "@/components/user-menu";

/** "Recruit" in the header, for accounts that belong to a team. */
export function RecruitNavLink() {
  const me = useMe();
  const signedIn = Boolean(me.data && !me.data.is_guest);
  const team = useQuery({ queryKey: ["team"], queryFn: recruit.myTeam, enabled: signedIn, staleTime: 60_000, retry: false });
  if (!signedIn || !team.data?.team) return null;
  return (
    <Link
      href="/recruit"
      className="inline-flex h-8 items-center gap-1.5 rounded-lg px-2 text-caption font-medium text-foreground transition-colors duration-150 hover:bg-surface-muted"
      data-testid="nav-recruit"
    >
      <Briefcase className="size-4" aria-hidden />
      <span className="sr-only sm:not-sr-only">Recruit</span>
    </Link>
  );
}
