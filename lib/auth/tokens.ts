import { NextResponse } from "next/server";
import { authError } from "./session";
import { getAuth } from "./server";

type AuthResult = { headers: Headers; response: { token: string | null } | null };

/**
 * Completes a sign-in: mints the JWT access token for the new session and returns it
 * in the brief's shape, carrying the session cookie along.
 */
export async function issueTokens(run: () => Promise<AuthResult>, status = 200): Promise<NextResponse> {
  const auth = await getAuth();
  let result: AuthResult;
  try {
    result = await run();
  } catch (err) {
    authError(err);
  }
  const sessionToken = result.response?.token;
  if (!sessionToken) throw new Error("sign-in returned no session token");
  const { token } = await auth.api.getToken({
    headers: new Headers({ authorization: `Bearer ${sessionToken}` }),
  });
  const res = NextResponse.json({ access_token: token, token_type: "bearer" as const }, { status });
  for (const cookie of result.headers.getSetCookie()) res.headers.append("set-cookie", cookie);
  return res;
}
