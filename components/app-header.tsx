import { Brand } from "@/components/brand";
import { ThemeToggle } from "@/components/theme-toggle";
import { UserMenu } from "@/components/user-menu";

export function AppHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="glass sticky top-0 z-40 border-x-0 border-t-0">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-4 px-4 sm:px-6">
        <Brand />
        <div className="flex-1">{children}</div>
        <ThemeToggle />
        <UserMenu />
      </div>
    </header>
  );
}
