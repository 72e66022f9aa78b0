import http from "node:http";
import type { AddressInfo } from "node:net";
import { routeHandler } from "./api";

export interface ApiServer {
  /** Base URL of the API, e.g. http://127.0.0.1:PORT/api/v1 */
  url: string;
  close(): Promise<void>;
}

/**
 * A real HTTP server in front of the route handlers of app/api/v1, for suites where the
 * connection itself matters. Like Next.js, it aborts the request's signal and cancels the
 * response body when the client goes away mid-response.
 */
export async function startApiServer(): Promise<ApiServer> {
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    void serve(req, res).catch((err) => {
      console.error("[api-server]", err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function serve(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
  const method = req.method ?? "GET";
  const route = url.pathname.startsWith("/api/v1/") ? await routeHandler(method, url.pathname.slice("/api/v1".length)) : null;
  if (!route?.handler) {
    res.writeHead(route ? 405 : 404).end();
    return;
  }
  const clientGone = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) clientGone.abort();
  });

  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks);
  const request = new Request(url, { method, headers, body, signal: clientGone.signal });
  const response = await route.handler(request, { params: Promise.resolve(route.params) });

  const outHeaders: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") outHeaders[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) outHeaders["set-cookie"] = cookies;
  res.writeHead(response.status, outHeaders);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  clientGone.signal.addEventListener("abort", () => void reader.cancel().catch(() => {}));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || clientGone.signal.aborted) break;
      res.write(value);
    }
  } catch {
    /* the body was cancelled because the client left */
  } finally {
    res.end();
  }
}
