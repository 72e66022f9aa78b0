import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { anonymous, bearer, jwt } from "better-auth/plugins";
import { getDbHandle, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { env } from "@/lib/env";

/** Access tokens outlive the longest interview, so a bearer client is never cut off mid-session. */
export const ACCESS_TOKEN_TTL = "12h";

function trustedOrigins(appUrl: string): string[] {
  const url = new URL(appUrl);
  const origins = new Set([url.origin]);
  // The same local server is reached as localhost and 127.0.0.1.
  for (const host of ["localhost", "127.0.0.1"]) {
    if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
      origins.add(`${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
    }
  }
  return [...origins];
}

function createAuth(db: Db) {
  const e = env();
  return betterAuth({
    appName: "Interview Coach",
    baseURL: e.APP_URL,
    basePath: "/api/v1/auth/ba",
    secret: e.AUTH_SECRET,
    trustedOrigins: trustedOrigins(e.APP_URL),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        users: schema.users,
        sessions: schema.sessions,
        accounts: schema.accounts,
        verifications: schema.verifications,
        jwks: schema.jwks,
      },
    }),
    user: { modelName: "users" },
    session: { modelName: "sessions", expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    account: { modelName: "accounts" },
    verification: { modelName: "verifications" },
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    plugins: [
      anonymous({ emailDomainName: "guest.interview-coach.local", generateName: () => "Guest" }),
      bearer(),
      jwt({
        jwt: { expirationTime: ACCESS_TOKEN_TTL, issuer: e.APP_URL, audience: e.APP_URL },
        disableSettingJwtHeader: true,
      }),
    ],
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const cache = new WeakMap<Db, Auth>();

/** The auth instance bound to the current database handle. */
export async function getAuth(): Promise<Auth> {
  const { db } = await getDbHandle();
  let auth = cache.get(db);
  if (!auth) {
    auth = createAuth(db);
    cache.set(db, auth);
  }
  return auth;
}
