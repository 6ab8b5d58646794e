import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, type Reply } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

let stack: StackProcess;
let api: ReturnType<typeof client>;
let partner: ReturnType<typeof client>;
/** The security headers of a function's answer: what every other answer must carry too. */
let functionSecurity: Record<string, string>;

const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
const SECURITY_HEADER =
  /^(strict-transport-security|referrer-policy|origin-agent-cluster|x-content-type-options|x-dns-prefetch-control|x-download-options|x-permitted-cross-domain-policies|x-frame-options|content-security-policy|cross-origin-.*|permissions-policy)$/;

function securityHeaders(reply: Reply): Record<string, string> {
  return Object.fromEntries([...reply.headers].filter(([name]) => SECURITY_HEADER.test(name)));
}

/** No header is `undefined` or empty, and the security headers are a function's. */
function expectCleanHeaders(reply: Reply) {
  const bad = [...reply.headers].filter(([, value]) => value.trim() === "" || value === "undefined");
  expect(bad).toEqual([]);
  expect(securityHeaders(reply)).toEqual(functionSecurity);
  expect(reply.headers.get("x-request-id")).toMatch(ULID);
}

/** A gateway refusal shaped as the functions' problems are. */
function expectGatewayProblem(reply: Reply, status: number, slug: string) {
  expectCleanHeaders(reply);
  expect(reply.status).toBe(status);
  expect(reply.headers.get("content-type")).toBe("application/problem+json");
  expect(reply.headers.get("content-language")).toBe("en");
  expect(reply.headers.get("cache-control")).toBe("no-store");
  expect(reply.body).toMatchObject({
    type: `https://rdc-measures.dev/problems/${slug}`,
    title: expect.any(String),
    status,
    detail: expect.any(String),
  });
}

const EN = { "accept-language": "en" };

beforeAll(async () => {
  stack = await startStackProcess();
  api = client(stack.url);
  partner = client(stack.url, await stack.token("partner-gateway", ["submissions:read", "submissions:write"]));
  const answer = await partner.get("/v1/data-export-assessments", EN);
  expect(answer.status).toBe(200);
  functionSecurity = securityHeaders(answer);
});
afterAll(async () => {
  await stack?.stop();
});

describe("the local gateway's headers", () => {
  it("a function's answer has its security headers, none undefined or empty", async () => {
    expect(Object.keys(functionSecurity)).toEqual(
      expect.arrayContaining(["strict-transport-security", "x-content-type-options", "referrer-policy"]),
    );
    const reply = await partner.get("/v1/data-export-assessments", EN);
    expectCleanHeaders(reply);
    expect(reply.headers.has("server")).toBe(false);
    expect(reply.headers.has("x-powered-by")).toBe(false);
    expect(reply.headers.has("reporting-endpoints")).toBe(false);
  });

  it("a function's problem carries the same", async () => {
    const reply = await partner.get("/v1/data-export-assessments/01J00000000000000000000000", EN);
    expectGatewayProblem(reply, 404, "not-found");
  });

  it("a public route's answer carries the same", async () => {
    const reply = await api.get("/v1/measures", EN);
    expect(reply.status).toBe(200);
    expectCleanHeaders(reply);
  });

  it("the gateway's own answers (health, document) carry the same", async () => {
    for (const path of ["/health", "/openapi.json", "/docs"]) {
      const reply = await api.get(path);
      expect(reply.status, path).toBe(200);
      expectCleanHeaders(reply);
    }
  });
});

describe("the local gateway's own refusals", () => {
  it("404 on an unknown path", async () => {
    const reply = await api.get("/v1/nothing-here", EN);
    expectGatewayProblem(reply, 404, "not-found");
    expect(reply.body.instance).toBe("/v1/nothing-here");
  });

  it("405 on a wrong method, with Allow", async () => {
    const reply = await api.call("DELETE", "/v1/measures", undefined, EN);
    expectGatewayProblem(reply, 405, "method-not-allowed");
    expect(reply.headers.get("allow")).toBe("GET");
  });

  it("413 on a body over what the gateway reads", async () => {
    const reply = await partner.post("/v1/data-export-assessments", { filler: "x".repeat(1_100_000) }, EN);
    expectGatewayProblem(reply, 413, "payload-too-large");
  });

  it("401 without a token and with a bad one", async () => {
    for (const token of [undefined, "not-a-jwt"]) {
      const reply = await client(stack.url, token).get("/v1/data-export-assessments", EN);
      expectGatewayProblem(reply, 401, "unauthorized");
      expect(reply.headers.get("www-authenticate")).toBe("Bearer");
    }
  });

  it("each answer has a request id of its own", async () => {
    const [a, b] = await Promise.all([api.get("/v1/nothing-here"), api.get("/v1/nothing-here")]);
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
  });
});
