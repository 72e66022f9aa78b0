"use client";

import * as React from "react";
import type PartySocket from "partysocket";
import { openRoomSocket } from "@/app/_lib/room-socket";
import { toast } from "sonner";
import type { ClientEvent, ServerEvent } from "@/lib/room/events";
import { api, isUnauthorized } from "@/app/_lib/api";
import { useInterviewStore } from "@/stores/interviewStore";
import { useChatStore } from "@/stores/chatStore";

export type RoomListener = (event: ServerEvent) => void;

export interface RoomApi {
  /** Sends an event when the socket is open; returns whether it was sent. */
  send: (event: ClientEvent) => boolean;
  /** Subscribes to every server event; returns the unsubscribe function. */
  subscribe: (listener: RoomListener) => () => void;
  isOpen: () => boolean;
}

const PING_EVERY_MS = 5_000;

function parseEvent(data: unknown): ServerEvent | null {
  if (typeof data !== "string") return null;
  try {
    const parsed: unknown = JSON.parse(data);
    if (parsed && typeof parsed === "object" && typeof (parsed as { type?: unknown }).type === "string") {
      return parsed as ServerEvent;
    }
  } catch {
    /* not JSON: ignore */
  }
  return null;
}

/**
 * The interview's PartyKit room: connects with a fresh room token on every (re)connect,
 * measures latency with ping/pong, keeps presence/stage/status/hints in the stores, and
 * fans every event out to subscribers (chat, code execution).
 */
export function useWebSocket(
  interviewId: string,
  {
    enabled,
    onReconnect,
    onMissedMessages,
  }: {
    enabled: boolean;
    /** Back online after a drop (the hook has already asked the room for the missed messages). */
    onReconnect?: () => void;
    /** The stored messages the room's `sync` answer brings after a reconnect. */
    onMissedMessages?: (messages: Extract<ServerEvent, { type: "sync" }>["messages"]) => void;
  },
): RoomApi {
  const socketRef = React.useRef<PartySocket | null>(null);
  const listenersRef = React.useRef(new Set<RoomListener>());
  const onReconnectRef = React.useRef(onReconnect);
  const onMissedMessagesRef = React.useRef(onMissedMessages);
  React.useEffect(() => {
    onReconnectRef.current = onReconnect;
    onMissedMessagesRef.current = onMissedMessages;
  }, [onReconnect, onMissedMessages]);

  React.useEffect(() => {
    if (!enabled) return;
    const store = useInterviewStore.getState;
    let cancelled = false;
    let pingTimer: ReturnType<typeof setInterval> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let remoteTypingTimer: ReturnType<typeof setTimeout> | undefined;
    let openedBefore = false;
    let selfId: string | null = null;
    let socket: PartySocket | null = null;

    // Each ping reports the previous round trip, so the room can judge the connection (connection_quality).
    const ping = () => {
      if (socket?.readyState !== WebSocket.OPEN) return;
      const rtt = store().latencyMs;
      socket.send(JSON.stringify({ type: "ping", t: performance.now(), ...(rtt !== null ? { rtt_ms: rtt } : {}) }));
    };

    const handle = (event: ServerEvent) => {
      const s = store();
      switch (event.type) {
        case "connected":
          selfId = event.user_id;
          break;
        case "pong":
          s.setLatency(Math.max(0, Math.round(performance.now() - event.t)));
          break;
        case "presence":
          s.setPresence(event.users);
          break;
        case "user_typing": {
          // Our own other tabs share our user id: only other people count.
          if (event.user_id === selfId) break;
          const name = s.presence.find((u) => u.user_id === event.user_id)?.name ?? "Someone";
          useChatStore.getState().setRemoteTyping(event.isTyping ? name : null);
          clearTimeout(remoteTypingTimer);
          if (event.isTyping) remoteTypingTimer = setTimeout(() => useChatStore.getState().setRemoteTyping(null), 6000);
          break;
        }
        case "stage_changed":
          s.setStage(event.stage);
          break;
        case "interview_status":
          if (event.status !== s.status || event.elapsed_seconds !== undefined) s.setStatus(event.status, event.elapsed_seconds);
          break;
        case "connection_quality":
          s.setQuality(event.status);
          break;
        case "metrics_update": {
          const { type: _type, ...metrics } = event;
          s.setMetrics(metrics);
          break;
        }
        case "sync":
          if (event.status !== s.status) s.setStatus(event.status);
          s.setStage(event.stage);
          onMissedMessagesRef.current?.(event.messages);
          break;
        case "interview_hint":
          s.addHint({ hint: event.hint, level: event.difficulty_level });
          toast.info("The interviewer left you a hint", { description: event.hint.slice(0, 140) });
          break;
        case "ai_feedback":
          s.setFeedback({
            id: event.feedback_id,
            complexity: event.complexity_analysis,
            suggestions: event.suggestions,
            strengths: event.strengths,
            improvements: event.improvements,
          });
          break;
        case "error":
          console.warn("[room]", event.message);
          break;
        default:
          break;
      }
      for (const l of listenersRef.current) {
        try {
          l(event);
        } catch (err) {
          console.error("[room] listener failed", err);
        }
      }
    };

    const connect = async () => {
      store().setConnection("connecting");
      let info;
      try {
        info = await api.room(interviewId);
      } catch (err) {
        if (cancelled) return;
        store().setConnection("closed");
        if (!isUnauthorized(err)) retryTimer = setTimeout(connect, 5000);
        return;
      }
      if (cancelled) return;
      let failures = 0;
      socket = openRoomSocket(interviewId, info);
      socketRef.current = socket;
      socket.addEventListener("open", () => {
        failures = 0;
        store().setConnection("open");
        ping();
        clearInterval(pingTimer);
        pingTimer = setInterval(ping, PING_EVERY_MS);
        if (openedBefore) {
          // Catch up: the room answers with every stored message (`sync`), and the page refreshes the rest.
          socket?.send(JSON.stringify({ type: "sync", last_message_id: null } satisfies ClientEvent));
          onReconnectRef.current?.();
        }
        openedBefore = true;
      });
      socket.addEventListener("close", () => {
        clearInterval(pingTimer);
        store().setLatency(null);
        store().setQuality(null);
        if (cancelled) return;
        failures++;
        // Keep retrying in the background, but stop claiming "connecting" after a few tries.
        store().setConnection(failures >= 3 ? "closed" : openedBefore ? "reconnecting" : "connecting");
      });
      socket.addEventListener("message", (e: MessageEvent) => {
        const event = parseEvent(e.data);
        if (event) handle(event);
      });
    };

    void connect();
    const onOnline = () => socket?.reconnect();
    window.addEventListener("online", onOnline);

    return () => {
      cancelled = true;
      clearInterval(pingTimer);
      clearTimeout(retryTimer);
      clearTimeout(remoteTypingTimer);
      window.removeEventListener("online", onOnline);
      socket?.close();
      socketRef.current = null;
      store().setConnection("closed");
    };
  }, [interviewId, enabled]);

  return React.useMemo<RoomApi>(
    () => ({
      send: (event) => {
        const s = socketRef.current;
        if (!s || s.readyState !== WebSocket.OPEN) return false;
        s.send(JSON.stringify(event));
        return true;
      },
      subscribe: (listener) => {
        listenersRef.current.add(listener);
        return () => listenersRef.current.delete(listener);
      },
      isOpen: () => socketRef.current?.readyState === WebSocket.OPEN,
    }),
    [],
  );
}

export const RoomContext = React.createContext<RoomApi | null>(null);

export function useRoom(): RoomApi {
  const room = React.useContext(RoomContext);
  if (!room) throw new Error("useRoom must be used inside the interview workspace");
  return room;
}

/** Subscribes a component to room events for as long as it is mounted. */
export function useRoomEvent(handler: RoomListener) {
  const room = useRoom();
  const ref = React.useRef(handler);
  React.useEffect(() => {
    ref.current = handler;
  }, [handler]);
  React.useEffect(() => room.subscribe((e) => ref.current(e)), [room]);
}
