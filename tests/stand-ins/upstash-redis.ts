import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";

/**
 * Upstash Redis's REST protocol in front of a real Redis: what @upstash/redis sends
 * (`POST /` with a command as a JSON array, `POST /pipeline` and `POST /multi-exec` with arrays of
 * them, Bearer token, `Upstash-Encoding: base64` for bulk replies) translated to RESP on a socket.
 */

// ---------------------------------------------------------------- a minimal RESP client

type Reply = string | number | null | Reply[] | RedisError;
class RedisError {
  constructor(readonly message: string) {}
}

class Resp {
  private buf = Buffer.alloc(0);
  private waiting: ((r: Reply) => void)[] = [];
  constructor(private readonly socket: net.Socket) {
    socket.on("data", (chunk) => {
      this.buf = Buffer.concat([this.buf, chunk]);
      for (;;) {
        const parsed = parse(this.buf, 0);
        if (!parsed) break;
        this.buf = this.buf.subarray(parsed.end);
        this.waiting.shift()?.(parsed.value);
      }
    });
  }

  static connect(port: number): Promise<Resp> {
    return new Promise((resolve, reject) => {
      const s = net.connect(port, "127.0.0.1", () => resolve(new Resp(s)));
      s.once("error", reject);
    });
  }

  send(args: (string | number)[]): Promise<Reply> {
    const parts = [`*${args.length}\r\n`];
    for (const a of args) {
      const s = String(a);
      parts.push(`$${Buffer.byteLength(s)}\r\n${s}\r\n`);
    }
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.socket.write(parts.join(""));
    });
  }

  close() {
    this.socket.destroy();
  }
}

function parse(buf: Buffer, at: number): { value: Reply; end: number } | null {
  const eol = buf.indexOf("\r\n", at);
  if (eol < 0) return null;
  const line = buf.toString("utf8", at + 1, eol);
  const next = eol + 2;
  switch (String.fromCharCode(buf[at])) {
    case "+":
      return { value: line, end: next };
    case "-":
      return { value: new RedisError(line), end: next };
    case ":":
      return { value: Number(line), end: next };
    case "$": {
      const len = Number(line);
      if (len < 0) return { value: null, end: next };
      if (buf.length < next + len + 2) return null;
      return { value: buf.toString("utf8", next, next + len), end: next + len + 2 };
    }
    case "*": {
      const n = Number(line);
      if (n < 0) return { value: null, end: next };
      const items: Reply[] = [];
      let pos = next;
      for (let i = 0; i < n; i++) {
        const p = parse(buf, pos);
        if (!p) return null;
        items.push(p.value);
        pos = p.end;
      }
      return { value: items, end: pos };
    }
    default:
      throw new Error(`unexpected RESP reply: ${line}`);
  }
}

// ---------------------------------------------------------------- a Redis to talk to

export interface LocalRedis {
  port: number;
  stop(): Promise<void>;
}

/** A private redis-server on a free port (nothing persisted); null when Redis is not installed. */
export async function startRedis(): Promise<LocalRedis | null> {
  if (spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status !== 0) return null;
  const port = await new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const p = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(p));
    });
  });
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      (await Resp.connect(port)).close();
      return {
        port,
        stop: () =>
          new Promise<void>((resolve) => {
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  child.kill("SIGKILL");
  throw new Error("redis-server did not start");
}

// ---------------------------------------------------------------- the REST front

export interface UpstashStandIn {
  url: string;
  token: string;
  commands: string[][];
  close(): Promise<void>;
}

export async function startUpstashStandIn(redisPort: number): Promise<UpstashStandIn> {
  const token = crypto.randomBytes(16).toString("hex");
  const commands: string[][] = [];
  // One connection per request keeps MULTI/EXEC blocks from interleaving.
  const run = async (batch: string[][], transaction: boolean): Promise<Reply[]> => {
    const conn = await Resp.connect(redisPort);
    try {
      const out: Reply[] = [];
      if (transaction) await conn.send(["MULTI"]);
      for (const cmd of batch) {
        commands.push(cmd);
        out.push(await conn.send(cmd));
      }
      if (transaction) {
        const exec = await conn.send(["EXEC"]);
        return Array.isArray(exec) ? exec : [exec];
      }
      return out;
    } finally {
      conn.close();
    }
  };

  const encode = (v: Reply, base64: boolean): unknown => {
    if (v instanceof RedisError) return v;
    if (Array.isArray(v)) return v.map((x) => encode(x, base64));
    if (typeof v === "string") return base64 && v !== "OK" ? Buffer.from(v).toString("base64") : v;
    return v;
  };
  const wrap = (v: Reply, base64: boolean) => (v instanceof RedisError ? { error: v.message } : { result: encode(v, base64) });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== `Bearer ${token}`) return send(401, { error: "Unauthorized" });
      const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return send(400, { error: "ERR failed to parse command" });
      }
      const path = (req.url ?? "/").split("?")[0].replace(/\/+$/, "");
      try {
        if (path === "" || path === "/") {
          const [reply] = await run([(body as unknown[]).map(String)], false);
          return reply instanceof RedisError ? send(400, { error: reply.message }) : send(200, wrap(reply, base64));
        }
        if (path === "/pipeline" || path === "/multi-exec") {
          const replies = await run((body as unknown[][]).map((c) => c.map(String)), path === "/multi-exec");
          return send(200, replies.map((r) => wrap(r, base64)));
        }
        return send(404, { error: "not found" });
      } catch (err) {
        return send(500, { error: String(err) });
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    commands,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
