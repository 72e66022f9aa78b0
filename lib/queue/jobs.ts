import { z } from "zod";

/** Jobs travel as JSON through QStash in production and through memory locally. */
export const JobSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("execute"), submissionId: z.string().uuid() }),
]);
export type Job = z.infer<typeof JobSchema>;
