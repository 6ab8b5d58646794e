import { describe, expect, it } from "vitest";
import * as z from "zod";
import { openApiDocument, problemStatuses } from "./openapi";
import type { RouteSpec } from "./route";

const INFO = {
  title: "t",
  version: "1",
  description: "d",
  contact: { name: "c", url: "https://example.org" },
  license: { name: "l", identifier: "MIT" },
};
const tag = { name: "things", description: "Things." };
const get = (over: Partial<RouteSpec>): RouteSpec => ({
  method: "GET",
  path: "/v1/things",
  scopes: [],
  operationId: "listThings",
  summary: "s",
  tag,
  successStatus: 200,
  ...over,
});

describe("openApiDocument", () => {
  it("refuses two different schemas under one name", () => {
    const a = z.object({ a: z.string() }).meta({ id: "Thing" });
    const b = z.object({ b: z.number() }).meta({ id: "Thing" });
    expect(() =>
      openApiDocument([get({ response: a }), get({ path: "/v1/other", operationId: "getOther", response: b })], INFO),
    ).toThrow("two different schemas are named Thing");
  });

  it("refuses a scope without a description, and one tag described twice", () => {
    expect(() => openApiDocument([get({ scopes: ["admin"] })], INFO)).toThrow("scope admin has no description");
    const other = get({ path: "/v1/other", operationId: "getOther", tag: { name: "things", description: "Other." } });
    expect(() => openApiDocument([get({}), other], INFO)).toThrow("tag things described twice");
  });

  it("derives the problems from what the route takes and does", () => {
    expect(Object.keys(problemStatuses(get({})))).toEqual(["400", "404", "429", "500", "503"]);
    const change = get({
      method: "POST",
      path: "/v1/things/{id}/withdraw",
      scopes: ["submissions:write"],
      body: z.object({}),
      ifMatch: true,
      idempotent: true,
    });
    expect(problemStatuses(change)).toMatchObject({
      "401": "Unauthorized",
      "403": "Forbidden",
      "404": "NotFound",
      "409": "Conflict",
      "412": "PreconditionFailed",
      "413": "PayloadTooLarge",
      "415": "UnsupportedMediaType",
      "422": "UnprocessableContent",
      "428": "PreconditionRequired",
    });
  });
});
