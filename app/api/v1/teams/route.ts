import { handle, json, readJson } from "@/lib/api/http";
import { TeamCreateRequestSchema } from "@/lib/api/schemas";
import { createTeam, requireAccount, teamDTO } from "@/lib/recruiting/teams";

/** Creates a team; the creator is its owner. */
export const POST = handle(async (req) => {
  const user = await requireAccount(req);
  const { name } = await readJson(req, TeamCreateRequestSchema);
  const { team, role } = await createTeam(user, name);
  return json({ team: teamDTO(team), role }, 201);
});
