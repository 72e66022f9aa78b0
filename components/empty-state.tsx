import * as React from "react";
import { cn } from "@/components/ui/utils";

export function EmptyState({
  icon,
  title,
  children,
  action,
  className,
  tone = "neutral",
}: {
  icon: React.ReactNode;
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
  className?: string;
  tone?: "neutral" | "error";
}) {
  return (
    <div className={cn("flex flex-col items-center justify-center gap-3 px-6 py-10 text-center animate-fade-in", className)}>
      <span
        className={cn(
          "inline-flex size-12 items-center justify-center rounded-2xl [&_svg]:size-6",
          tone === "error" ? "bg-error-soft text-error" : "bg-primary-soft text-primary",
        )}
        aria-hidden
      >
        {icon}
      </span>
      <div className="max-w-sm">
        <p className="text-body font-semibold">{title}</p>
        {children ? <div className="mt-1 text-caption text-muted-foreground">{children}</div> : null}
      </div>
      {action}
    </div>
  );
}
