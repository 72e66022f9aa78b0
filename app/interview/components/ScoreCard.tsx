"use client";

import * as React from "react";
import { useEntrance } from "@/components/motion";
import { cn } from "@/components/ui/utils";
import { useReducedMotion } from "./useReducedMotion";

export function scoreTone(score: number | null | undefined): "success" | "warning" | "error" | "muted" {
  if (score === null || score === undefined) return "muted";
  if (score > 80) return "success";
  if (score >= 60) return "warning";
  return "error";
}

export const TONE_TEXT: Record<ReturnType<typeof scoreTone>, string> = {
  success: "text-emerald-600 dark:text-emerald-400",
  warning: "text-amber-600 dark:text-amber-400",
  error: "text-red-600 dark:text-red-400",
  muted: "text-muted-foreground",
};

/** A number that counts up to its value (instant under reduced motion). */
export function CountUp({ value, suffix = "", className }: { value: number; suffix?: string; className?: string }) {
  const reduce = useReducedMotion();
  const [shown, setShown] = React.useState(reduce ? value : 0);
  const pop = useEntrance<HTMLSpanElement>("pop", value);
  const from = React.useRef(0);
  React.useEffect(() => {
    if (reduce) {
      setShown(value);
      return;
    }
    const start = performance.now();
    const initial = from.current;
    let raf = 0;
    const tick = (t: number) => {
      const k = Math.min(1, (t - start) / 600);
      const eased = 1 - Math.pow(1 - k, 3);
      setShown(Math.round(initial + (value - initial) * eased));
      if (k < 1) raf = requestAnimationFrame(tick);
      else from.current = value;
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [value, reduce]);
  // Each new value pops in (scale and fade, from the brief) while the digits count towards it.
  return (
    <span ref={pop} className={cn("inline-block", className)}>
      {shown}
      {suffix}
    </span>
  );
}

export function ScoreCard({
  icon,
  label,
  value,
  hint,
  tone = "muted",
  children,
  className,
  testId,
}: {
  icon: React.ReactNode;
  label: string;
  value: React.ReactNode;
  hint?: React.ReactNode;
  tone?: ReturnType<typeof scoreTone>;
  children?: React.ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div
      className={cn("rounded-xl border border-border bg-surface p-3", className)}
      data-testid={testId}
    >
      <div className="flex items-center gap-1.5 text-xs text-muted-foreground [&_svg]:size-3.5">
        {icon}
        <span>{label}</span>
      </div>
      <div className={cn("mt-1 text-h3 font-semibold tabular-nums", TONE_TEXT[tone])}>{value}</div>
      {hint ? <div className="text-xs text-muted-foreground">{hint}</div> : null}
      {children}
    </div>
  );
}
