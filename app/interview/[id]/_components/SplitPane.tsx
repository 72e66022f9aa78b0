"use client";

import * as React from "react";
import { cn } from "@/components/ui/utils";

/**
 * Two panes stacked vertically with a draggable, keyboard-operable separator
 * (WAI-ARIA window splitter: arrow keys move it, Home/End jump to the limits).
 */
export function SplitPane({
  top,
  bottom,
  initial = 60,
  min = 25,
  max = 85,
  storageKey,
  label = "Resize editor and results",
}: {
  top: React.ReactNode;
  bottom: React.ReactNode;
  initial?: number;
  min?: number;
  max?: number;
  storageKey?: string;
  label?: string;
}) {
  const [pct, setPct] = React.useState(initial);
  const containerRef = React.useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = React.useState(false);

  React.useEffect(() => {
    if (!storageKey) return;
    try {
      const v = Number(localStorage.getItem(storageKey));
      if (v >= min && v <= max) setPct(v);
    } catch {
      /* ignore */
    }
  }, [storageKey, min, max]);

  const commit = React.useCallback(
    (v: number) => {
      const clamped = Math.max(min, Math.min(max, v));
      setPct(clamped);
      if (storageKey) {
        try {
          localStorage.setItem(storageKey, String(Math.round(clamped)));
        } catch {
          /* ignore */
        }
      }
    },
    [min, max, storageKey],
  );

  const onPointerDown = (e: React.PointerEvent) => {
    e.preventDefault();
    (e.target as HTMLElement).setPointerCapture(e.pointerId);
    setDragging(true);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (!dragging || !containerRef.current) return;
    const rect = containerRef.current.getBoundingClientRect();
    commit(((e.clientY - rect.top) / rect.height) * 100);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = e.shiftKey ? 10 : 3;
    if (e.key === "ArrowUp") commit(pct - step);
    else if (e.key === "ArrowDown") commit(pct + step);
    else if (e.key === "Home") commit(min);
    else if (e.key === "End") commit(max);
    else return;
    e.preventDefault();
  };

  return (
    <div ref={containerRef} className={cn("flex h-full min-h-0 flex-col", dragging && "select-none")}>
      <div className="min-h-0" style={{ flexBasis: `${pct}%`, flexGrow: 0, flexShrink: 0 }}>
        {top}
      </div>
      <div
        role="separator"
        aria-orientation="horizontal"
        aria-label={label}
        aria-valuenow={Math.round(pct)}
        aria-valuemin={min}
        aria-valuemax={max}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => setDragging(false)}
        onPointerCancel={() => setDragging(false)}
        onKeyDown={onKeyDown}
        className="group relative z-10 flex h-2 shrink-0 cursor-row-resize items-center justify-center border-y border-border bg-surface-muted/70 hover:bg-primary-soft focus-visible:bg-primary-soft"
      >
        <span className={cn("h-0.5 w-10 rounded-full bg-neutral-300 transition-colors group-hover:bg-primary dark:bg-neutral-600", dragging && "bg-primary")} />
      </div>
      <div className="min-h-0 flex-1">{bottom}</div>
    </div>
  );
}
