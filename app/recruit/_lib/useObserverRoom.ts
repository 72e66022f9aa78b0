"use client";

import * as React from "react";
import type PartySocket from "partysocket";
import { openRoomSocket } from "@/app/_lib/room-socket";
import { api } from "@/app/_lib/api";
import type { AnyInterviewDetail } from "@/lib/api/schemas";
import { ServerEventSchema, type ClientEvent, type ServerEvent } from "@/lib/room/events";

/**
 * A recruiter's read-only seat in an interview's room: joins with an observer token from
 * GET /interviews/{id}/room (a fresh one on every reconnect), asks for the transcript (`sync`)
 * each time it opens, and folds what the room relays (code as typed, chat, runs, stage, timer,
 * whiteboard saves, presence) into one state. It never sends anything that changes the interview.
 */

export type LiveMessage = { id: string; role: "user" | "ai" | "system"; content: string; at: string | null };
export type LiveRun = Extract<ServerEvent, { type: "code_result" }>;
export type Connection = "connecting" | "open" | "reconnecting" | "offline";

export interface LiveState {
  connection: Connection;
  latencyMs: number | null;
  status: string;
  stage: string;
  /** Elapsed seconds as of `clockAt` (ms since epoch), and the budget. */
  elapsed: number;
  clockAt: number;
  durationMinutes: number;
  code: string;
  language: string | null;
  messages: LiveMessage[];
  running: boolean;
  run: LiveRun | null;
  whiteboardSnapshot: string | null;
  presence: { user_id: string; name: string; role: string }[];
  candidateTyping: boolean;
  score: number | null;
}

type Action = { type: "event"; event: ServerEvent } | { type: "connection"; connection: Connection } | { type: "latency"; ms: number | null };

const PING_EVERY_MS = 5_000;

export function initialLiveState(detail: AnyInterviewDetail): LiveState {
  const run = detail.kind === "coding" ? detail.latest_run : null;
  return {
    connection: "connecting",
    latencyMs: null,
    status: detail.status,
    stage: detail.stage,
    elapsed: detail.elapsed_seconds,
    clockAt: Date.now(),
    durationMinutes: detail.duration_minutes,
    code: detail.kind === "coding" ? (detail.code_by_language[detail.language] ?? "") : "",
    language: detail.language,
    messages: detail.messages.map((m) => ({ id: m.id, role: m.role, content: m.content, at: m.timestamp })),
    running: false,
    run: run
      ? {
          type: "code_result",
          execution_id: run.execution_id,
          kind: run.kind,
          status: run.status,
          output: run.output,
          error: run.error,
          tests_passed: run.tests_passed,
          tests_total: run.tests_total,
          execution_time_ms: run.execution_time_ms,
          score: run.score,
          results: run.results,
        }
      : null,
    whiteboardSnapshot: detail.kind === "system_design" ? (detail.whiteboard?.snapshot_id ?? null) : null,
    presence: [],
    candidateTyping: false,
    score: detail.final_score ?? detail.current_score,
  };
}

function mergeMessages(have: LiveMessage[], incoming: LiveMessage[]): LiveMessage[] {
  const ids = new Set(have.map((m) => m.id));
  const added = incoming.filter((m) => !ids.has(m.id));
  return added.length ? [...have, ...added] : have;
}

function reduce(state: LiveState, action: Action): LiveState {
  if (action.type === "connection") return { ...state, connection: action.connection };
  if (action.type === "latency") return { ...state, latencyMs: action.ms };
  const e = action.event;
  switch (e.type) {
    case "interview_status":
      return {
        ...state,
        status: e.status,
        ...(e.elapsed_seconds !== undefined ? { elapsed: e.elapsed_seconds, clockAt: Date.now() } : {}),
        ...(e.duration_minutes !== undefined ? { durationMinutes: e.duration_minutes } : {}),
      };
    case "stage_changed":
      return { ...state, stage: e.stage };
    case "code_sync":
      return { ...state, code: e.code, language: e.language };
    case "ai_message_complete":
      return { ...state, messages: mergeMessages(state.messages, [{ id: e.message_id, role: e.role, content: e.full_content, at: new Date().toISOString() }]) };
    case "execution_started":
      return { ...state, running: true };
    case "code_result":
      return { ...state, running: false, run: e };
    case "whiteboard_saved":
      return { ...state, whiteboardSnapshot: e.snapshot_id };
    case "presence":
      return { ...state, presence: e.users };
    case "user_typing":
      return { ...state, candidateTyping: e.isTyping };
    case "metrics_update":
      return { ...state, score: e.current_score };
    case "sync":
      return {
        ...state,
        status: e.status,
        stage: e.stage,
        messages: mergeMessages(state.messages, e.messages.map((m) => ({ id: m.id, role: m.role, content: m.content, at: m.timestamp }))),
        run:
          e.latest_run && e.latest_run.execution_id !== state.run?.execution_id
            ? { type: "code_result", ...e.latest_run, score: e.latest_run.score }
            : state.run,
      };
    default:
      return state;
  }
}

export function useObserverRoom(interviewId: string, detail: AnyInterviewDetail | undefined): LiveState | null {
  const [state, dispatch] = React.useReducer(
    (s: LiveState | null, a: Action | { type: "init"; state: LiveState }) => (a.type === "init" ? a.state : s ? reduce(s, a) : s),
    null,
  );
  const ready = detail !== undefined;
  React.useEffect(() => {
    if (detail) dispatch({ type: "init", state: initialLiveState(detail) });
    // Only the first detail seeds the state; the room keeps it current afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  React.useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    let socket: PartySocket | null = null;
    let pingTimer: ReturnType<typeof setInterval> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let openedBefore = false;
    let lastRtt: number | null = null;

    const send = (event: ClientEvent) => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify(event));
    const ping = () => send({ type: "ping", t: performance.now(), ...(lastRtt !== null ? { rtt_ms: lastRtt } : {}) });

    const connect = async () => {
      dispatch({ type: "connection", connection: "connecting" });
      let info;
      try {
        info = await api.room(interviewId);
      } catch {
        if (cancelled) return;
        dispatch({ type: "connection", connection: "offline" });
        retryTimer = setTimeout(connect, 5_000);
        return;
      }
      if (cancelled) return;
      socket = openRoomSocket(interviewId, info);
      socket.addEventListener("open", () => {
        failures = 0;
        dispatch({ type: "connection", connection: "open" });
        // The transcript, and anything missed while away.
        send({ type: "sync", last_message_id: null });
        ping();
        clearInterval(pingTimer);
        pingTimer = setInterval(ping, PING_EVERY_MS);
        openedBefore = true;
      });
      socket.addEventListener("close", () => {
        clearInterval(pingTimer);
        dispatch({ type: "latency", ms: null });
        if (cancelled) return;
        failures++;
        dispatch({ type: "connection", connection: failures >= 3 ? "offline" : openedBefore ? "reconnecting" : "connecting" });
      });
      socket.addEventListener("message", (msg: MessageEvent) => {
        if (typeof msg.data !== "string") return;
        let raw: unknown;
        try {
          raw = JSON.parse(msg.data);
        } catch {
          return;
        }
        const parsed = ServerEventSchema.safeParse(raw);
        if (!parsed.success) return;
        const event = parsed.data;
        if (event.type === "pong") {
          lastRtt = Math.max(0, Math.round(performance.now() - event.t));
          dispatch({ type: "latency", ms: lastRtt });
          return;
        }
        if (event.type === "user_typing") {
          clearTimeout(typingTimer);
          if (event.isTyping) typingTimer = setTimeout(() => dispatch({ type: "event", event: { ...event, isTyping: false } }), 6_000);
        }
        if (event.type === "error") console.warn("[room]", event.message);
        dispatch({ type: "event", event });
      });
    };

    void connect();
    return () => {
      cancelled = true;
      clearInterval(pingTimer);
      clearTimeout(retryTimer);
      clearTimeout(typingTimer);
      socket?.close();
    };
  }, [interviewId, ready]);

  return state;
}
