import { handle, json } from "@/lib/api/http";
import { requireAccount, myTeam } from "@/lib/recruiting/teams";

/** The caller's team, role and members (nulls and no members when they are in none). */
export const GET = handle(async (req) => {
  const user = await requireAccount(req);
  return json(await myTeam(user));
});
