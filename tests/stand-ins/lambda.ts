import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Serves a Lambda handler over local HTTP the way AWS invokes it: a function URL (payload 2.0)
 * or an API Gateway REST API proxy integration (payload 1.0). Handler results go back as HTTP.
 */
export type LambdaHandler = (event: unknown) => Promise<{ statusCode: number; headers?: Record<string, string>; body?: string }>;

export interface LambdaStandIn {
  url: string;
  invocations: number;
  close(): Promise<void>;
}

export async function serveLambda(handler: LambdaHandler, format: "function-url" | "rest-api" = "function-url"): Promise<LambdaStandIn> {
  const state = { invocations: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      state.invocations++;
      const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : String(v)]));
      const body = chunks.length ? Buffer.concat(chunks).toString("utf8") : null;
      const event =
        format === "function-url"
          ? {
              version: "2.0",
              routeKey: "$default",
              rawPath: url.pathname,
              rawQueryString: url.search.slice(1),
              headers,
              requestContext: { domainName: req.headers.host, http: { method: req.method, path: url.pathname, sourceIp: "127.0.0.1" } },
              body,
              isBase64Encoded: false,
            }
          : {
              resource: url.pathname,
              path: url.pathname,
              httpMethod: req.method,
              headers,
              queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : null,
              requestContext: { stage: "test", domainName: req.headers.host },
              body,
              isBase64Encoded: false,
            };
      try {
        const out = await handler(event);
        res.writeHead(out.statusCode, out.headers ?? {});
        res.end(out.body ?? "");
      } catch (err) {
        // What Lambda answers for an unhandled error.
        console.error("[lambda stand-in] handler threw:", err);
        res.writeHead(502, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: "Internal Server Error" }));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    get invocations() {
      return state.invocations;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
