import * as React from "react";
import { cn } from "./utils";

/** A determinate progress bar (role="progressbar" with value text). */
export function Progress({
  value,
  max = 100,
  label,
  className,
  indicatorClassName,
}: {
  value: number;
  max?: number;
  label: string;
  className?: string;
  indicatorClassName?: string;
}) {
  const pct = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      className={cn("h-2 w-full overflow-hidden rounded-full bg-surface-muted", className)}
    >
      <div
        className={cn("h-full rounded-full bg-primary transition-[width] duration-500 ease-smooth", indicatorClassName)}
        style={{ width: `${pct}%` }}
      />
    </div>
  );
}
