import { handle, readJson } from "@/lib/api/http";
import { LoginRequestSchema } from "@/lib/api/schemas";
import { getAuth } from "@/lib/auth/server";
import { issueTokens } from "@/lib/auth/tokens";

export const POST = handle(async (req) => {
  const body = await readJson(req, LoginRequestSchema);
  const auth = await getAuth();
  return issueTokens(() => auth.api.signInEmail({ body, headers: req.headers, returnHeaders: true }));
});
