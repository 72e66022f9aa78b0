import { handle, json, readJson } from "@/lib/api/http";
import { LinkCreateRequestSchema } from "@/lib/api/schemas";
import { createLink, listLinks } from "@/lib/recruiting/links";
import { requireRecruiter } from "@/lib/recruiting/teams";

/** A team member creates an interview link: {id, token, url}. */
export const POST = handle(async (req) => {
  const { user, team } = await requireRecruiter(req);
  const body = await readJson(req, LinkCreateRequestSchema);
  return json(await createLink(user, team, body), 201);
});

/** The team's links with their counts (opened, started, finished). */
export const GET = handle(async (req) => {
  const { team } = await requireRecruiter(req);
  return json({ links: await listLinks(team.id) });
});
