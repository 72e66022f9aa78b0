import PartySocket from "partysocket";
import type { RoomInfo } from "@/lib/api/schemas";
import { api } from "./api";

/**
 * A socket to an interview's room, for the candidate's page and the recruiter's live view alike.
 * The join token from GET /interviews/{id}/room is short-lived, so every reconnect asks for a
 * fresh one (the first connect uses the one already fetched with the room's address).
 */
export function openRoomSocket(interviewId: string, info: RoomInfo): PartySocket {
  let firstToken: string | null = info.token;
  return new PartySocket({
    host: info.host,
    party: info.party,
    room: info.room,
    query: async () => {
      if (firstToken) {
        const t = firstToken;
        firstToken = null;
        return { token: t };
      }
      try {
        return { token: (await api.room(interviewId)).token };
      } catch {
        return { token: "" };
      }
    },
    minReconnectionDelay: 1000,
    maxReconnectionDelay: 5000,
    reconnectionDelayGrowFactor: 1.5,
  });
}
