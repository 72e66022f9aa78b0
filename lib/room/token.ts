import { SignJWT, jwtVerify } from "jose";

/** Claims of the short-lived token that lets a browser join one interview's room. */
export interface RoomClaims {
  sub: string; // user id
  room: string; // interview-<id>
  role: "candidate" | "observer";
  name: string;
}

const AUDIENCE = "interview-room";
export const ROOM_TOKEN_TTL_SECONDS = 15 * 60;

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signRoomToken(claims: RoomClaims, secret: string, ttlSeconds = ROOM_TOKEN_TTL_SECONDS) {
  return new SignJWT({ room: claims.room, role: claims.role, name: claims.name })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.sub)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key(secret));
}

/** Returns the claims, or throws when the token is bad, expired, or for another room. */
export async function verifyRoomToken(token: string, secret: string, room: string): Promise<RoomClaims> {
  const { payload } = await jwtVerify(token, key(secret), { audience: AUDIENCE, algorithms: ["HS256"] });
  if (payload.room !== room) throw new Error("token is for another room");
  if (typeof payload.sub !== "string") throw new Error("token has no subject");
  const role = payload.role === "observer" ? "observer" : "candidate";
  return { sub: payload.sub, room, role, name: typeof payload.name === "string" ? payload.name : "Guest" };
}

/** Header the app uses when posting events to the room. */
export const ROOM_SECRET_HEADER = "x-room-secret";

/**
 * Compares a presented secret with the expected one through their SHA-256 digests, so the time
 * taken says nothing about either's length or bytes. WebCrypto: runs in the room and in Node.
 */
export async function secretsMatch(given: string, expected: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", enc.encode(given)),
    crypto.subtle.digest("SHA-256", enc.encode(expected)),
  ]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}
