"use client";

import * as React from "react";
import { useChat, type UseChatHelpers } from "@ai-sdk/react";
import { interviewChatTransport } from "./chat";
import type { ChatUIMessage } from "./messages";

/**
 * The AI SDK's useChat (the UI message stream parser, its zod schemas and the transport,
 * ~140 KB gzipped) in a module of its own. ChatPanel imports it after the page is interactive
 * and renders the stored conversation meanwhile; this component renders nothing and hands
 * useChat's state and actions up on every change.
 */

export type ChatEngineState = Pick<
  UseChatHelpers<ChatUIMessage>,
  "messages" | "status" | "error" | "sendMessage" | "stop" | "setMessages" | "regenerate" | "clearError" | "resumeStream"
>;

export interface ChatEngineProps {
  interviewId: string;
  initialMessages: ChatUIMessage[];
  onError: (error: Error) => void;
  onChange: (state: ChatEngineState | null) => void;
}

function ChatEngine({ interviewId, initialMessages, onError, onChange }: ChatEngineProps) {
  const transport = React.useMemo(() => interviewChatTransport(interviewId), [interviewId]);
  const onErrorRef = React.useRef(onError);
  onErrorRef.current = onError;
  const chat = useChat<ChatUIMessage>({
    id: `interview-${interviewId}`,
    messages: initialMessages,
    transport,
    experimental_throttle: 40,
    // After a reload, pick up an answer that is still being written. Stop only leaves it: the
    // server finishes and stores the answer either way.
    resume: true,
    onError: (err) => onErrorRef.current(err),
  });
  const { messages, status, error, sendMessage, stop, setMessages, regenerate, clearError, resumeStream } = chat;
  React.useLayoutEffect(() => {
    onChange({ messages, status, error, sendMessage, stop, setMessages, regenerate, clearError, resumeStream });
  }, [onChange, messages, status, error, sendMessage, stop, setMessages, regenerate, clearError, resumeStream]);
  React.useEffect(() => () => onChange(null), [onChange]);
  return null;
}

export default React.memo(ChatEngine);
