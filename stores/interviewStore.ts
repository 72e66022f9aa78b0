"use client";

import { create } from "zustand";
import type { InterviewDetail, MetricsResponse } from "@/lib/api/schemas";

export type ConnectionState = "idle" | "connecting" | "open" | "reconnecting" | "closed";
export type WorkspaceTab = "chat" | "code" | "whiteboard" | "problem";

export interface HintEntry {
  id: string;
  hint: string;
  level: "soft" | "medium" | "hard";
  at: number;
}

export interface FeedbackEntry {
  id: string;
  complexity: { time: string; space: string };
  suggestions: string[];
  strengths: string[];
  improvements: string[];
}

interface InterviewState {
  interviewId: string | null;
  detail: InterviewDetail | null;
  status: string;
  stage: string;
  /** Elapsed seconds reported by the server, and when (performance.now()) we learned it. */
  elapsedBase: number;
  elapsedSyncedAt: number;
  durationMinutes: number;
  connection: ConnectionState;
  latencyMs: number | null;
  /** The room's reading of the connection from recent round trips (connection_quality). */
  quality: "good" | "fair" | "poor" | null;
  presence: { user_id: string; name: string; role: string }[];
  hints: HintEntry[];
  hintsUsed: number;
  feedback: FeedbackEntry | null;
  metrics: MetricsResponse | null;
  activeTab: WorkspaceTab;
  unreadChat: number;
  notes: string;

  init: (detail: InterviewDetail) => void;
  reset: () => void;
  setStatus: (status: string, elapsedSeconds?: number) => void;
  setStage: (stage: string) => void;
  setConnection: (state: ConnectionState) => void;
  setLatency: (ms: number | null) => void;
  setQuality: (quality: InterviewState["quality"]) => void;
  setPresence: (users: InterviewState["presence"]) => void;
  addHint: (hint: Omit<HintEntry, "id" | "at">) => void;
  setFeedback: (f: FeedbackEntry) => void;
  setMetrics: (m: MetricsResponse) => void;
  setActiveTab: (tab: WorkspaceTab) => void;
  bumpUnread: () => void;
  setNotes: (notes: string) => void;
  applyDetail: (detail: InterviewDetail) => void;
}

const initial = {
  interviewId: null,
  detail: null,
  status: "in_progress",
  stage: "discuss",
  elapsedBase: 0,
  elapsedSyncedAt: 0,
  durationMinutes: 45,
  connection: "idle" as ConnectionState,
  latencyMs: null,
  quality: null,
  presence: [],
  hints: [],
  hintsUsed: 0,
  feedback: null,
  metrics: null,
  activeTab: "chat" as WorkspaceTab,
  unreadChat: 0,
  notes: "",
};

const tabKey = (id: string) => `ic:tab:${id}`;
function readTab(id: string): WorkspaceTab {
  try {
    const t = sessionStorage.getItem(tabKey(id));
    if (t === "chat" || t === "code" || t === "whiteboard" || t === "problem") return t;
  } catch {
    /* ignore */
  }
  return "chat";
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

export const useInterviewStore = create<InterviewState>((set, get) => ({
  ...initial,
  init: (detail) =>
    set({
      ...initial,
      activeTab: readTab(detail.id),
      interviewId: detail.id,
      detail,
      status: detail.status,
      stage: detail.stage,
      elapsedBase: detail.elapsed_seconds,
      elapsedSyncedAt: now(),
      durationMinutes: detail.duration_minutes,
      hintsUsed: detail.hints_used,
      notes: detail.notes,
    }),
  reset: () => set({ ...initial }),
  setStatus: (status, elapsedSeconds) => {
    const s = get();
    // Freeze or restart the local clock at the moment the status changes.
    const elapsed = elapsedSeconds ?? currentElapsed(s);
    set({ status, elapsedBase: elapsed, elapsedSyncedAt: now() });
  },
  setStage: (stage) => set({ stage }),
  setConnection: (connection) => set({ connection }),
  setLatency: (latencyMs) => set({ latencyMs }),
  setQuality: (quality) => set({ quality }),
  setPresence: (presence) => set({ presence }),
  addHint: (hint) =>
    set((s) => ({
      hints: [...s.hints, { ...hint, id: `${Date.now()}-${s.hints.length}`, at: Date.now() }],
      hintsUsed: s.hintsUsed + 1,
    })),
  setFeedback: (feedback) => set({ feedback }),
  setMetrics: (metrics) => set({ metrics }),
  setActiveTab: (activeTab) => {
    const id = get().interviewId;
    if (id) {
      try {
        sessionStorage.setItem(tabKey(id), activeTab);
      } catch {
        /* ignore */
      }
    }
    set((s) => ({ activeTab, unreadChat: activeTab === "chat" ? 0 : s.unreadChat }));
  },
  bumpUnread: () => set((s) => (s.activeTab === "chat" ? s : { unreadChat: s.unreadChat + 1 })),
  setNotes: (notes) => set({ notes }),
  applyDetail: (detail) =>
    set({
      detail,
      status: detail.status,
      stage: detail.stage,
      elapsedBase: detail.elapsed_seconds,
      elapsedSyncedAt: now(),
      hintsUsed: detail.hints_used,
    }),
}));

/** Seconds of interview time now: the server's figure plus local ticking while running. */
export function currentElapsed(s: Pick<InterviewState, "status" | "elapsedBase" | "elapsedSyncedAt">): number {
  if (s.status !== "in_progress") return s.elapsedBase;
  return s.elapsedBase + Math.max(0, Math.floor((now() - s.elapsedSyncedAt) / 1000));
}
