"use client";

import * as React from "react";
import { useAnimate } from "framer-motion/mini";
import { prefersReducedMotion } from "@/app/interview/components/useReducedMotion";

/**
 * Framer Motion for the brief's transitions (message entry, tab switches, score changes), through
 * its small WAAPI animator (`framer-motion/mini`, a few KB) rather than the `motion.*` components,
 * so the interview room stays inside its first-load budget. Elements render in their final state
 * and animate from the brief's starting point when they appear; people who ask their system for
 * reduced motion get no movement at all.
 */

/** The brief's easing (`--ease-smooth`). */
export const EASE_SMOOTH = [0.16, 1, 0.3, 1] as const;

type Entrance = { opacity: number[]; transform: string[] };

const ENTRANCES: Record<"below" | "left" | "pop", Entrance> = {
  /** The candidate's message: up from below. */
  below: { opacity: [0, 1], transform: ["translateY(10px)", "translateY(0)"] },
  /** The interviewer's message: in from the left. */
  left: { opacity: [0, 1], transform: ["translateX(-10px)", "translateX(0)"] },
  /** A changed number: scales down into place. */
  pop: { opacity: [0, 1], transform: ["scale(1.2)", "scale(1)"] },
};

/**
 * Ends an entrance early: the element simply shows in its final state (its own styles). `stop()`
 * would write the current frame into the element's style, which throws on an element that is no
 * longer rendered (a tab just hidden).
 */
function settle(controls: { cancel: () => void }) {
  try {
    controls.cancel();
  } catch {
    // Already finished or detached: nothing to undo.
  }
}

/**
 * A ref whose element plays an entrance when it mounts, and again whenever `replayKey` changes.
 * `duration` in seconds.
 */
export function useEntrance<T extends Element = HTMLElement>(kind: keyof typeof ENTRANCES, replayKey?: unknown, duration = 0.3) {
  const [scope, animate] = useAnimate<T>();
  React.useEffect(() => {
    if (!scope.current || prefersReducedMotion()) return;
    const controls = animate(scope.current, ENTRANCES[kind], { duration, ease: [...EASE_SMOOTH] });
    return () => settle(controls);
    // `kind` and `duration` are fixed per element; the replay key restarts the entrance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [replayKey]);
  return scope;
}

/**
 * A tab panel's contents easing in when its tab is chosen. The panel stays mounted (its state, the
 * editor's buffer, the chat's scroll) and is only hidden while another tab is shown.
 */
export function TabMotion({
  active,
  slide = true,
  className,
  children,
}: {
  active: boolean;
  /** Off for canvases that cache their position on the page (Monaco, Excalidraw): they only fade. */
  slide?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  const [scope, animate] = useAnimate<HTMLDivElement>();
  const wasActive = React.useRef(active);
  React.useEffect(() => {
    const entering = active && !wasActive.current;
    wasActive.current = active;
    if (!entering || !scope.current || prefersReducedMotion()) return;
    const keyframes = slide ? { opacity: [0, 1], transform: ["translateX(-10px)", "translateX(0)"] } : { opacity: [0, 1] };
    const controls = animate(scope.current, keyframes, { duration: 0.25, ease: [...EASE_SMOOTH] });
    return () => settle(controls);
  }, [active, slide, animate, scope]);
  return (
    <div ref={scope} className={className}>
      {children}
    </div>
  );
}
