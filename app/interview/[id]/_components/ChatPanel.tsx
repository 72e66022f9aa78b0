"use client";

import * as React from "react";
import { CornerDownLeft, Lightbulb, RotateCcw, Send, Square } from "lucide-react";
import { toast } from "sonner";
import type { MessageDTO } from "@/lib/api/schemas";
import type { ServerEvent } from "@/lib/room/events";
import { ChatMessage } from "@/app/interview/components/ChatMessage";
import { LottieAnimation } from "@/app/interview/components/LottieAnimation";
import { TypingDots, TypingIndicator } from "@/app/interview/components/TypingIndicator";
import { VirtualMessageList, type VirtualMessageListHandle } from "@/app/interview/components/VirtualMessageList";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { cn } from "@/components/ui/utils";
import { useChatStore } from "@/stores/chatStore";
import { useInterviewStore } from "@/stores/interviewStore";
import { useRoom, useRoomEvent } from "../_hooks/useWebSocket";
import type { ChatEngineProps, ChatEngineState } from "../_lib/chat-engine";
import { textOf, toUIMessages, type ChatUIMessage } from "../_lib/messages";

/** useChat and the AI SDK, loaded once the page is interactive (kept out of the first load). */
const loadChatEngine = () => import("../_lib/chat-engine").then((m) => m.default);
type ChatEngineComponent = React.ComponentType<ChatEngineProps>;

const MAX_CHARS = 4000;
const introKey = (id: string) => `ic:intro-seen:${id}`;

/** A dropped connection mid-answer (the AI SDK's own test): the answer goes on on the server and can be resumed. */
const isDisconnect = (error: Error) => error instanceof TypeError && /fetch|network|load failed/i.test(error.message);

/** The useChat error body is the API's JSON `{error}`; show its message. */
function describeChatError(error: Error): string {
  if (isDisconnect(error)) return "The connection dropped while the interviewer was answering. The answer resumes when you are back online.";
  try {
    const parsed = JSON.parse(error.message) as { error?: string };
    if (parsed.error) return parsed.error;
  } catch {
    /* plain text */
  }
  return error.message || "The interviewer could not answer just now.";
}

/** A message shown with other text than its stored copy (an answer cut short here) takes the stored text. */
function withStoredText(messages: ChatUIMessage[], id: string, text: string): ChatUIMessage[] {
  const i = messages.findIndex((m) => m.id === id);
  if (i === -1 || textOf(messages[i]) === text) return messages;
  return messages.map((m, j) => (j === i ? { ...m, parts: [{ type: "text", text }] } : m));
}

type RoomMessage = Extract<ServerEvent, { type: "ai_message_complete" }>;

/** Appends room messages not already shown (by id; our own echoes by role and text). */
function mergeRoomMessages(prev: ChatUIMessage[], incoming: RoomMessage[]): { next: ChatUIMessage[]; addedAi: number } {
  let next = prev;
  let addedAi = 0;
  for (const e of incoming) {
    if (next.some((m) => m.id === e.message_id)) {
      next = withStoredText(next, e.message_id, e.full_content);
      continue;
    }
    const role = e.role === "user" ? "user" : "assistant";
    const recent = next.slice(-6);
    if (recent.some((m) => m.role === role && textOf(m).trim() === e.full_content.trim())) continue;
    next = [
      ...next,
      { id: e.message_id, role, parts: [{ type: "text", text: e.full_content }], metadata: { createdAt: new Date().toISOString() } },
    ];
    if (role === "assistant") addedAi++;
  }
  return { next, addedAi };
}

/**
 * Appends server messages this view lacks. Our own sent messages carry client ids, so
 * they are matched to their stored copies by role and text, each local message once.
 */
function syncWithServer(prev: ChatUIMessage[], server: MessageDTO[]): ChatUIMessage[] {
  for (const m of server) if (m.role === "ai") prev = withStoredText(prev, m.id, m.content);
  const serverIds = new Set(server.map((m) => m.id));
  const knownIds = new Set(prev.map((m) => m.id));
  const unmatched = new Map<string, number>();
  const key = (role: string, text: string) => `${role}|${text.trim()}`;
  for (const m of prev) {
    if (serverIds.has(m.id)) continue;
    const k = key(m.role, textOf(m));
    unmatched.set(k, (unmatched.get(k) ?? 0) + 1);
  }
  const additions: ChatUIMessage[] = [];
  for (const m of toUIMessages(server)) {
    if (knownIds.has(m.id)) continue;
    const k = key(m.role, textOf(m));
    const c = unmatched.get(k) ?? 0;
    if (c > 0) {
      unmatched.set(k, c - 1);
      continue;
    }
    additions.push(m);
  }
  return additions.length ? [...prev, ...additions] : prev;
}

const getMessageKey = (m: ChatUIMessage) => m.id;

const SUGGESTIONS = [
  "Can you clarify the constraints?",
  "Here's my approach: ",
  "Could I get a hint?",
];

export interface ChatPanelHandle {
  send: (text: string) => void;
  /** Adds server-side messages this view missed (e.g. while the room was disconnected). */
  sync: (messages: MessageDTO[]) => void;
}

export const ChatPanel = React.forwardRef<
  ChatPanelHandle,
  { interviewId: string; initialMessages: MessageDTO[]; readOnly: boolean; readOnlyReason?: string }
>(function ChatPanel({ interviewId, initialMessages, readOnly, readOnlyReason }, ref) {
  const room = useRoom();
  const initial = React.useMemo(() => toUIMessages(initialMessages), [initialMessages]);
  const disconnected = React.useRef(false);

  // ---- the useChat engine: loaded after first paint; the stored conversation shows meanwhile ----
  const [Engine, setEngineComponent] = React.useState<ChatEngineComponent | null>(null);
  const [engine, setEngine] = React.useState<ChatEngineState | null>(null);
  React.useEffect(() => {
    let live = true;
    void loadChatEngine().then((C) => live && setEngineComponent(() => C));
    return () => {
      live = false;
    };
  }, []);
  const onEngineError = React.useCallback((err: Error) => {
    if (isDisconnect(err)) {
      disconnected.current = true;
      toast.warning("Connection lost", { description: "The interviewer keeps answering; the reply appears when you are back online." });
      return;
    }
    toast.error("Message not answered", { description: describeChatError(err) });
  }, []);
  const messages = engine?.messages ?? initial;
  const status = engine?.status ?? "ready";
  const error = engine?.error;
  const engineRef = React.useRef(engine);
  engineRef.current = engine;
  const setMessages = React.useCallback((update: (prev: ChatUIMessage[]) => ChatUIMessage[]) => {
    engineRef.current?.setMessages(update);
  }, []);
  const busy = status === "submitted" || status === "streaming";

  // ---- first-seen times for messages without a timestamp ----
  const seenAt = React.useRef(new Map<string, Date>());
  const timeOf = (m: ChatUIMessage) => {
    let t = seenAt.current.get(m.id);
    if (!t) {
      t = m.metadata?.createdAt ? new Date(m.metadata.createdAt) : new Date();
      seenAt.current.set(m.id, t);
    }
    return t;
  };

  // ---- greeting typewriter: first view only (decided before the first paint, no flash) ----
  const [typewriterId, setTypewriter] = React.useState<string | null>(() => {
    const first = initial[0];
    if (!first || first.role !== "assistant" || initial.length !== 1) return null;
    try {
      if (localStorage.getItem(introKey(interviewId)) === "1") return null;
      if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) return null;
    } catch {
      return null;
    }
    return first.id;
  });
  React.useEffect(() => {
    try {
      localStorage.setItem(introKey(interviewId), "1");
    } catch {
      /* ignore */
    }
  }, [interviewId]);
  const endTypewriter = React.useCallback(() => setTypewriter(null), [setTypewriter]);

  // ---- room messages (the interviewer's reaction to runs, other viewers) ----
  const pending = React.useRef<RoomMessage[]>([]);
  const statusRef = React.useRef(status);
  statusRef.current = status;
  const flushRoom = React.useCallback(() => {
    if (pending.current.length === 0 || !engineRef.current) return;
    if (statusRef.current === "submitted" || statusRef.current === "streaming") return;
    const incoming = pending.current;
    pending.current = [];
    let added = 0;
    setMessages((prev) => {
      const { next, addedAi } = mergeRoomMessages(prev, incoming);
      added = addedAi;
      return next;
    });
    // setMessages applies synchronously in the AI SDK's Chat; notify after.
    queueMicrotask(() => {
      if (added > 0 && useInterviewStore.getState().activeTab !== "chat") {
        useInterviewStore.getState().bumpUnread();
        toast.info("The interviewer replied", {
          action: { label: "Open chat", onClick: () => useInterviewStore.getState().setActiveTab("chat") },
        });
      }
    });
  }, [setMessages]);
  useRoomEvent((e) => {
    if (e.type !== "ai_message_complete") return;
    pending.current.push(e);
    flushRoom();
  });
  React.useEffect(() => {
    if (status === "ready" || status === "error") flushRoom();
  }, [status, flushRoom, engine === null]);

  // ---- input ----
  const draft = useChatStore((s) => s.draft);
  const setDraft = useChatStore((s) => s.setDraft);
  const inputRef = React.useRef<HTMLTextAreaElement>(null);
  const typingState = React.useRef({ typing: false, timer: undefined as ReturnType<typeof setTimeout> | undefined });
  const setTyping = React.useCallback(
    (typing: boolean) => {
      const t = typingState.current;
      clearTimeout(t.timer);
      if (typing) t.timer = setTimeout(() => setTyping(false), 1500);
      if (t.typing === typing) return;
      t.typing = typing;
      room.send({ type: "typing", isTyping: typing });
    },
    [room],
  );

  // A brief "sent" flourish beside the composer, gone once it has played.
  const [sentAt, setSentAt] = React.useState<number | null>(null);
  React.useEffect(() => {
    if (sentAt === null) return;
    const t = window.setTimeout(() => setSentAt(null), 900);
    return () => window.clearTimeout(t);
  }, [sentAt]);
  // A message sent before the engine has loaded waits for it (a fraction of a second).
  const queued = React.useRef<{ text: string; createdAt: string } | null>(null);
  const send = React.useCallback(
    (raw: string) => {
      const text = raw.trim();
      if (!text || readOnly) return;
      if (text.length > MAX_CHARS) {
        toast.error(`Messages are limited to ${MAX_CHARS} characters`);
        return;
      }
      if (busy || queued.current) {
        toast.info("The interviewer is still answering", { description: "Wait for the reply, or stop it first." });
        return;
      }
      setTyping(false);
      setTypewriter(null);
      const createdAt = new Date().toISOString();
      const e = engineRef.current;
      if (e) {
        e.clearError();
        void e.sendMessage({ text, metadata: { createdAt } });
      } else queued.current = { text, createdAt };
      setDraft("");
      listRef.current?.scrollToBottom();
      setSentAt(Date.now());
    },
    [busy, readOnly, setTyping, setTypewriter, setDraft],
  );
  React.useEffect(() => {
    const q = queued.current;
    if (!engine || !q) return;
    queued.current = null;
    void engine.sendMessage({ text: q.text, metadata: { createdAt: q.createdAt } });
  }, [engine]);
  const pendingSync = React.useRef<MessageDTO[] | null>(null);
  const applySync = React.useCallback(() => {
    const server = pendingSync.current;
    if (!server || !engineRef.current) return;
    if (statusRef.current === "submitted" || statusRef.current === "streaming") return;
    pendingSync.current = null;
    setMessages((prev) => syncWithServer(prev, server));
    // Back online after the answer's stream broke off: follow it again if it is still running.
    if (disconnected.current) {
      disconnected.current = false;
      void engineRef.current.resumeStream();
    }
  }, [setMessages]);
  const sync = React.useCallback(
    (server: MessageDTO[]) => {
      pendingSync.current = server;
      applySync();
    },
    [applySync],
  );
  React.useEffect(() => {
    if (status === "ready" || status === "error") applySync();
  }, [status, applySync, engine === null]);
  React.useImperativeHandle(ref, () => ({ send, sync }), [send, sync]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send(draft);
    }
  };

  // Grow the textarea with its content (up to a limit).
  React.useLayoutEffect(() => {
    const el = inputRef.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, 180)}px`;
  }, [draft]);

  // ---- scrolling: the virtualised list follows new content unless the reader scrolled up ----
  const listRef = React.useRef<VirtualMessageListHandle>(null);
  const lastText = messages.length ? textOf(messages[messages.length - 1]).length : 0;

  // Screen readers hear each new message once it is complete (the log itself is not live, so
  // messages mounting as the reader scrolls back are not read out again).
  const [announcement, setAnnouncement] = React.useState("");
  const announced = React.useRef(new Set(initial.map((m) => m.id)));
  React.useEffect(() => {
    const lastMessage = messages[messages.length - 1];
    if (!lastMessage || status === "streaming" || status === "submitted" || announced.current.has(lastMessage.id)) return;
    for (const m of messages) announced.current.add(m.id);
    if (lastMessage.role === "assistant") setAnnouncement(`Interviewer: ${textOf(lastMessage)}`);
  }, [messages, status]);

  const remoteTyping = useChatStore((s) => s.remoteTyping);
  const last = messages[messages.length - 1];
  const waitingForFirstToken =
    status === "submitted" || (status === "streaming" && (!last || last.role !== "assistant" || textOf(last) === ""));

  const chars = draft.length;
  return (
    <section aria-label="Chat with the interviewer" className="flex h-full min-h-0 flex-col">
      <VirtualMessageList
        ref={listRef}
        className="flex-1"
        items={messages}
        getKey={getMessageKey}
        followKey={`${messages.length}:${lastText}:${status}:${typewriterId ?? ""}`}
        scrollerProps={{
          role: "log",
          "aria-live": "off",
          "aria-label": "Conversation",
          // Focusable so keyboard users can scroll the history with the arrow keys.
          tabIndex: 0,
          className: "relative px-4 py-5 outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring sm:px-6",
          "data-testid": "chat-log",
        }}
        renderItem={(m, i) => {
          const streamingThis = status === "streaming" && i === messages.length - 1 && m.role === "assistant";
          return (
            <ChatMessage
              id={m.id}
              role={m.role === "user" ? "user" : "ai"}
              content={textOf(m)}
              timestamp={timeOf(m)}
              isStreaming={streamingThis}
              typewriter={typewriterId === m.id}
              onTypewriterDone={endTypewriter}
            />
          );
        }}
        footer={
          <div className="space-y-4">
            {waitingForFirstToken ? <TypingIndicator phase={status === "submitted" ? "thinking" : "typing"} /> : null}
            {remoteTyping ? (
              <p className="flex items-center gap-2 text-xs text-muted-foreground animate-fade-in">
                <TypingDots /> {remoteTyping} is typing…
              </p>
            ) : null}
            {error && !busy ? (
              <div
                role="alert"
                className="flex animate-shake flex-wrap items-center gap-3 rounded-xl border border-error/30 bg-error-soft px-4 py-3 text-caption"
              >
                <span className="flex-1 text-red-700 dark:text-red-300">{describeChatError(error)}</span>
                {!readOnly ? (
                  <Button size="sm" variant="outline" onClick={() => void engine?.regenerate()}>
                    <RotateCcw aria-hidden /> Retry
                  </Button>
                ) : null}
              </div>
            ) : null}
          </div>
        }
      />
      <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="chat-announcer">
        {announcement}
      </div>
      {Engine ? (
        <Engine interviewId={interviewId} initialMessages={initial} onError={onEngineError} onChange={setEngine} />
      ) : null}

      <div className="border-t border-border bg-surface/60 px-3 pb-3 pt-2 sm:px-4">
        {readOnly ? (
          <p className="py-2 text-center text-caption text-muted-foreground">{readOnlyReason ?? "This interview has ended."}</p>
        ) : (
          <>
            {messages.filter((m) => m.role === "user").length === 0 && !draft ? (
              <div className="mb-2 flex flex-wrap gap-1.5" aria-label="Suggestions">
                {SUGGESTIONS.map((s) => (
                  <button
                    key={s}
                    type="button"
                    onClick={() => {
                      if (s.endsWith(" ")) {
                        setDraft(s);
                        inputRef.current?.focus();
                      } else send(s);
                    }}
                    className="inline-flex items-center gap-1 rounded-full border border-border bg-surface px-2.5 py-1 text-xs text-muted-foreground transition-colors hover:border-primary/40 hover:text-foreground"
                  >
                    {s.includes("hint") ? <Lightbulb className="size-3" aria-hidden /> : null}
                    {s.trim()}
                  </button>
                ))}
              </div>
            ) : null}
            <form
              onSubmit={(e) => {
                e.preventDefault();
                send(draft);
              }}
              className="flex items-end gap-2 rounded-xl border border-input bg-surface p-1.5 transition-[border-color,box-shadow] duration-150 focus-within:border-primary focus-within:ring-3 focus-within:ring-primary/20"
            >
              <label htmlFor="chat-input" className="sr-only">
                Message the interviewer
              </label>
              <textarea
                id="chat-input"
                ref={inputRef}
                value={draft}
                onChange={(e) => {
                  setDraft(e.target.value);
                  setTyping(e.target.value.length > 0);
                }}
                onKeyDown={onKeyDown}
                rows={1}
                maxLength={MAX_CHARS}
                placeholder="Explain your approach, ask a question…"
                aria-describedby="chat-input-help"
                className="max-h-[180px] min-h-9 flex-1 resize-none bg-transparent px-2 py-1.5 text-caption leading-relaxed outline-none placeholder:text-muted-foreground focus-visible:outline-none"
              />
              {sentAt !== null ? (
                <LottieAnimation key={sentAt} name="message-sent" size={28} loop={false} className="self-center" />
              ) : null}
              {busy ? (
                <Button type="button" size="icon" variant="outline" onClick={() => void engine?.stop()} aria-label="Stop the reply">
                  <Square aria-hidden />
                </Button>
              ) : (
                <Button type="submit" size="icon" disabled={!draft.trim()} aria-label="Send message">
                  <Send aria-hidden />
                </Button>
              )}
            </form>
            <p id="chat-input-help" className="mt-1.5 flex items-center justify-between px-1 text-[0.6875rem] text-muted-foreground">
              <span className="inline-flex items-center gap-1">
                <Kbd>
                  <CornerDownLeft className="size-3" aria-hidden />
                  <span className="sr-only">Enter</span>
                </Kbd>
                to send · <Kbd>Shift</Kbd> + <Kbd>Enter</Kbd> for a new line
              </span>
              <span className={cn(chars > MAX_CHARS * 0.9 && "text-warning")} aria-live="polite">
                {chars > MAX_CHARS * 0.75 ? `${chars}/${MAX_CHARS}` : ""}
              </span>
            </p>
          </>
        )}
      </div>
    </section>
  );
});
