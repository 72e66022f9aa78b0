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
