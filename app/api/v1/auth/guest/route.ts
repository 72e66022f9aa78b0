import { handle } from "@/lib/api/http";
import { getAuth } from "@/lib/auth/server";
import { issueTokens } from "@/lib/auth/tokens";

export const POST = handle(async (req) => {
  const auth = await getAuth();
  return issueTokens(() => auth.api.signInAnonymous({ headers: req.headers, returnHeaders: true }), 201);
});
