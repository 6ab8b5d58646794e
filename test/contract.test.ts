import { describe, expect, it } from "vitest";
import { compileContract, isExempt, type ObservedResponse } from "./support/contract";

/** The contract test's own test: it can fail, on each kind of undocumented answer. */
const document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/v1/things/{id}": {
      get: {
        operationId: "getThing",
        responses: {
          "200": {
            description: "a thing",
            headers: { ETag: { required: true, schema: { type: "string", pattern: '^"v[0-9]+"$' } } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          "4XX": { $ref: "#/components/responses/Problem" },
        },
      },
    },
    "/v1/things/special": {
      get: { operationId: "getSpecial", responses: { "204": { description: "nothing" } } },
    },
  },
  components: {
    responses: {
      Problem: {
        description: "a problem",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    },
    schemas: {
      Thing: {
        type: "object",
        required: ["id", "createdAt"],
        properties: { id: { type: "string" }, createdAt: { type: "string", format: "date-time" } },
        additionalProperties: false,
      },
      Problem: {
        type: "object",
        required: ["type", "title", "status"],
        properties: { type: { type: "string" }, title: { type: "string" }, status: { type: "integer" } },
      },
    },
  },
};

const contract = compileContract(document);
const THING = { id: "t1", createdAt: "2026-12-03T08:00:00.000Z" };
const PROBLEM = { type: "https://x/not-found", title: "Not found", status: 404 };

function answer(overrides: Partial<ObservedResponse> & { json?: unknown; contentType?: string | null }) {
  const { json, contentType = "application/json; charset=utf-8", ...rest } = overrides;
  const headers = new Headers(contentType ? { "content-type": contentType } : {});
  headers.set("etag", '"v1"');
  return {
    method: "GET",
    path: "/v1/things/01J00000000000000000000000",
    status: 200,
    headers,
    body: json === undefined ? "" : JSON.stringify(json),
    ...rest,
  };
}

describe("the contract", () => {
  it("accepts a documented answer, and a problem under the 4XX range through a $ref", () => {
    expect(contract.check(answer({ json: THING })).problems).toEqual([]);
    const problem = answer({ status: 404, json: PROBLEM, contentType: "application/problem+json" });
    expect(contract.check(problem)).toEqual({ operation: "getThing (GET /v1/things/{id})", problems: [] });
  });

  it("prefers a static path to a template", () => {
    const reply = answer({ path: "/v1/things/special", status: 204, contentType: null });
    expect(contract.check(reply)).toEqual({ operation: "getSpecial (GET /v1/things/special)", problems: [] });
  });

  it("rejects an undocumented status, naming the operation and the status", () => {
    expect(() => contract.assert(answer({ status: 500, json: PROBLEM }))).toThrow(
      /getThing \(GET \/v1\/things\/\{id\}\) answered 500[\s\S]*status 500 is not declared \(declared: 200, 4XX\)/,
    );
  });

  it("rejects an undeclared content type", () => {
    const reply = answer({ json: THING, contentType: "text/plain" });
    expect(contract.check(reply).problems).toEqual([
      "content type text/plain is not declared under 200 (declared: application/json)",
    ]);
  });

  it("rejects a body that breaks the schema, with ajv's errors", () => {
    const problems = contract.check(answer({ json: { id: 7, createdAt: "yesterday", extra: true } })).problems;
    expect(problems).toEqual([
      expect.stringMatching(/^body must NOT have additional properties .*extra/),
      expect.stringMatching(/^body\/id must be string/),
      expect.stringMatching(/^body\/createdAt must match format "date-time"/),
    ]);
  });

  it("rejects an answer without a declared required header", () => {
    const reply = answer({ json: THING });
    reply.headers.delete("etag");
    expect(contract.check(reply).problems).toEqual(["required header ETag is missing (under 200)"]);
  });

  it("rejects a declared header whose value breaks its schema", () => {
    const reply = answer({ json: THING });
    reply.headers.set("etag", "v1");
    expect(contract.check(reply).problems).toEqual(['header ETag: "v1" must match pattern "^"v[0-9]+"$"']);
  });

  it("rejects an answer to an unknown operation unless it is a 404 or 405 problem", () => {
    const unknownPath = answer({
      path: "/v1/nothing",
      status: 404,
      json: PROBLEM,
      contentType: "application/problem+json",
    });
    expect(contract.check(unknownPath).problems).toEqual([]);
    const wrongMethod = { ...unknownPath, method: "DELETE", path: "/v1/things/special", status: 405 };
    expect(contract.check(wrongMethod).problems).toEqual([]);
    expect(contract.check({ ...unknownPath, status: 200 }).problems).toEqual([
      "no operation GET /v1/nothing in the document, and the answer is not a 404",
    ]);
  });

  it("exempts only what is not the API", () => {
    expect(["/openapi.json", "/health", "/docs", "/docs/assets/swagger-ui.css", "/local/tokens"].every(isExempt)).toBe(
      true,
    );
    expect(["/v1/measures", "/openapi.json/x", "/healthz"].some(isExempt)).toBe(false);
  });
});
