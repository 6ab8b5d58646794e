import { BODY_LIMIT_BYTES, type RouteSpec } from "@rdc/platform";
import { describe, expect, it } from "vitest";
import { toJSONSchema } from "zod";
import { apiRoutes } from "./index";

/** One UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair is 4 bytes for 2 units). */
const BYTES_PER_CHAR = 3;
/** The longest JSON number a schema's bounds allow, written out: `-1.2345678901234567e+300`. */
const NUMBER_BYTES = 24;

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  maxItems?: number;
  maxLength?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
  $defs?: Record<string, Schema>;
}

const bytes = (value: string) => Buffer.byteLength(value, "utf8");

interface Walk {
  defs: Record<string, Schema>;
  /** Paths with no bound: an array without `maxItems`, a string without `maxLength`, an open object. */
  unbounded: string[];
}

/**
 * The size of the largest JSON value a schema admits, written as
 * `JSON.stringify` writes it (UTF-8, every character as itself): every array
 * needs its `maxItems` and every string its `maxLength`; a value without a
 * bound counts 0 and its path is listed in `walk.unbounded`.
 */
function largestJson(schema: Schema, walk: Walk, path: string): number {
  if (schema.$ref) {
    const target = walk.defs[schema.$ref.replace("#/$defs/", "")];
    if (!target) throw new Error(`${path}: unresolved ${schema.$ref}`);
    return largestJson(target, walk, path);
  }
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return Math.max(...options.map((o) => largestJson(o, walk, path)));
  if (schema.allOf) return Math.min(...schema.allOf.map((o) => largestJson(o, walk, path)));
  if (schema.enum) return Math.max(...schema.enum.map((v) => bytes(JSON.stringify(v))));
  if (schema.const !== undefined) return bytes(JSON.stringify(schema.const));
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return Math.max(...types.map((type) => largestOfType(type, schema, walk, path)));
}

function largestOfType(type: string | undefined, schema: Schema, walk: Walk, path: string): number {
  const unbounded = (what: string) => {
    walk.unbounded.push(`${path}: ${what}`);
    return 0;
  };
  switch (type) {
    case "object": {
      if (schema.additionalProperties !== false) return unbounded("an open object");
      const members = Object.entries(schema.properties ?? {}).map(
        ([key, value]) => bytes(JSON.stringify(key)) + 1 + largestJson(value, walk, `${path}.${key}`),
      );
      return 2 + members.reduce((a, b) => a + b, 0) + Math.max(0, members.length - 1);
    }
    case "array": {
      if (schema.maxItems === undefined || !schema.items) return unbounded("an array without maxItems");
      return 2 + schema.maxItems * (largestJson(schema.items, walk, `${path}[]`) + 1);
    }
    case "string":
      if (schema.maxLength === undefined) return unbounded("a string without maxLength");
      return 2 + schema.maxLength * BYTES_PER_CHAR;
    case "number":
    case "integer":
      return NUMBER_BYTES;
    case "boolean":
      return 5;
    case "null":
      return 4;
    default:
      return unbounded("a value of any type");
  }
}

function largestBody(route: RouteSpec & { body: NonNullable<RouteSpec["body"]> }) {
  const json = toJSONSchema(route.body, { io: "input", unrepresentable: "any" }) as Schema;
  const walk: Walk = { defs: json.$defs ?? {}, unbounded: [] };
  return { bytes: largestJson(json, walk, "body"), unbounded: walk.unbounded };
}

const walk = (): Walk => ({ defs: {}, unbounded: [] });

/**
 * A supplement's `payload` is a merge patch, open by design: what bounds it is
 * the body limit, and what it merges into is validated against the create
 * body's schema, which this test bounds.
 */
const isMergePatch = (r: RouteSpec) => r.path.endsWith("/supplements");

const withBodies = apiRoutes().filter(
  (r): r is RouteSpec & { body: NonNullable<RouteSpec["body"]> } => !!r.body && !isMergePatch(r),
);

describe("the largest valid request body of every route fits the body limit", () => {
  it("covers every route that takes a body", () => {
    expect(withBodies.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        "POST /v1/data-export-assessments",
        "POST /v1/customs-extension-requests",
        "POST /v1/talent-title-applications",
        "POST /v1/eligibility-checks",
      ]),
    );
  });

  it.each(withBodies.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s: every array and string is bounded, and at its maxima the body is under 256 KB",
    (_name, route) => {
      const largest = largestBody(route);
      expect(largest.unbounded).toEqual([]);
      expect(largest.bytes).toBeLessThanOrEqual(BODY_LIMIT_BYTES);
    },
  );

  it("would catch an unbounded array or string", () => {
    const unbounded = walk();
    largestJson(
      { type: "object", additionalProperties: false, properties: { a: { type: "array", items: { type: "string" } } } },
      unbounded,
      "body",
    );
    expect(unbounded.unbounded).toEqual(["body.a: an array without maxItems"]);
    largestJson({ type: "array", maxItems: 1, items: { type: "string" } }, unbounded, "body.b");
    expect(unbounded.unbounded).toContain("body.b[]: a string without maxLength");
    expect(largestJson({ type: "array", items: { type: "string", maxLength: 2 }, maxItems: 2 }, walk(), "b")).toBe(
      2 + 2 * (2 + 6 + 1),
    );
  });
});
