import type { ZodType } from "zod";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One HTTP route as data. The handler enforces `scopes`; infra/ sets the same
 * list as the API Gateway route's `authorizationScopes`; the OpenAPI document
 * is generated from `body`, `query` and `summary`.
 */
export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway style path, e.g. `/v1/data-export-assessments/{id}`. */
  path: string;
  /** The caller needs at least one of these scopes; empty for a public route. */
  scopes: readonly string[];
  operationId: string;
  summary: string;
  body?: ZodType;
  query?: ZodType;
  /** The path parameters (`{date}`), validated like the query: a bad one is a 400 naming `path.<name>`. */
  params?: ZodType;
  /** The success response's body as the client reads it (localized), for the OpenAPI document. */
  response?: ZodType;
  /** Status code of the success response. */
  successStatus: number;
}
