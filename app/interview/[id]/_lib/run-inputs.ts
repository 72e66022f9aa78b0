"use client";

import { create } from "zustand";
import type { TestResult } from "@/lib/room/events";

/**
 * Two things a run can carry besides the code:
 * - the candidate's custom input (the Custom input box): while it is switched on, Run sends it
 *   as `stdin`, so the code runs on that input alone (kept per interview in localStorage);
 * - a single visible test re-run from its row: the same endpoint with that test's input as the
 *   custom input. Its result updates that row only, never the run the panel shows.
 */

const key = (interviewId: string) => `ic:custom-input:${interviewId}`;

interface CustomInputState {
  interviewId: string | null;
  enabled: boolean;
  text: string;
  load: (interviewId: string) => void;
  setEnabled: (enabled: boolean) => void;
  setText: (text: string) => void;
}

function persist(s: Pick<CustomInputState, "interviewId" | "enabled" | "text">) {
  if (!s.interviewId) return;
  try {
    localStorage.setItem(key(s.interviewId), JSON.stringify({ enabled: s.enabled, text: s.text }));
  } catch {
    /* storage full or blocked */
  }
}

export const useCustomInput = create<CustomInputState>((set, get) => ({
  interviewId: null,
  enabled: false,
  text: "",
  load: (interviewId) => {
    if (get().interviewId === interviewId) return;
    let enabled = false;
    let text = "";
    try {
      const raw = localStorage.getItem(key(interviewId));
      if (raw) ({ enabled = false, text = "" } = JSON.parse(raw) as { enabled?: boolean; text?: string });
    } catch {
      /* ignore */
    }
    set({ interviewId, enabled, text });
  },
  setEnabled: (enabled) => {
    set({ enabled });
    persist(get());
  },
  setText: (text) => {
    set({ text });
    persist(get());
  },
}));

/** The stdin a Run sends now: the custom input while it is on and not blank. */
export function customStdin(): string | undefined {
  const s = useCustomInput.getState();
  return s.enabled && s.text.trim() ? s.text : undefined;
}

export interface RerunEntry {
  state: "running" | "done" | "error";
  result?: TestResult;
  error?: string;
  at: number;
}

interface RerunState {
  /** By `${executionId}:${testId}`: the run's row the re-run belongs to. */
  entries: Record<string, RerunEntry>;
  set: (rowKey: string, entry: RerunEntry) => void;
}

export const useReruns = create<RerunState>((set) => ({
  entries: {},
  set: (rowKey, entry) => set((s) => ({ entries: { ...s.entries, [rowKey]: entry } })),
}));

export const rerunKey = (executionId: string, testId: string) => `${executionId}:${testId}`;

/**
 * Executions started by re-runs, and how many re-run requests are still waiting for their
 * execution id: their room results belong to a row, not to the panel's run.
 */
const rerunIds = new Set<string>();
let pendingRequests = 0;
export const rerunTracking = {
  begin: () => void pendingRequests++,
  end: (executionId?: string) => {
    pendingRequests = Math.max(0, pendingRequests - 1);
    if (executionId) rerunIds.add(executionId);
  },
  /** An execution_started that may be a re-run's (its id may not be known yet). */
  mayBeRerunStart: (executionId: string) => rerunIds.has(executionId) || pendingRequests > 0,
  isRerun: (executionId: string, results: readonly TestResult[]) =>
    rerunIds.has(executionId) || (pendingRequests > 0 && results.length === 1 && results[0]?.id === "custom"),
};

/** A visible test's input can be re-run when it was shown in full (long inputs are cut short). */
export const canRerun = (t: TestResult) => !t.hidden && t.id !== "custom" && !!t.input && !/… \(\d+ more characters\)/.test(t.input);
