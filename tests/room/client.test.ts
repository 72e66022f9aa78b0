import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { randomBytes } from "node:crypto";
import net from "node:net";
import PartySocket from "partysocket";
import WS from "ws";
import { resetEnvCache } from "@/lib/env";
import { postToRoom, roomConnectionInfo, roomHttpUrl, ROOM_POST_TIMEOUT_MS } from "@/lib/room/client";
import { verifyRoomToken } from "@/lib/room/token";
import type { ServerEvent } from "@/lib/room/events";
import { freePort, startPartykit, type RunningPartykit } from "../helpers/partykit";
import { RoomClient, codeResult, newInterviewId, snapshot, wsUrl } from "./support";

/** The app-side helpers (lib/room/client.ts) against a real `partykit dev`, and against no server at all. */

const SECRET = randomBytes(32).toString("hex");
const saved = { ...process.env };
let pk: RunningPartykit;

function useEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
}

beforeAll(async () => {
  pk = await startPartykit({ secret: SECRET });
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  resetEnvCache();
});
afterAll(async () => {
  await pk?.stop();
});

describe("postToRoom", () => {
  it("delivers an event to everyone in the room and the room keeps it", async () => {
    useEnv({ PARTYKIT_URL: pk.url, ROOM_SECRET: SECRET });
    const id = newInterviewId();
    const info = await roomConnectionInfo(id, { id: "cand", name: "Ada" }, "candidate");
    const c = await RoomClient.join(wsUrl(pk.url, info.room, info.token));
    try {
      expect(await postToRoom(id, codeResult("e1", 3))).toBe(true);
      expect(await c.next("code_result")).toEqual(codeResult("e1", 3));
      expect((await snapshot(pk.url, id, SECRET)).body.state.code_result).toEqual(codeResult("e1", 3));
    } finally {
      await c.close();
    }
  });

  it("returns false with one log line when the room refuses the secret", async () => {
    useEnv({ PARTYKIT_URL: pk.url, ROOM_SECRET: randomBytes(32).toString("hex") });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await postToRoom(newInterviewId(), { type: "stage_changed", stage: "code" })).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/stage_changed .* refused: HTTP 401/);
  });

  it("returns false without calling the room for an event that breaks the contract", async () => {
    useEnv({ PARTYKIT_URL: pk.url, ROOM_SECRET: SECRET });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const id = newInterviewId();
    const bad = { type: "interview_hint", hint: "x", difficulty_level: "extreme" } as unknown as ServerEvent;
    expect(await postToRoom(id, bad)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    // Nothing reached the room: it has no state and was never asked to relay anything.
    expect((await snapshot(pk.url, id, SECRET)).body.state).toEqual({});
  });

  it("returns false quickly, without throwing, when nothing listens", async () => {
    const port = await freePort();
    useEnv({ PARTYKIT_URL: `http://127.0.0.1:${port}`, ROOM_SECRET: SECRET });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const started = Date.now();
    expect(await postToRoom(newInterviewId(), { type: "stage_changed", stage: "code" })).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/not delivered \(ECONNREFUSED\)/);
  });

  it("gives up after its timeout when the room accepts but never answers", async () => {
    const sockets = new Set<net.Socket>();
    const blackhole = net.createServer((s) => sockets.add(s));
    await new Promise<void>((r) => blackhole.listen(0, "127.0.0.1", r));
    const { port } = blackhole.address() as net.AddressInfo;
    useEnv({ PARTYKIT_URL: `http://127.0.0.1:${port}`, ROOM_SECRET: SECRET });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const started = Date.now();
      expect(await postToRoom(newInterviewId(), { type: "stage_changed", stage: "code" })).toBe(false);
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(ROOM_POST_TIMEOUT_MS - 100);
      expect(took).toBeLessThan(ROOM_POST_TIMEOUT_MS + 1_000);
      expect(String(warn.mock.calls[0][0])).toMatch(/no answer in 2000 ms/);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => blackhole.close(r));
    }
  });
});

describe("roomConnectionInfo", () => {
  it("gives a browser what PartySocket needs to join, with a token for this room and role", async () => {
    useEnv({ PARTYKIT_URL: "http://10.0.0.5:1999", NEXT_PUBLIC_PARTYKIT_URL: pk.url, ROOM_SECRET: SECRET });
    const id = newInterviewId();
    const info = await roomConnectionInfo(id, { id: "rec-1", name: "Grace" }, "observer");
    expect(info).toMatchObject({
      url: `${pk.url.replace("http", "ws")}/parties/main/interview-${id}`,
      host: new URL(pk.url).host,
      protocol: "ws",
      party: "main",
      room: `interview-${id}`,
    });
    expect(await verifyRoomToken(info.token, SECRET, info.room)).toMatchObject({ sub: "rec-1", role: "observer", name: "Grace" });

    // The same fields, as the browser hook passes them, open a real PartySocket.
    const socket = new PartySocket({
      host: info.host,
      protocol: info.protocol,
      party: info.party,
      room: info.room,
      query: { token: info.token },
      WebSocket: WS,
      maxRetries: 0,
    });
    try {
      const first = await new Promise<unknown>((resolve, reject) => {
        socket.addEventListener("message", (e) => resolve(JSON.parse(String(e.data))));
        socket.addEventListener("error", () => reject(new Error("PartySocket failed to connect")));
      });
      expect(first).toMatchObject({ type: "connected", interview_id: id, user_id: "rec-1" });
    } finally {
      socket.close();
    }
  });

  it("maps http to ws and https to wss, preferring NEXT_PUBLIC_PARTYKIT_URL", async () => {
    useEnv({ PARTYKIT_URL: "http://127.0.0.1:1999", NEXT_PUBLIC_PARTYKIT_URL: "https://rooms.example.com", ROOM_SECRET: SECRET });
    const secure = await roomConnectionInfo("abc", { id: "u", name: "U" }, "candidate");
    expect(secure).toMatchObject({ url: "wss://rooms.example.com/parties/main/interview-abc", host: "rooms.example.com", protocol: "wss" });

    useEnv({ PARTYKIT_URL: "http://rooms.internal:8080", NEXT_PUBLIC_PARTYKIT_URL: undefined });
    const plain = await roomConnectionInfo("abc", { id: "u", name: "U" }, "candidate");
    expect(plain).toMatchObject({ url: "ws://rooms.internal:8080/parties/main/interview-abc", host: "rooms.internal:8080", protocol: "ws" });
    expect(roomHttpUrl("abc")).toBe("http://rooms.internal:8080/parties/main/interview-abc");
  });
});
