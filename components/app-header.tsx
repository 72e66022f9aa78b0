import Link from "next/link";
import { History } from "lucide-react";
import { Brand } from "@/components/brand";
import { RecruitNavLink } from "@/components/recruit-nav-link";
import { ThemeToggle } from "@/components/theme-toggle";
import { UserMenu } from "@/components/user-menu";

export function AppHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="glass sticky top-0 z-40 border-x-0 border-t-0">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4 sm:px-6">
        <Brand />
        <div className="flex-1">{children}</div>
        <Link
          href="/history"
          className="inline-flex h-8 items-center gap-1.5 rounded-lg px-2 text-caption font-medium text-foreground transition-colors duration-150 hover:bg-surface-muted"
          data-testid="nav-history"
        >
          <History className="size-4" aria-hidden />
          <span className="sr-only sm:not-sr-only">History</span>
        </Link>
        <RecruitNavLink />
        <ThemeToggle />
        <UserMenu />
      </div>
    </header>
  );
}
