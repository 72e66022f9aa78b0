import { describe, expect, it } from "vitest";
import { api } from "./helpers";

describe("OpenAPI document", () => {
  it("describes the recruiting routes, with the candidate's invite and start open to all", async () => {
    const res = await api("GET", "/openapi.json");
    expect(res.status).toBe(200);
    for (const [method, p] of [
      ["post", "/teams"], ["get", "/teams/me"], ["get", "/teams/{id}/members"], ["patch", "/teams/{id}/members/{user_id}"],
      ["post", "/teams/{id}/invites"], ["post", "/teams/invites/{token}/accept"], ["post", "/links"], ["get", "/links"],
      ["delete", "/links/{id}"], ["get", "/links/{id}/interviews"], ["get", "/links/{token}/invite"], ["post", "/links/{token}/start"], ["get", "/audit"],
      ["get", "/links/{id}/compare"], ["get", "/interviews/{id}/report.pdf"], ["get", "/interviews/{id}/room"],
    ]) {
      expect(res.body.paths[p], p).toHaveProperty([method]);
    }
    expect(res.body.paths["/links/{token}/start"].post.security).toEqual([]);
    expect(res.body.paths["/links/{token}/invite"].get.responses).toHaveProperty(["410"]);
    const create = res.body.paths["/links"].post.requestBody.content["application/json"].schema;
    expect(create.properties.languages.items.enum).toEqual(["python", "javascript", "java", "cpp", "go"]);
  });
});
