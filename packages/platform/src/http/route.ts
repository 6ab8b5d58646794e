import type { ZodType } from "zod";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A group of operations in the OpenAPI document: one per capability. */
export interface ApiTag {
  name: string;
  description: string;
}

/** Headers a success answer carries beyond those of every answer (Content-Language, X-Request-Id, Cache-Control). */
export type SuccessHeader = "location" | "etag" | "vary";

/**
 * One HTTP route as data. The handler enforces `scopes`; infra/ sets the same
 * list as the API Gateway route's `authorizationScopes`; the OpenAPI document
 * is generated from the rest (packages/platform/src/http/openapi.ts).
 */
export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway style path, e.g. `/v1/data-export-assessments/{id}`. */
  path: string;
  /** The caller needs at least one of these scopes; empty for a public route. */
  scopes: readonly string[];
  /** A method name for generated clients: camelCase, verb first (`createDataExportAssessment`). */
  operationId: string;
  summary: string;
  /** What the operation does and answers, for the OpenAPI document (CommonMark). */
  description?: string;
  /** The capability the operation belongs to. */
  tag?: ApiTag;
  body?: ZodType;
  /** Named valid request bodies (an intake's `VALID_EXAMPLES`), for the OpenAPI document. */
  examples?: Readonly<Record<string, unknown>>;
  query?: ZodType;
  /** The path parameters (`{date}`), validated like the query: a bad one is a 400 naming `path.<name>`. */
  params?: ZodType;
  /** The success response's body as the client reads it (localized: every bilingual text one string). */
  response?: ZodType;
  /** Status code of the success response. */
  successStatus: number;
  /** The success answer's own headers (`Location`, `ETag`, `Vary`). */
  successHeaders?: readonly SuccessHeader[];
  /** `If-Match` with the resource's ETag is required: 428 without it, 412 when it is stale. */
  ifMatch?: boolean;
  /** Honours `Idempotency-Key`: a replay answers the first response again; 409 while it runs, 422 with another body. */
  idempotent?: boolean;
}
