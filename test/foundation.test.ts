import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

let stack: StackProcess;
let api: ReturnType<typeof client>;
let partner: ReturnType<typeof client>;

beforeAll(async () => {
  stack = await startStackProcess();
  api = client(stack.url);
  partner = client(stack.url, await stack.token("partner-foundation", ["submissions:write", "submissions:read"]));
});
afterAll(async () => {
  await stack?.stop();
});

function expectProblem(reply: { status: number; headers: Headers; body: any }, status: number) {
  expect(reply.status).toBe(status);
  expect(reply.headers.get("content-type")).toBe("application/problem+json");
  expect(reply.body).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
  });
}

describe("the local stack", () => {
  it("answers /health with DynamoDB up", async () => {
    const reply = await api.get("/health");
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      status: "ok",
      dynamodb: "up",
      calendarYears: [2023, 2024, 2025, 2026],
      calendarVersion: expect.stringMatching(/^notices:2023,2024,2025,2026#[0-9a-f]{8}$/),
    });
  });

  it("serves the OpenAPI document with every capability's paths", async () => {
    const reply = await api.get("/openapi.json");
    expect(reply.body.openapi).toBe("3.1.0");
    expect(Object.keys(reply.body.paths)).toEqual(
      expect.arrayContaining([
        "/v1/measures",
        "/v1/measures/{measureId}",
        "/v1/events",
        "/v1/customs-extension-requests/{id}/decisions",
      ]),
    );
  });

  it("issues tokens only for known scopes", async () => {
    const bad = await api.post("/local/tokens", { sub: "x", scopes: ["admin"] });
    expectProblem(bad, 400);
    const good = await api.post("/local/tokens", { sub: "x", scopes: ["events:read"] });
    expect(good.body).toMatchObject({ tokenType: "Bearer", expiresIn: 3600, accessToken: expect.any(String) });
  });
});

describe("the measures API", () => {
  it("returns the 16 measures in Chinese by default and in English on request", async () => {
    const zh = await api.get("/v1/measures");
    expect(zh.status).toBe(200);
    expect(zh.headers.get("content-language")).toBe("zh-CN");
    expect(zh.body.items.map((m: { id: string }) => m.id)).toEqual(
      Array.from({ length: 16 }, (_, i) => `M${String(i + 1).padStart(2, "0")}`),
    );
    expect(zh.body.items[6].title).toBe("支持研发数据依法跨境流动");
    const en = await api.get("/v1/measures", { "accept-language": "en-GB,en;q=0.9" });
    expect(en.headers.get("content-language")).toBe("en");
    expect(en.body.items[6].title).toMatch(/cross-border/i);
    expect(en.body.items[6].agencies[0]).toMatchObject({ id: "CAC", lead: true });
  });

  it("filters by part and finds one measure", async () => {
    const part2 = await api.get("/v1/measures?part=2");
    expect(part2.body.items.map((m: { id: string }) => m.id)).toEqual(["M07", "M08", "M09"]);
    const one = await api.get("/v1/measures/M11", { "accept-language": "en" });
    expect(one.body.implementedBy).toEqual(
      expect.arrayContaining([{ capability: "talent-title-applications", path: "/v1/talent-title-applications" }]),
    );
  });

  it("answers an unknown measure, a bad part and an unknown query field with problems", async () => {
    expectProblem(await api.get("/v1/measures/M17"), 404);
    const part = await api.get("/v1/measures?part=5");
    expectProblem(part, 400);
    expect(part.body.errors[0].path).toBe("query.part");
    const extra = await api.get("/v1/measures?colour=red");
    expectProblem(extra, 400);
    expect(extra.body.errors[0].path).toBe("query.colour");
  });
});

describe("HTTP errors are problems, never 500s", () => {
  const path = "/v1/test-submissions";

  it("401 without a token, 401 with a forged one, 403 with the wrong scope", async () => {
    expectProblem(await api.post(path, { scenario: "review" }), 401);
    expectProblem(await client(stack.url, "not.a.token").post(path, { scenario: "review" }), 401);
    const readOnly = client(stack.url, await stack.token("p", ["submissions:read"]));
    const forbidden = await readOnly.post(path, { scenario: "review" });
    expectProblem(forbidden, 403);
    expect(forbidden.body.requiredScopes).toEqual(["submissions:write"]);
  });

  it("400 for malformed JSON", async () => {
    const reply = await partner.post(path, '{"scenario": ');
    expectProblem(reply, 400);
    expect(reply.body.errors[0]).toMatchObject({ path: "body", code: "malformed_json" });
  });

  it("415 for a non-JSON content type", async () => {
    const reply = await partner.post(path, "scenario=review", { "content-type": "application/x-www-form-urlencoded" });
    expectProblem(reply, 415);
  });

  it("400 naming an unknown field and a bad value, in the requested language", async () => {
    const reply = await partner.post(path, { scenario: "maybe", colour: "red" }, { "accept-language": "en" });
    expectProblem(reply, 400);
    expect(reply.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.colour", "body.scenario"]);
    const zh = await partner.post(path, { scenario: "maybe" });
    expect(zh.body.title).toBe("请求无效");
  });

  it("404 for an unknown route, 405 with Allow for a wrong method", async () => {
    expectProblem(await api.get("/v1/nothing-here"), 404);
    const reply = await api.call("DELETE", "/v1/measures");
    expectProblem(reply, 405);
    expect(reply.headers.get("allow")).toBe("GET");
  });

  it("413 over the 256 KiB body limit", async () => {
    const reply = await partner.post(path, { scenario: "review", applicantName: "x".repeat(300 * 1024) });
    expectProblem(reply, 413);
  });

  it("puts a request id and security headers on every response", async () => {
    const reply = await api.get("/v1/measures/M01");
    expect(reply.headers.get("x-request-id")).toMatch(/^[0-9A-Z]{26}$/);
    expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
