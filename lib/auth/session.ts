import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type User } from "@/db/schema";
import { HttpError } from "@/lib/api/http";
import { getAuth } from "./server";

export interface CurrentUser {
  id: string;
  name: string;
  email: string | null;
  isGuest: boolean;
}

function toCurrentUser(u: Pick<User, "id" | "name" | "email" | "isAnonymous">): CurrentUser {
  return { id: u.id, name: u.name, email: u.isAnonymous ? null : u.email, isGuest: u.isAnonymous };
}

const looksLikeJwt = (token: string) => token.split(".").length === 3;

/** Resolves the caller from a bearer JWT or the session cookie; null when signed out. */
export async function currentUser(req: Request): Promise<CurrentUser | null> {
  const auth = await getAuth();
  const header = req.headers.get("authorization");
  const bearer = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer && looksLikeJwt(bearer)) {
    const verified = await auth.api.verifyJWT({ body: { token: bearer } }).catch(() => null);
    const sub = verified?.payload?.sub;
    if (!sub) return null;
    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.id, sub)).limit(1);
    return row ? toCurrentUser(row) : null;
  }
  const session = await auth.api.getSession({ headers: req.headers }).catch(() => null);
  if (!session) return null;
  return toCurrentUser({
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
    isAnonymous: Boolean((session.user as { isAnonymous?: boolean | null }).isAnonymous),
  });
}

export async function requireUser(req: Request): Promise<CurrentUser> {
  const user = await currentUser(req);
  if (!user) throw new HttpError(401, "Sign in or continue as a guest to use this endpoint");
  return user;
}

/** Turns a better-auth error into an HttpError with its message. */
export function authError(err: unknown): never {
  if (err instanceof APIError) {
    const status = typeof err.statusCode === "number" ? err.statusCode : 400;
    const message = (err.body as { message?: string } | undefined)?.message ?? err.message;
    throw new HttpError(status >= 400 && status < 500 ? status : 400, message || "Authentication failed");
  }
  throw err;
}
