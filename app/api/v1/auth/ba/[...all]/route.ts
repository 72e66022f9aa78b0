import { getAuth } from "@/lib/auth/server";

// better-auth's own endpoints (JWKS for verifying access tokens, session refresh).
async function forward(req: Request): Promise<Response> {
  const auth = await getAuth();
  return auth.handler(req);
}

export const GET = forward;
export const POST = forward;
