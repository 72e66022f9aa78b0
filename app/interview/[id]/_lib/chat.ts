import { DefaultChatTransport } from "ai";
import type { ChatUIMessage } from "./messages";

export { toUIMessages, type ChatUIMessage } from "./messages";

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
