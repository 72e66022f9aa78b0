import { DefaultChatTransport, type UIMessage } from "ai";
import type { MessageDTO } from "@/lib/api/schemas";

type ChatMeta = { createdAt?: string };
export type ChatUIMessage = UIMessage<ChatMeta>;

/** Stored messages as useChat messages, under their stored ids (a resumed answer then replaces, never duplicates). */
export function toUIMessages(messages: MessageDTO[]): ChatUIMessage[] {
  return messages
    .filter((m) => m.role !== "system")
    .map((m) => ({
      id: m.id,
      role: m.role === "ai" ? ("assistant" as const) : ("user" as const),
      parts: [{ type: "text" as const, text: m.content }],
      metadata: { createdAt: m.timestamp },
    }));
}

export interface ChatTransportOptions {
  /** Origin of the API; the page's own when unset. */
  baseUrl?: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/**
 * How useChat talks to the interviewer: messages go to POST …/chat; resuming (useChat
 * `resume`) reads GET …/chat/stream, the answer still streaming replayed from its start, which
 * the transport treats as a replay and so shows once.
 */
export function interviewChatTransport(interviewId: string, options: ChatTransportOptions = {}): DefaultChatTransport<ChatUIMessage> {
  const base = `${options.baseUrl ?? ""}/api/v1/interviews/${interviewId}/chat`;
  return new DefaultChatTransport<ChatUIMessage>({
    api: base,
    headers: options.headers,
    fetch: options.fetch,
    prepareReconnectToStreamRequest: () => ({ api: `${base}/stream` }),
  });
}
