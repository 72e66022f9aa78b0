import { handle, json } from "@/lib/api/http";
import type { MeResponseSchema } from "@/lib/api/schemas";
import { requireUser } from "@/lib/auth/session";
import type { z } from "zod";

export const GET = handle(async (req) => {
  const user = await requireUser(req);
  const body: z.infer<typeof MeResponseSchema> = {
    id: user.id,
    name: user.name,
    email: user.email,
    is_guest: user.isGuest,
  };
  return json(body);
});
