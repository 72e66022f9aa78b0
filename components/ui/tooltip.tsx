"use client";

import * as React from "react";
import { createPortal } from "react-dom";
import { cn } from "./utils";

/**
 * Tooltip with a one-line API: <Tooltip content="Run (Ctrl+Enter)"><Button/></Tooltip>.
 *
 * Small on purpose (no positioning library in the first load of every page): the label appears
 * after a short hover or at once on keyboard focus, describes its trigger (aria-describedby),
 * stays while the pointer moves onto it, and goes on Escape, blur, a press, scrolling or resizing
 * (WCAG 1.4.13). It sits above the trigger, below it when there is no room, kept inside the window.
 */

type Side = "top" | "bottom";

type TriggerProps = {
  "aria-describedby"?: string;
  onPointerEnter?: React.PointerEventHandler<HTMLElement>;
  onPointerLeave?: React.PointerEventHandler<HTMLElement>;
  onPointerDown?: React.PointerEventHandler<HTMLElement>;
  onFocus?: React.FocusEventHandler<HTMLElement>;
  onBlur?: React.FocusEventHandler<HTMLElement>;
};

const HOVER_DELAY_MS = 400;
const HIDE_DELAY_MS = 120;
/** Room the label needs above its trigger before it goes below instead. */
const ROOM_ABOVE_PX = 44;
const EDGE_PX = 8;

export function Tooltip({ content, children, side = "top" }: { content: React.ReactNode; children: React.ReactElement; side?: Side }) {
  const id = React.useId();
  const [anchor, setAnchor] = React.useState<DOMRect | null>(null);
  const showTimer = React.useRef<number | undefined>(undefined);
  const hideTimer = React.useRef<number | undefined>(undefined);

  const clearTimers = () => {
    window.clearTimeout(showTimer.current);
    window.clearTimeout(hideTimer.current);
  };
  const hide = React.useCallback(() => {
    window.clearTimeout(showTimer.current);
    window.clearTimeout(hideTimer.current);
    setAnchor(null);
  }, []);
  const hideSoon = () => {
    window.clearTimeout(showTimer.current);
    hideTimer.current = window.setTimeout(() => setAnchor(null), HIDE_DELAY_MS);
  };
  const show = (el: HTMLElement, delay: number) => {
    clearTimers();
    showTimer.current = window.setTimeout(() => setAnchor(el.getBoundingClientRect()), delay);
  };

  React.useEffect(() => {
    if (!anchor) return;
    // Escape dismisses the label without taking the key from anything else (a dialog, the editor).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") hide();
    };
    document.addEventListener("keydown", onKey, true);
    window.addEventListener("scroll", hide, true);
    window.addEventListener("resize", hide);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      window.removeEventListener("scroll", hide, true);
      window.removeEventListener("resize", hide);
    };
  }, [anchor, hide]);
  React.useEffect(() => () => clearTimers(), []);

  const child = React.Children.only(children) as React.ReactElement<TriggerProps>;
  const own = child.props;
  const trigger = React.cloneElement(child, {
    "aria-describedby": [own["aria-describedby"], anchor ? id : null].filter(Boolean).join(" ") || undefined,
    onPointerEnter: (e: React.PointerEvent<HTMLElement>) => {
      own.onPointerEnter?.(e);
      if (e.pointerType !== "touch") show(e.currentTarget, HOVER_DELAY_MS);
    },
    onPointerLeave: (e: React.PointerEvent<HTMLElement>) => {
      own.onPointerLeave?.(e);
      hideSoon();
    },
    onPointerDown: (e: React.PointerEvent<HTMLElement>) => {
      own.onPointerDown?.(e);
      hide();
    },
    onFocus: (e: React.FocusEvent<HTMLElement>) => {
      own.onFocus?.(e);
      if (e.currentTarget.matches(":focus-visible")) show(e.currentTarget, 0);
    },
    onBlur: (e: React.FocusEvent<HTMLElement>) => {
      own.onBlur?.(e);
      hide();
    },
  });

  return (
    <>
      {trigger}
      {anchor
        ? createPortal(
            <TooltipBubble id={id} anchor={anchor} side={side} onPointerEnter={() => window.clearTimeout(hideTimer.current)} onPointerLeave={hideSoon}>
              {content}
            </TooltipBubble>,
            document.body,
          )
        : null}
    </>
  );
}

function TooltipBubble({
  id,
  anchor,
  side,
  children,
  onPointerEnter,
  onPointerLeave,
}: {
  id: string;
  anchor: DOMRect;
  side: Side;
  children: React.ReactNode;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const ref = React.useRef<HTMLDivElement>(null);
  const below = side === "bottom" || anchor.top < ROOM_ABOVE_PX;
  const [left, setLeft] = React.useState(anchor.left + anchor.width / 2);
  // Centred on the trigger, then nudged back inside the window once its width is known.
  React.useLayoutEffect(() => {
    const width = ref.current?.offsetWidth ?? 0;
    const centred = anchor.left + anchor.width / 2 - width / 2;
    setLeft(Math.max(EDGE_PX, Math.min(centred, window.innerWidth - width - EDGE_PX)));
  }, [anchor]);
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      style={{ position: "fixed", left, ...(below ? { top: anchor.bottom + 6 } : { bottom: window.innerHeight - anchor.top + 6 }) }}
      className={cn(
        "z-50 max-w-xs animate-fade-in rounded-md bg-neutral-900 px-2.5 py-1.5 text-xs text-neutral-50 shadow-md motion-reduce:animate-none dark:bg-neutral-100 dark:text-neutral-900",
      )}
    >
      {children}
    </div>
  );
}
