import { isDeepStrictEqual } from "node:util";
import { toJSONSchema, type ZodType } from "zod";
import { SCOPE_DESCRIPTIONS } from "../auth/scope-descriptions";
import { gatewayMessageSchema, problemSchema, validationProblemSchema } from "./problem-schema";
import type { ApiTag, RouteSpec, SuccessHeader } from "./route";
import { ULID } from "./router";

type Json = Record<string, unknown>;

const ref = (kind: "schemas" | "parameters" | "headers" | "responses", name: string) => ({
  $ref: `#/components/${kind}/${name}`,
});

/**
 * JSON Schemas from zod (zod 4's own output), collected into `components.schemas`.
 * Schemas named with `.meta({ id })` land under each generated schema's `$defs`,
 * whose `#/$defs/…` references would resolve against the root of the OpenAPI
 * document: they are hoisted into `named` and the references rewritten. One
 * name for two different schemas (say, a body's input and output forms) is an
 * error, so that no schema silently replaces another.
 */
class SchemaCollector {
  readonly named: Json = {};

  of(schema: ZodType, io: "input" | "output"): Json {
    const json = toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Json;
    delete json.$schema;
    const { $defs, ...rest } = json as { $defs?: Json };
    for (const [name, def] of Object.entries($defs ?? {})) this.add(name, hoisted(def));
    return hoisted(rest) as Json;
  }

  add(name: string, schema: unknown): void {
    const known = this.named[name];
    if (known !== undefined && !isDeepStrictEqual(known, schema)) {
      throw new Error(`OpenAPI: two different schemas are named ${name}`);
    }
    this.named[name] = schema;
  }
}

function hoisted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(hoisted);
  if (value === null || typeof value !== "object") return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      k === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")
        ? `#/components/schemas/${v.slice("#/$defs/".length)}`
        : hoisted(v);
  }
  return out;
}

/**
 * The headers every answer of a function carries. Required, except on the
 * answers API Gateway may give itself in the cloud (the `…IfFunction`
 * variants), which carry none of them.
 */
const FUNCTION_HEADERS: Json = {
  ContentLanguage: {
    description: "The language of every text of the answer: `zh-CN` (the default) or `en`, from `Accept-Language`.",
    schema: { type: "string", enum: ["zh-CN", "en"] },
  },
  XRequestId: {
    description: "The request's id, as in the platform's logs: quote it when reporting a problem.",
    schema: { type: "string" },
  },
  CacheControl: {
    description:
      "`no-store` on every answer to an authenticated request and on every problem; `public, max-age=3600` on the successes of public routes.",
    schema: { type: "string" },
  },
};

/** Headers of the answers (RFC 9110 and the platform's own); each is required where it is declared. */
const HEADERS: Json = {
  ...Object.fromEntries(
    Object.entries(FUNCTION_HEADERS).map(([name, h]) => [name, { ...(h as Json), required: true }]),
  ),
  ...Object.fromEntries(
    Object.entries(FUNCTION_HEADERS).map(([name, h]) => [
      `${name}IfFunction`,
      { ...(h as Json), description: `${(h as Json).description} Absent when API Gateway answers itself.` },
    ]),
  ),
  Vary: {
    description:
      "`accept-language`: a public answer differs by language; with `, accept-encoding` when it is sent compressed.",
    required: true,
    schema: { type: "string" },
  },
  ETag: {
    description: 'The submission\'s version (`"v<version>"`, strong): send it as `If-Match` to change it.',
    required: true,
    schema: { type: "string", pattern: '^"v[0-9]+"$' },
  },
  Location: { description: "The path of the resource the answer shows.", required: true, schema: { type: "string" } },
  IdempotentReplayed: {
    description: "`true` when this is the stored first answer to the same `Idempotency-Key` and body, replayed.",
    schema: { type: "string", enum: ["true"] },
  },
  RetryAfter: { description: "Seconds to wait before retrying.", schema: { type: "integer", minimum: 0 } },
  WWWAuthenticate: { description: "`Bearer`: the authentication scheme to use.", schema: { type: "string" } },
};

/** What every answer of a function carries (`ifFunction`: on an answer API Gateway may also give itself). */
function commonHeaders(ifFunction = false) {
  const suffix = ifFunction ? "IfFunction" : "";
  return {
    "Content-Language": ref("headers", `ContentLanguage${suffix}`),
    "X-Request-Id": ref("headers", `XRequestId${suffix}`),
    "Cache-Control": ref("headers", `CacheControl${suffix}`),
  };
}

const COMMON_HEADERS = commonHeaders();
const COMMON_HEADERS_IF_FUNCTION = commonHeaders(true);

/** A success header's name, which is also its component's. */
const SUCCESS_HEADERS: Record<SuccessHeader, string> = { location: "Location", etag: "ETag", vary: "Vary" };

/** Request headers, as parameters. */
const PARAMETERS: Json = {
  AcceptLanguage: {
    name: "Accept-Language",
    in: "header",
    required: false,
    description: "`en` for English; Chinese (`zh-CN`) otherwise. Every text of the answer is in that language.",
    schema: { type: "string", default: "zh-CN", examples: ["en", "zh-CN"] },
  },
  IdempotencyKey: {
    name: "Idempotency-Key",
    in: "header",
    required: false,
    description:
      "Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): the same key and body within 24 hours replays the first answer (`Idempotent-Replayed: true`) without a second write; with another body it is a 422; while the first is still running, a 409. Keys are scoped per caller.",
    schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]+$" },
  },
  IfMatch: {
    name: "If-Match",
    in: "header",
    required: true,
    description:
      'The submission\'s current `ETag` (`"v<version>"`, compared strongly): without it the answer is a 428, with a stale one a 412.',
    schema: { type: "string", pattern: '^"v[0-9]+"$' },
  },
};

function problemContent(schema: "Problem" | "ValidationProblem", gateway = false) {
  return {
    "application/problem+json": { schema: ref("schemas", schema) },
    ...(gateway ? { "application/json": { schema: ref("schemas", "GatewayMessage") } } : {}),
  };
}

const FROM_GATEWAY =
  "In the cloud API Gateway answers this itself, before any function runs, as `application/json` `GatewayMessage`";

/** The problems (RFC 9457) the routes answer, each with its headers. */
const RESPONSES: Json = {
  BadRequest: {
    description:
      "Invalid request: `errors` names each bad field (`body.…`, `query.…`, `path.…`, `header.…`); also malformed JSON, a body where the route takes none, an altered cursor.",
    headers: COMMON_HEADERS,
    content: problemContent("ValidationProblem"),
  },
  Unauthorized: {
    description: `No valid access token. ${FROM_GATEWAY} for a missing or invalid token.`,
    headers: { ...COMMON_HEADERS_IF_FUNCTION, "WWW-Authenticate": ref("headers", "WWWAuthenticate") },
    content: problemContent("Problem", true),
  },
  Forbidden: {
    description: `The token has none of the route's scopes (\`requiredScopes\`), or the caller may not act on this submission. ${FROM_GATEWAY} for a token without the route's scopes.`,
    headers: COMMON_HEADERS_IF_FUNCTION,
    content: problemContent("Problem", true),
  },
  NotFound: {
    description: `No such resource, or one the caller may not see. ${FROM_GATEWAY} for a route or method the stage does not have.`,
    headers: COMMON_HEADERS_IF_FUNCTION,
    content: problemContent("Problem", true),
  },
  RouteNotFound: {
    description: `${FROM_GATEWAY} for a route or method the stage does not have.`,
    content: { "application/json": { schema: ref("schemas", "GatewayMessage") } },
  },
  Conflict: {
    description:
      "Not allowed in the submission's status (`currentStatus`, `allowedTransitions`), another request changed it at the same moment, or a request with the same `Idempotency-Key` is still running: nothing was changed.",
    headers: COMMON_HEADERS,
    content: problemContent("Problem"),
  },
  PreconditionFailed: {
    description: "`If-Match` is not the current `ETag` (`currentETag`): read it again and retry.",
    headers: COMMON_HEADERS,
    content: problemContent("Problem"),
  },
  PayloadTooLarge: {
    description: "The body is larger than 256 KiB.",
    headers: COMMON_HEADERS,
    content: problemContent("Problem"),
  },
  UnsupportedMediaType: {
    description: "The body is not `application/json`.",
    headers: COMMON_HEADERS,
    content: problemContent("ValidationProblem"),
  },
  UnprocessableContent: {
    description: "This `Idempotency-Key` was already used with another body.",
    headers: COMMON_HEADERS,
    content: problemContent("ValidationProblem"),
  },
  PreconditionRequired: {
    description: "`If-Match` is missing.",
    headers: COMMON_HEADERS,
    content: problemContent("ValidationProblem"),
  },
  TooManyRequests: {
    description: `${FROM_GATEWAY} when it throttles the account's requests in the region: retry with backoff.`,
    content: { "application/json": { schema: ref("schemas", "GatewayMessage") } },
  },
  InternalError: {
    description: `An unexpected error; it was logged under \`X-Request-Id\`. Nothing was partly written. ${FROM_GATEWAY} when the function failed without answering.`,
    headers: COMMON_HEADERS_IF_FUNCTION,
    content: problemContent("Problem", true),
  },
  ServiceUnavailable: {
    description: `Storage is briefly unavailable: nothing was written; retry after \`Retry-After\` seconds. ${FROM_GATEWAY} when the function did not answer in time.`,
    headers: { ...COMMON_HEADERS_IF_FUNCTION, "Retry-After": ref("headers", "RetryAfter") },
    content: problemContent("Problem", true),
  },
};

const hasPathParameters = (r: RouteSpec) => /\{[^}]+\}/.test(r.path);

/** Every problem a route can answer, by status, from what it takes and does (see `http/stack.ts` and `http/problem.ts`). */
export function problemStatuses(r: RouteSpec): Record<string, string> {
  const changes = r.idempotent || r.ifMatch;
  return {
    "400": "BadRequest",
    ...(r.scopes.length ? { "401": "Unauthorized", "403": "Forbidden" } : {}),
    "404": hasPathParameters(r) ? "NotFound" : "RouteNotFound",
    ...(changes ? { "409": "Conflict" } : {}),
    ...(r.ifMatch ? { "412": "PreconditionFailed" } : {}),
    ...(r.body ? { "413": "PayloadTooLarge", "415": "UnsupportedMediaType" } : {}),
    ...(r.idempotent ? { "422": "UnprocessableContent" } : {}),
    ...(r.ifMatch ? { "428": "PreconditionRequired" } : {}),
    "429": "TooManyRequests",
    "500": "InternalError",
    "503": "ServiceUnavailable",
  };
}

function successResponse(r: RouteSpec, schemas: SchemaCollector) {
  const own = (r.successHeaders ?? []).map((h) => [SUCCESS_HEADERS[h], ref("headers", SUCCESS_HEADERS[h])]);
  return {
    description: r.summary,
    headers: {
      ...COMMON_HEADERS,
      ...Object.fromEntries(own),
      ...(r.idempotent ? { "Idempotent-Replayed": ref("headers", "IdempotentReplayed") } : {}),
    },
    content: { "application/json": { schema: r.response ? schemas.of(r.response, "output") : {} } },
  };
}

function parametersOf(r: RouteSpec, schemas: SchemaCollector) {
  const pathSchemas = r.params ? ((schemas.of(r.params, "input").properties as Json | undefined) ?? {}) : {};
  const path = [...r.path.matchAll(/\{([^}]+)\}/g)].map(([, name = ""]) => ({
    name,
    in: "path",
    required: true,
    schema: pathSchemas[name] ?? (name === "id" ? { type: "string", pattern: ULID.source } : { type: "string" }),
    ...(name === "id" ? { description: "The ULID the resource was created with." } : {}),
  }));
  const query = r.query ? (schemas.of(r.query, "input") as { properties?: Json; required?: string[] }) : {};
  const queryParameters = Object.entries(query.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: query.required?.includes(name) ?? false,
    schema,
  }));
  return [
    ...path,
    ...queryParameters,
    ref("parameters", "AcceptLanguage"),
    ...(r.idempotent ? [ref("parameters", "IdempotencyKey")] : []),
    ...(r.ifMatch ? [ref("parameters", "IfMatch")] : []),
  ];
}

function requestBodyOf(body: ZodType, examples: RouteSpec["examples"], schemas: SchemaCollector) {
  return {
    // A body schema that takes `undefined` (withdraw's) may be left out.
    required: !body.safeParse(undefined).success,
    content: {
      "application/json": {
        schema: schemas.of(body, "input"),
        ...(examples
          ? { examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])) }
          : {}),
      },
    },
  };
}

/** Alternatives are separate requirements: a caller needs any one of the route's scopes, not all of them. */
const securityOf = (r: RouteSpec) => r.scopes.map((scope) => ({ oauth2: [scope] }));

function operationOf(r: RouteSpec, schemas: SchemaCollector) {
  const problems = Object.entries(problemStatuses(r)).map(([status, name]) => [status, ref("responses", name)]);
  return {
    operationId: r.operationId,
    summary: r.summary,
    ...(r.description ? { description: r.description } : {}),
    ...(r.tag ? { tags: [r.tag.name] } : {}),
    parameters: parametersOf(r, schemas),
    ...(r.body ? { requestBody: requestBodyOf(r.body, r.examples, schemas) } : {}),
    responses: { [String(r.successStatus)]: successResponse(r, schemas), ...Object.fromEntries(problems) },
    security: securityOf(r),
  };
}

function tagsOf(routes: readonly RouteSpec[]): ApiTag[] {
  const tags = new Map<string, ApiTag>();
  for (const { tag } of routes) {
    if (!tag) continue;
    const known = tags.get(tag.name);
    if (known && known.description !== tag.description) throw new Error(`OpenAPI: tag ${tag.name} described twice`);
    tags.set(tag.name, tag);
  }
  return [...tags.values()];
}

function scopesOf(routes: readonly RouteSpec[]): Record<string, string> {
  const scopes = [...new Set(routes.flatMap((r) => r.scopes))];
  return Object.fromEntries(
    scopes.map((scope) => {
      const description = SCOPE_DESCRIPTIONS[scope];
      if (!description) throw new Error(`OpenAPI: scope ${scope} has no description`);
      return [scope, description];
    }),
  );
}

export interface OpenApiInfo {
  title: string;
  version: string;
  description: string;
  contact: { name: string; url: string };
  license: { name: string; identifier: string };
}

/** Where the API runs: the local stack, and a stage in the cloud (the stack output `ApiUrl`). */
const SERVERS = [
  { url: "http://localhost:3000", description: "The local stack (`npm start`; `--port` picks another port)" },
  {
    url: "https://{apiId}.execute-api.{region}.{dnsSuffix}",
    description: "A stage in the cloud: the Service stack's output `ApiUrl`",
    variables: {
      apiId: { default: "abcde12345", description: "The HTTP API's id" },
      region: { default: "cn-northwest-1", description: "The stage's AWS region" },
      dnsSuffix: {
        default: "amazonaws.com.cn",
        enum: ["amazonaws.com.cn", "amazonaws.com"],
        description: "`amazonaws.com.cn` in the China regions",
      },
    },
  },
];

/** OpenAPI 3.1, generated from the routes' zod schemas (zod 4's own JSON Schema output). */
export function openApiDocument(routes: readonly RouteSpec[], info: OpenApiInfo) {
  const schemas = new SchemaCollector();
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    paths[r.path] ??= {};
    (paths[r.path] as Json)[r.method.toLowerCase()] = operationOf(r, schemas);
  }
  for (const schema of [problemSchema, validationProblemSchema, gatewayMessageSchema]) schemas.of(schema, "output");
  return {
    openapi: "3.1.0",
    info,
    servers: SERVERS,
    tags: tagsOf(routes),
    paths,
    components: {
      securitySchemes: {
        oauth2: {
          type: "oauth2",
          description:
            "OAuth 2.0 client credentials (JWT access tokens). In the cloud the token URL is the Auth stack's output `TokenUrl` (Cognito), or the external OIDC issuer's token endpoint; the local stack's dev issuer mints tokens at `POST /local/tokens` with `{ sub, scopes }`. A route that lists several scopes needs any one of them.",
          flows: { clientCredentials: { tokenUrl: "/oauth2/token", scopes: scopesOf(routes) } },
        },
      },
      schemas: schemas.named,
      parameters: PARAMETERS,
      headers: HEADERS,
      responses: RESPONSES,
    },
  };
}
