"use client";

import * as React from "react";
import { Markdown } from "@/components/markdown";
import { useEntrance } from "@/components/motion";
import { cn } from "@/components/ui/utils";
import { AiAvatar } from "./TypingIndicator";

export interface ChatMessageProps {
  id: string;
  role: "user" | "ai";
  content: string;
  timestamp?: Date;
  isStreaming?: boolean;
  /** Reveal the text progressively (first view of the greeting). */
  typewriter?: boolean;
  onTypewriterDone?: () => void;
}

function useTypewriter(text: string, enabled: boolean, onDone?: () => void) {
  const [shown, setShown] = React.useState(enabled ? 0 : text.length);
  const doneRef = React.useRef(onDone);
  React.useEffect(() => {
    doneRef.current = onDone;
  }, [onDone]);
  React.useEffect(() => {
    if (!enabled) {
      setShown(text.length);
      return;
    }
    // About 3 s in total whatever the length, at least a character per frame.
    const perFrame = Math.max(1, Math.ceil(text.length / 180));
    let pos = 0;
    let raf = 0;
    const step = () => {
      pos = Math.min(text.length, pos + perFrame);
      // Break on word boundaries so Markdown never renders half a token for long.
      const next = text.indexOf(" ", pos);
      const cut = next === -1 || next - pos > 12 ? pos : next;
      setShown(cut);
      if (cut < text.length) raf = requestAnimationFrame(step);
      else doneRef.current?.();
    };
    raf = requestAnimationFrame(step);
    return () => cancelAnimationFrame(raf);
  }, [text, enabled]);
  return enabled ? text.slice(0, shown) : text;
}

function formatTime(d?: Date) {
  if (!d || Number.isNaN(d.getTime())) return null;
  return d.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}

export const ChatMessage = React.memo(function ChatMessage({
  id,
  role,
  content,
  timestamp,
  isStreaming,
  typewriter = false,
  onTypewriterDone,
}: ChatMessageProps) {
  const text = useTypewriter(content, typewriter, onTypewriterDone);
  const revealing = typewriter && text.length < content.length;
  const time = formatTime(timestamp);
  const entrance = useEntrance<HTMLElement>(role === "user" ? "below" : "left");

  if (role === "user") {
    return (
      <article
        ref={entrance}
        className="flex justify-end"
        aria-label="You said"
        data-testid="chat-message"
        data-role="user"
        data-message-id={id}
      >
        <div className="max-w-[85%]">
          <div className="whitespace-pre-wrap break-words rounded-2xl rounded-br-md bg-bubble-user px-4 py-2.5 text-caption text-white shadow-sm shadow-primary/20">
            {content}
          </div>
          {time ? <p className="mt-1 text-right text-[0.6875rem] text-muted-foreground">{time}</p> : null}
        </div>
      </article>
    );
  }

  return (
    <article
      ref={entrance}
      className="flex items-end gap-2"
      aria-label="Interviewer said"
      aria-busy={isStreaming || revealing || undefined}
      data-testid="chat-message"
      data-role="assistant"
      data-message-id={id}
      data-streaming={isStreaming || revealing ? "true" : "false"}
    >
      <AiAvatar className="mb-5" />
      <div className="min-w-0 max-w-[90%]">
        <div className="rounded-2xl rounded-bl-md border border-border bg-bubble-ai px-4 py-2.5 text-caption shadow-sm">
          <Markdown text={text} className={cn((isStreaming || revealing) && "is-streaming")} />
        </div>
        {time ? <p className="mt-1 text-[0.6875rem] text-muted-foreground">Interviewer · {time}</p> : null}
      </div>
    </article>
  );
});
