import { afterAll, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startPartykit, type RunningPartykit } from "../helpers/partykit";
import { RoomClient, codeResult, newInterviewId, postEvent, tokenFor, wsUrl } from "./support";

/** What the room keeps lives in room.storage, so it outlasts a restart of the room server. */

const SECRET = randomBytes(32).toString("hex");
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "room-restart-"));
let pk: RunningPartykit | undefined;

afterAll(async () => {
  await pk?.stop();
  fs.rmSync(stateDir, { recursive: true, force: true });
});

it("replays the stored result, stage, status and code after the room server restarts", async () => {
  const id = newInterviewId();
  pk = await startPartykit({ secret: SECRET, persist: stateDir });
  const cand = await RoomClient.join(wsUrl(pk.url, `interview-${id}`, await tokenFor(SECRET, id, { id: "cand" })));
  cand.send({ type: "code_update", code: "def f(): pass", language: "python" });
  await cand.sync();
  for (const event of [
    codeResult("before-restart", 2),
    { type: "stage_changed", stage: "test" },
    { type: "interview_status", status: "in_progress", paused_at: null },
  ]) {
    expect((await postEvent(pk.url, id, event, SECRET)).status).toBe(200);
  }
  await cand.close();
  await pk.stop();

  // Same port is not needed: a fresh process on the same storage folder.
  pk = await startPartykit({ secret: SECRET, persist: stateDir });
  const again = await RoomClient.join(wsUrl(pk.url, `interview-${id}`, await tokenFor(SECRET, id, { id: "rec", role: "observer" })));
  const replay = (await again.sync()).filter((e) => e.type !== "connected" && e.type !== "presence");
  expect(replay).toEqual([
    { type: "interview_status", status: "in_progress", paused_at: null },
    { type: "stage_changed", stage: "test" },
    codeResult("before-restart", 2),
    { type: "code_sync", code: "def f(): pass", language: "python", user_id: "cand" },
  ]);
  await again.close();
});
