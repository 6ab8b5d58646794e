import { gunzipSync } from "node:zlib";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { httpHandler, route } from "./stack";

const BIG = { text: "审".repeat(1000) };
const spec = { scopes: [], summary: "s", successStatus: 200 } as const;
const handler = httpHandler([
  route({ ...spec, method: "GET", path: "/v1/big", operationId: "getBig" }, async () => ({
    status: 200,
    body: BIG,
    headers: { "cache-control": "public, max-age=60", vary: "accept-language" },
  })),
  route({ ...spec, method: "GET", path: "/v1/tagged", operationId: "getTagged" }, async () => ({
    status: 200,
    body: BIG,
    headers: { etag: '"v1"' },
  })),
  route({ ...spec, method: "DELETE", path: "/v1/big", operationId: "deleteBig", successStatus: 204 }, async () => ({
    status: 204,
  })),
  route(
    {
      ...spec,
      method: "POST",
      path: "/v1/things",
      operationId: "createThing",
      body: z.strictObject(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field${i}`, z.string()]))),
    },
    async () => ({ status: 201, body: {} }),
  ),
] as never);

function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const event = {
    rawPath: path,
    headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
    requestContext: { requestId: "req-1", http: { method } },
  };
  return handler(event as never, {} as never) as Promise<APIGatewayProxyStructuredResultV2>;
}
const json = (result: APIGatewayProxyStructuredResultV2) =>
  JSON.parse(
    result.isBase64Encoded ? gunzipSync(Buffer.from(result.body ?? "", "base64")).toString() : (result.body ?? ""),
  );

describe("the HTTP stack compresses what it answers, as the client accepts it", () => {
  it("a success, adding accept-encoding to the route's Vary", async () => {
    const result = await call("GET", "/v1/big", { "Accept-Encoding": "gzip, deflate" });
    expect(result.headers).toMatchObject({ "content-encoding": "gzip", vary: "accept-language, accept-encoding" });
    expect(json(result)).toEqual(BIG);
  });

  it("a problem raised while validating (a 400 naming 40 fields), after the error handler has shaped it", async () => {
    const result = await call("POST", "/v1/things", { "accept-encoding": "gzip" }, {});
    expect(result.statusCode).toBe(400);
    expect(result.headers?.["content-type"]).toBe("application/problem+json");
    expect(result.headers?.["content-encoding"]).toBe("gzip");
    expect(json(result).status).toBe(400);
    expect(JSON.stringify(json(result))).toContain("field39");
  });

  it("not an answer with an ETag, nor one without a body, nor for a client that does not ask", async () => {
    const tagged = await call("GET", "/v1/tagged", { "accept-encoding": "gzip" });
    expect(tagged.headers?.["content-encoding"]).toBeUndefined();
    expect(json(tagged)).toEqual(BIG);
    const empty = await call("DELETE", "/v1/big", { "accept-encoding": "gzip" });
    expect(empty.statusCode).toBe(204);
    expect(empty.headers?.["content-encoding"]).toBeUndefined();
    const plain = await call("GET", "/v1/big", {});
    expect(plain.isBase64Encoded).toBeUndefined();
    expect(plain.headers?.vary).toBe("accept-language, accept-encoding");
    expect(json(plain)).toEqual(BIG);
  });
});
