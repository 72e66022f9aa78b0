"use client";

import * as React from "react";
import { ArrowDown } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/utils";
import { prefersReducedMotion } from "./useReducedMotion";

/**
 * A windowed, bottom-anchored message list for long chats.
 *
 * - Only the messages near the viewport are in the DOM (plus an overscan above and below);
 *   spacers stand in for the rest. Heights are measured with a ResizeObserver as messages
 *   render (and re-measured while one streams); unmeasured ones count as an estimate.
 * - When a message above the viewport changes height (first measured, streamed into, fonts
 *   or Markdown arriving), the scroll position is corrected by the same amount, so what the
 *   reader is looking at does not move. (The browser's own scroll anchoring is switched off
 *   so the two never both correct.)
 * - It follows new content only while the reader is at the bottom. Scrolled up, nothing
 *   moves; a "new messages" button counts what arrived below and jumps there.
 */

const AT_BOTTOM_PX = 80;

export interface VirtualMessageListHandle {
  /** Jump to the newest message and follow new content again. */
  scrollToBottom: (smooth?: boolean) => void;
  isAtBottom: () => boolean;
}

export interface VirtualMessageListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => React.ReactNode;
  /** Rendered after the last message, always in the DOM (typing indicator, errors). */
  footer?: React.ReactNode;
  /** Changes whenever the newest message grows (e.g. its text length while streaming). */
  followKey?: unknown;
  estimateHeight?: number;
  /** Extra pixels rendered above and below the viewport. */
  overscan?: number;
  className?: string;
  /** Props for the scrolling element (role, aria-*, data-*). */
  scrollerProps?: React.HTMLAttributes<HTMLDivElement> & Record<`data-${string}`, string>;
  /** How a count of unseen messages reads on the jump button. */
  jumpLabel?: (unseen: number) => string;
}

function lowerBound(offsets: number[], value: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function VirtualMessageListInner<T>(
  {
    items,
    getKey,
    renderItem,
    footer,
    followKey,
    estimateHeight = 110,
    overscan = 700,
    className,
    scrollerProps,
    jumpLabel = (n) => (n > 0 ? `${n} new message${n === 1 ? "" : "s"}` : "Jump to latest"),
  }: VirtualMessageListProps<T>,
  ref: React.ForwardedRef<VirtualMessageListHandle>,
) {
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const contentRef = React.useRef<HTMLDivElement>(null);
  const heights = React.useRef(new Map<string, number>());
  const [measureVersion, setMeasureVersion] = React.useState(0);
  const [viewport, setViewport] = React.useState({ top: Number.MAX_SAFE_INTEGER, height: 800 });
  const stick = React.useRef(true);
  const lastScrollTop = React.useRef(0);
  const smoothing = React.useRef(false);
  const [atBottom, setAtBottom] = React.useState(true);
  const [unseen, setUnseen] = React.useState(0);

  const keys = React.useMemo(() => items.map(getKey), [items, getKey]);
  const offsets = React.useMemo(() => {
    const o = new Array<number>(keys.length + 1);
    o[0] = 0;
    for (let i = 0; i < keys.length; i++) o[i + 1] = o[i] + (heights.current.get(keys[i]) ?? estimateHeight);
    return o;
    // measureVersion: recompute when a height changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, estimateHeight, measureVersion]);
  const total = offsets[keys.length];

  const top = Math.min(viewport.top, Math.max(0, total - viewport.height));
  const start = Math.max(0, lowerBound(offsets, Math.max(0, top - overscan)));
  const end = Math.min(keys.length, lowerBound(offsets, top + viewport.height + overscan) + 1);

  const syncViewport = React.useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    // Offsets count from the top of the list, below the scroller's own padding.
    const content = contentRef.current;
    const pad = content ? content.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop : 0;
    const next = { top: Math.max(0, Math.round(el.scrollTop - Math.max(0, pad))), height: el.clientHeight };
    setViewport((v) => (v.top === next.top && v.height === next.height ? v : next));
  }, []);

  const pinToBottom = React.useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    lastScrollTop.current = el.scrollTop;
  }, []);

  const scrollToBottom = React.useCallback(
    (smooth = false) => {
      const el = scrollRef.current;
      if (!el) return;
      stick.current = true;
      setAtBottom(true);
      setUnseen(0);
      if (smooth && !prefersReducedMotion()) {
        smoothing.current = true;
        el.scrollTo({ top: el.scrollHeight, behavior: "smooth" });
        // Content that arrived during the animation: land on the real bottom afterwards.
        window.setTimeout(() => {
          if (!smoothing.current) return;
          smoothing.current = false;
          if (stick.current) pinToBottom();
          syncViewport();
        }, 900);
      } else {
        smoothing.current = false;
        pinToBottom();
        syncViewport();
      }
    },
    [pinToBottom, syncViewport],
  );

  React.useImperativeHandle(ref, () => ({ scrollToBottom, isAtBottom: () => stick.current }), [scrollToBottom]);

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const distance = el.scrollHeight - el.scrollTop - el.clientHeight;
    const movedUp = el.scrollTop < lastScrollTop.current - 1;
    lastScrollTop.current = el.scrollTop;
    if (smoothing.current) {
      if (distance < AT_BOTTOM_PX) smoothing.current = false;
    } else {
      // Any scroll up releases the list; coming back near the bottom follows again.
      const next = movedUp && distance > 4 ? false : distance < AT_BOTTOM_PX;
      if (stick.current !== next) {
        stick.current = next;
        setAtBottom(next);
      }
    }
    if (distance < AT_BOTTOM_PX && stick.current) setUnseen(0);
    syncViewport();
  };
  const userScrollIntent = () => {
    smoothing.current = false;
  };

  // New messages: follow them at the bottom, count them otherwise.
  const count = items.length;
  const prevCount = React.useRef(count);
  React.useLayoutEffect(() => {
    const added = count - prevCount.current;
    prevCount.current = count;
    if (stick.current) {
      pinToBottom();
      syncViewport();
    } else if (added > 0) setUnseen((n) => n + added);
  }, [count, pinToBottom, syncViewport]);

  // The newest message growing (streaming), or the footer changing: follow it at the bottom.
  React.useLayoutEffect(() => {
    if (stick.current) pinToBottom();
  }, [followKey, pinToBottom]);

  // First paint: start at the bottom.
  React.useLayoutEffect(() => {
    pinToBottom();
    syncViewport();
  }, [pinToBottom, syncViewport]);

  // Content or viewport resized (a message measured, the tab shown, the composer grown).
  React.useEffect(() => {
    const el = scrollRef.current;
    const content = contentRef.current;
    if (!el || !content) return;
    const ro = new ResizeObserver(() => {
      if (stick.current && !smoothing.current) pinToBottom();
      syncViewport();
    });
    ro.observe(el);
    ro.observe(content);
    return () => ro.disconnect();
  }, [pinToBottom, syncViewport]);

  // One observer measures every rendered message.
  const observed = React.useRef(new Map<Element, string>());
  const itemObserver = React.useRef<ResizeObserver | null>(null);
  React.useEffect(() => {
    const ro = new ResizeObserver((entries) => {
      const el = scrollRef.current;
      let changed = false;
      let shift = 0;
      const viewTop = el?.getBoundingClientRect().top ?? 0;
      for (const entry of entries) {
        const key = observed.current.get(entry.target);
        if (!key) continue;
        const h = entry.borderBoxSize?.[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
        if (h === 0) continue; // hidden tab: keep the last real height
        const before = heights.current.get(key) ?? estimateHeight;
        if (Math.abs(before - h) < 0.5) {
          heights.current.set(key, h);
          continue;
        }
        heights.current.set(key, h);
        changed = true;
        // A message above the viewport changed height: keep the visible content still.
        if (entry.target.getBoundingClientRect().top < viewTop) shift += h - before;
      }
      if (el && shift !== 0 && !stick.current) el.scrollTop += shift;
      if (el && stick.current && !smoothing.current) el.scrollTop = el.scrollHeight;
      if (changed) setMeasureVersion((v) => v + 1);
    });
    itemObserver.current = ro;
    for (const el of observed.current.keys()) ro.observe(el);
    return () => ro.disconnect();
  }, [estimateHeight]);

  const measure = React.useCallback((key: string) => {
    return (el: HTMLDivElement | null) => {
      if (el) {
        observed.current.set(el, key);
        itemObserver.current?.observe(el);
      } else {
        for (const [node, k] of observed.current) {
          if (k === key && !node.isConnected) {
            itemObserver.current?.unobserve(node);
            observed.current.delete(node);
          }
        }
      }
    };
  }, []);
  const measureRefs = React.useRef(new Map<string, (el: HTMLDivElement | null) => void>());
  const refFor = (key: string) => {
    let r = measureRefs.current.get(key);
    if (!r) {
      r = measure(key);
      measureRefs.current.set(key, r);
    }
    return r;
  };

  const rendered: React.ReactNode[] = [];
  for (let i = start; i < end; i++) {
    const item = items[i];
    const key = keys[i];
    rendered.push(
      <div key={key} ref={refFor(key)} className="pb-4" data-index={i}>
        {renderItem(item, i)}
      </div>,
    );
  }

  return (
    <div className={cn("relative min-h-0", className)}>
      <div
        {...scrollerProps}
        ref={scrollRef}
        onScroll={onScroll}
        onWheel={userScrollIntent}
        onTouchStart={userScrollIntent}
        onPointerDown={userScrollIntent}
        onKeyDown={userScrollIntent}
        className={cn("h-full overflow-y-auto [overflow-anchor:none]", scrollerProps?.className)}
        data-total={items.length}
        data-rendered-from={start}
        data-rendered-to={end}
      >
        <div ref={contentRef}>
          <div aria-hidden style={{ height: offsets[start] }} />
          {rendered}
          <div aria-hidden style={{ height: total - offsets[end] }} />
          {footer}
        </div>
      </div>
      {!atBottom ? (
        <Button
          size="sm"
          variant={unseen > 0 ? "primary" : "outline"}
          className="absolute bottom-3 left-1/2 -translate-x-1/2 rounded-full shadow-md"
          onClick={() => scrollToBottom(true)}
          data-testid="jump-to-latest"
          data-unseen={unseen}
        >
          <ArrowDown aria-hidden /> {jumpLabel(unseen)}
        </Button>
      ) : null}
    </div>
  );
}

export const VirtualMessageList = React.forwardRef(VirtualMessageListInner) as <T>(
  props: VirtualMessageListProps<T> & { ref?: React.Ref<VirtualMessageListHandle> },
) => React.ReactElement;
