import { NextResponse } from "next/server";
import { handle } from "@/lib/api/http";
import { getAuth } from "@/lib/auth/server";

export const POST = handle(async (req) => {
  const auth = await getAuth();
  const res = NextResponse.json({ success: true });
  const out = await auth.api.signOut({ headers: req.headers, returnHeaders: true }).catch(() => null);
  for (const cookie of out?.headers.getSetCookie() ?? []) res.headers.append("set-cookie", cookie);
  return res;
});
