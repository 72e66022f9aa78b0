import { handle, HttpError, json, parseQuery } from "@/lib/api/http";
import { AuditQuerySchema } from "@/lib/api/schemas";
import { listAudit } from "@/lib/recruiting/audit";
import { requireRecruiter } from "@/lib/recruiting/teams";

/** The team's audit log, newest first: owners only. */
export const GET = handle(async (req) => {
  const { team, role } = await requireRecruiter(req);
  if (role !== "owner") throw new HttpError(403, "Only the team's owners can read the audit log");
  const query = parseQuery(req.url, AuditQuerySchema);
  return json({ entries: await listAudit(team.id, query) });
});
