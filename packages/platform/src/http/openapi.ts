import { toJSONSchema, type ZodType } from "zod";
import type { RouteSpec } from "./route";

const PROBLEM = { $ref: "#/components/schemas/Problem" };

/**
 * Schemas named with zod's `.meta({ id })` become `components.schemas` entries:
 * zod puts them under the schema's own `$defs`, whose `#/$defs/…` references
 * would resolve against the root of the OpenAPI document; they are hoisted
 * into `named` and the references rewritten to `#/components/schemas/…`.
 */
function hoisted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(hoisted);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      k === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")
        ? `#/components/schemas/${v.slice("#/$defs/".length)}`
        : hoisted(v);
  }
  return out;
}

function schemaOf(schema: ZodType, io: "input" | "output", named: Record<string, unknown> = {}) {
  const json = toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
  delete json.$schema;
  const { $defs, ...rest } = json as { $defs?: Record<string, unknown> };
  for (const [name, def] of Object.entries($defs ?? {})) named[name] = hoisted(def);
  return hoisted(rest) as Record<string, unknown>;
}

function queryParameters(schema: ZodType | undefined) {
  if (!schema) return [];
  const json = schemaOf(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: "query",
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}

/** OpenAPI 3.1, generated from the routes' zod schemas (zod 4's own JSON Schema output). */
export function openApiDocument(
  routes: readonly RouteSpec[],
  info: { title: string; version: string; description: string },
) {
  const paths: Record<string, Record<string, unknown>> = {};
  const named: Record<string, unknown> = {};
  for (const r of routes) {
    const pathSchemas = r.params
      ? ((schemaOf(r.params, "input") as { properties?: Record<string, unknown> }).properties ?? {})
      : {};
    const params = [...r.path.matchAll(/\{([^}]+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: pathSchemas[m[1] ?? ""] ?? { type: "string" },
    }));
    const operation: Record<string, unknown> = {
      operationId: r.operationId,
      summary: r.summary,
      parameters: [
        ...params,
        ...queryParameters(r.query),
        { name: "Accept-Language", in: "header", required: false, schema: { type: "string", default: "zh-CN" } },
        ...(r.method === "POST"
          ? [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", maxLength: 255 } }]
          : []),
      ],
      responses: {
        [String(r.successStatus)]: {
          description: "Success",
          content: { "application/json": { schema: r.response ? schemaOf(r.response, "output", named) : {} } },
        },
        "4XX": { description: "Problem (RFC 9457)", content: { "application/problem+json": { schema: PROBLEM } } },
      },
      ...(r.scopes.length ? { security: [{ oauth2: [...r.scopes] }] } : { security: [] }),
    };
    if (r.body) {
      operation.requestBody = {
        required: true,
        content: { "application/json": { schema: schemaOf(r.body, "input", named) } },
      };
    }
    paths[r.path] ??= {};
    (paths[r.path] as Record<string, unknown>)[r.method.toLowerCase()] = operation;
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: {
      securitySchemes: {
        oauth2: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "/oauth2/token", scopes: {} } } },
      },
      schemas: {
        ...named,
        Problem: {
          type: "object",
          required: ["type", "title", "status"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            instance: { type: "string" },
            errors: {
              type: "array",
              items: {
                type: "object",
                properties: { path: { type: "string" }, code: { type: "string" }, message: { type: "string" } },
              },
            },
          },
        },
      },
    },
  };
}
