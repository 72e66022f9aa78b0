import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/utils";

const STYLES: Record<string, { variant: "success" | "warning" | "error"; label: string }> = {
  easy: { variant: "success", label: "Easy" },
  medium: { variant: "warning", label: "Medium" },
  hard: { variant: "error", label: "Hard" },
};

export function DifficultyBadge({ difficulty, className }: { difficulty: string; className?: string }) {
  const s = STYLES[difficulty] ?? { variant: "warning" as const, label: difficulty };
  return (
    <Badge variant={s.variant} className={cn("gap-1.5", className)} data-testid="difficulty-badge">
      <span aria-hidden className="size-1.5 rounded-full bg-current" />
      {s.label}
    </Badge>
  );
}
