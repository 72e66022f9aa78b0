"use client";

import { create } from "zustand";
import type { TestResult } from "@/lib/room/events";
import type { InterviewDetail } from "@/lib/api/schemas";

export type Language = InterviewDetail["language"];
export type SaveState = "saved" | "unsaved" | "saving" | "error";

/** One run or submission, whichever way it reached us (room event, poll, or submit response). */
export interface RunResult {
  execution_id: string;
  kind: "run" | "submit";
  status: string;
  output: string;
  error: string | null;
  tests_passed: number;
  tests_total: number;
  execution_time_ms: number;
  memory_mb?: number;
  score?: number;
  results: TestResult[];
  complexity?: { time: string; space: string };
  at: number;
}

export type RunPhase = "idle" | "queued" | "running" | "waiting";

interface CodeState {
  language: Language;
  codeByLanguage: Partial<Record<Language, string>>;
  /** Languages whose buffer has changes the server has not stored yet. */
  dirty: Partial<Record<Language, boolean>>;
  saveState: SaveState;
  lastSavedAt: number | null;
  fontSize: number;

  phase: RunPhase;
  runningKind: "run" | "submit" | null;
  runningExecutionId: string | null;
  /** True when the room is down and we fell back to polling, or the run is slow. */
  slow: boolean;
  latestRun: RunResult | null;
  latestSubmission: RunResult | null;
  /** Which result the panel shows. */
  shownResult: "run" | "submit";
  runError: string | null;

  init: (p: { language: Language; codeByLanguage: Partial<Record<Language, string>>; dirty: Partial<Record<Language, boolean>>; latestRun: RunResult | null; latestSubmission: RunResult | null }) => void;
  setLanguage: (language: Language) => void;
  setCode: (language: Language, code: string) => void;
  markSaving: () => void;
  markSaved: (language: Language, code: string) => void;
  markSaveError: () => void;
  setFontSize: (size: number) => void;
  startRun: (kind: "run" | "submit") => void;
  setRunPhase: (phase: RunPhase, executionId?: string | null) => void;
  setSlow: (slow: boolean) => void;
  finishRun: (result: RunResult) => void;
  failRun: (message: string) => void;
  setShownResult: (which: "run" | "submit") => void;
}

const FONT_KEY = "ic:editor-font-size";

export const useCodeStore = create<CodeState>((set, get) => ({
  language: "python",
  codeByLanguage: {},
  dirty: {},
  saveState: "saved",
  lastSavedAt: null,
  fontSize: 14,
  phase: "idle",
  runningKind: null,
  runningExecutionId: null,
  slow: false,
  latestRun: null,
  latestSubmission: null,
  shownResult: "run",
  runError: null,

  init: ({ language, codeByLanguage, dirty, latestRun, latestSubmission }) => {
    let fontSize = 14;
    try {
      const stored = Number(localStorage.getItem(FONT_KEY));
      if (stored >= 12 && stored <= 18) fontSize = stored;
    } catch {
      /* ignore */
    }
    const shownResult =
      latestSubmission && (!latestRun || latestSubmission.at >= latestRun.at) ? "submit" : "run";
    set({
      language,
      codeByLanguage,
      dirty,
      saveState: Object.values(dirty).some(Boolean) ? "unsaved" : "saved",
      lastSavedAt: null,
      fontSize,
      phase: "idle",
      runningKind: null,
      runningExecutionId: null,
      slow: false,
      latestRun,
      latestSubmission,
      shownResult,
      runError: null,
    });
  },
  setLanguage: (language) => set({ language }),
  setCode: (language, code) => {
    if (get().codeByLanguage[language] === code) return;
    set((s) => ({
      codeByLanguage: { ...s.codeByLanguage, [language]: code },
      dirty: { ...s.dirty, [language]: true },
      saveState: s.saveState === "saving" ? "saving" : "unsaved",
    }));
  },
  markSaving: () => set({ saveState: "saving" }),
  markSaved: (language, code) =>
    set((s) => {
      const stillSame = s.codeByLanguage[language] === code;
      const dirty = { ...s.dirty, [language]: stillSame ? false : s.dirty[language] };
      return {
        dirty,
        saveState: Object.values(dirty).some(Boolean) ? "unsaved" : "saved",
        lastSavedAt: Date.now(),
      };
    }),
  markSaveError: () => set({ saveState: "error" }),
  setFontSize: (fontSize) => {
    const clamped = Math.max(12, Math.min(18, fontSize));
    try {
      localStorage.setItem(FONT_KEY, String(clamped));
    } catch {
      /* ignore */
    }
    set({ fontSize: clamped });
  },
  startRun: (kind) =>
    set({ phase: "queued", runningKind: kind, runningExecutionId: null, slow: false, runError: null }),
  setRunPhase: (phase, executionId) =>
    set((s) => ({ phase, runningExecutionId: executionId === undefined ? s.runningExecutionId : executionId })),
  setSlow: (slow) => set({ slow }),
  finishRun: (result) =>
    set((s) => {
      const isCurrent = s.runningExecutionId === result.execution_id || s.runningExecutionId === null;
      const base = result.kind === "submit" ? { latestSubmission: result } : { latestRun: result };
      return {
        ...base,
        shownResult: result.kind,
        ...(isCurrent ? { phase: "idle" as const, runningKind: null, runningExecutionId: null, slow: false } : {}),
      };
    }),
  failRun: (runError) => set({ phase: "idle", runningKind: null, runningExecutionId: null, slow: false, runError }),
  setShownResult: (shownResult) => set({ shownResult }),
}));
