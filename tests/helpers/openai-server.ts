import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A small OpenAI-compatible `/v1/chat/completions` endpoint that each test scripts: what it
 * answers, in which pieces, how slowly, and how it fails. It records every request, so a test
 * can read the prompt exactly as a hosted model would receive it.
 */

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatCompletionBody {
  model: string;
  stream?: boolean;
  messages: ChatMessage[];
  [key: string]: unknown;
}

export interface RecordedRequest {
  path: string;
  authorization: string | undefined;
  body: ChatCompletionBody;
  /** Settles when the connection ends; `byClient` when the client hung up before the answer was complete. */
  closed: Promise<{ byClient: boolean }>;
}

export interface ScriptedAnswer {
  /** The answer, streamed word by word (unless `chunks` is given). */
  reply?: string;
  /** The exact pieces to stream; joined, they are the answer. */
  chunks?: string[];
  /** Wait before the response headers. */
  headersDelayMs?: number;
  /** Wait before each piece. */
  chunkDelayMs?: number;
  /** Answer with this HTTP status and an OpenAI-style error body instead. */
  status?: number;
  /**
   * After the pieces: finish normally (default), destroy the socket, go silent with the connection
   * held open until the client leaves, or send a line that is not JSON and end the response.
   */
  then?: "finish" | "drop" | "stall" | "malformed";
}

export interface ScriptedOpenAIServer {
  /** For LLM_BASE_URL: ends in /v1. */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Queues answers for the next requests, in order; after them, requests get the default answer. */
  script(...answers: ScriptedAnswer[]): void;
  /** Forgets queued answers and recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

export const DEFAULT_ANSWER: ScriptedAnswer = { reply: "Which input fails, and what does your loop do on it?" };

/** The system message of a recorded request. */
export function systemPromptOf(request: RecordedRequest): string {
  return request.body.messages.filter((m) => m.role === "system").map((m) => m.content).join("\n\n");
}

/** The conversation turns of a recorded request (everything but the system message). */
export function turnsOf(request: RecordedRequest): ChatMessage[] {
  return request.body.messages.filter((m) => m.role !== "system");
}

export async function startOpenAIServer(defaultAnswer: ScriptedAnswer = DEFAULT_ANSWER): Promise<ScriptedOpenAIServer> {
  const requests: RecordedRequest[] = [];
  let queue: ScriptedAnswer[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    void answer(req, res).catch(() => res.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    let droppedByUs = false;
    let gone = false;
    const connectionClosed = new Promise<void>((resolve) => res.on("close", () => resolve()));
    const closed = connectionClosed.then(() => ({ byClient: !res.writableFinished && !droppedByUs }));
    res.on("close", () => {
      gone = true;
    });
    // Sleeps that end early when the connection goes.
    const wait = (ms: number) => Promise.race([new Promise<void>((r) => setTimeout(r, ms).unref()), connectionClosed]);

    let body: ChatCompletionBody;
    try {
      body = JSON.parse(raw) as ChatCompletionBody;
    } catch {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "body is not JSON", type: "invalid_request_error" } }));
      return;
    }
    requests.push({ path: req.url ?? "", authorization: req.headers.authorization, body, closed });
    const script = queue.shift() ?? defaultAnswer;

    if (script.headersDelayMs) await wait(script.headersDelayMs);
    if (gone) return;
    if (script.status !== undefined) {
      res.writeHead(script.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: `scripted failure ${script.status}`, type: "server_error", code: null } }));
      return;
    }

    const pieces = script.chunks ?? splitWords(script.reply ?? "");
    const base = { id: "chatcmpl-scripted", created: 1_700_000_000, model: body.model };
    const then = script.then ?? "finish";

    if (!body.stream) {
      if (script.chunkDelayMs) await wait(script.chunkDelayMs * pieces.length);
      if (gone) return;
      if (then === "drop") {
        droppedByUs = true;
        res.destroy();
        return;
      }
      if (then === "stall") return;
      res.writeHead(200, { "content-type": "application/json" });
      if (then === "malformed") {
        res.end("{not json");
        return;
      }
      res.end(
        JSON.stringify({
          ...base,
          object: "chat.completion",
          choices: [{ index: 0, message: { role: "assistant", content: pieces.join("") }, finish_reason: "stop" }],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        }),
      );
      return;
    }

    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    res.flushHeaders();
    for (const piece of pieces) {
      if (script.chunkDelayMs) await wait(script.chunkDelayMs);
      if (gone) return;
      const chunk = { ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] };
      res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    }
    if (gone) return;
    if (then === "drop") {
      droppedByUs = true;
      // Let the pieces already written reach the client before the connection dies.
      await wait(20);
      res.destroy();
      return;
    }
    if (then === "stall") return;
    if (then === "malformed") {
      res.end(`data: {"choices": [{"delta": \n\n`);
      return;
    }
    const last = {
      ...base,
      object: "chat.completion.chunk",
      choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    };
    res.end(`data: ${JSON.stringify(last)}\n\ndata: [DONE]\n\n`);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script(...answers) {
      queue.push(...answers);
    },
    reset() {
      queue = [];
      requests.length = 0;
    },
    close() {
      // Stalled answers hold their connections open; end them with the server.
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Word-sized pieces (each word keeps its trailing space) that join back to the text. */
export function splitWords(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}
