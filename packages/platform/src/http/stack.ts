import middy from "@middy/core";
import httpHeaderNormalizer from "@middy/http-header-normalizer";
import httpJsonBodyParser from "@middy/http-json-body-parser";
import { type Locale, localize, pickLocale } from "@rdc/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { ZodType } from "zod";
import * as z from "zod";
import { type Caller, callerFromEvent, requireScope } from "../auth/caller";
import { newUlid } from "../ids";
import { logger } from "../log/logger";
import { encodeForClient } from "./content-coding";
import { toProblem } from "./errors";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth";
import { HttpProblem, problems } from "./problem";
import type { RouteSpec } from "./route";
import { createRouter } from "./router";
import { parseOrThrow } from "./validation";

export const BODY_LIMIT_BYTES = 256 * 1024;

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

export interface RequestContext<B = unknown, Q = unknown, P = Record<string, string>> {
  /** The verified caller; null only on public routes. */
  caller: Caller;
  body: B;
  query: Q;
  params: P;
  headers: Record<string, string | undefined>;
  locale: Locale;
  requestId: string;
  /** The request's arrival time. */
  now: Date;
}

export interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route<B = unknown, Q = unknown, P = Record<string, string>> extends RouteSpec {
  handle(ctx: RequestContext<B, Q, P>): Promise<HttpResult>;
}

const NO_QUERY = z.strictObject({});
const PUBLIC_CALLER: Caller = { id: "", scopes: new Set(), agency: null };

/** A typed route: body, query and path parameters are parsed with their zod schemas before `handle` runs. */
export function route<
  BS extends ZodType = ZodType<undefined>,
  QS extends ZodType = typeof NO_QUERY,
  PS extends ZodType = ZodType<Record<string, string>>,
>(
  spec: Omit<RouteSpec, "body" | "query" | "params"> & { body?: BS; query?: QS; params?: PS },
  handle: (ctx: RequestContext<z.output<BS>, z.output<QS>, z.output<PS>>) => Promise<HttpResult>,
): Route<z.output<BS>, z.output<QS>, z.output<PS>> {
  return { ...spec, handle };
}

interface State {
  locale: Locale;
  requestId: string;
}

function stateOf(event: HttpEvent): State {
  return (event as unknown as { __rdc: State }).__rdc;
}

/** Reads locale and request id, enforces the body limit and the JSON content type. */
const requestSetup: middy.MiddlewareObj<HttpEvent> = {
  before: ({ event }) => {
    const requestId = event.requestContext?.requestId || newUlid();
    const state: State = { locale: pickLocale(event.headers?.["accept-language"]), requestId };
    Object.defineProperty(event, "__rdc", { value: state, enumerable: false });
    logger.resetKeys();
    logger.appendKeys({ requestId, route: `${event.requestContext?.http?.method} ${event.rawPath}` });
    const body = event.body;
    if (body === undefined || body === "") return;
    const size = Buffer.byteLength(body, event.isBase64Encoded ? "base64" : "utf8");
    if (size > BODY_LIMIT_BYTES) throw problems.payloadTooLarge(BODY_LIMIT_BYTES);
    const contentType = event.headers?.["content-type"];
    if (!contentType || !/^application\/([a-z.+-]+\+)?json\s*(;.*)?$/i.test(contentType)) {
      throw problems.unsupportedMediaType(contentType);
    }
    const json = event.isBase64Encoded ? Buffer.from(body, "base64").toString("utf8") : body;
    if (nestsDeeperThan(json, MAX_JSON_DEPTH)) {
      throw problems.validation([
        { path: "body", code: "too_deep", message: `JSON nested more than ${MAX_JSON_DEPTH} levels` },
      ]);
    }
  },
};

/** The answer, success or problem, compressed as the client accepts it. */
const responseEncoding: middy.MiddlewareObj<HttpEvent, APIGatewayProxyStructuredResultV2> = {
  after: encodeResponse,
  onError: encodeResponse,
};

function encodeResponse(request: middy.Request<HttpEvent, APIGatewayProxyStructuredResultV2>): void {
  if (request.response)
    request.response = encodeForClient(request.response, request.event.headers?.["accept-encoding"]);
}

/** middy's JSON parser, only when there is a body (withdraw may have none). */
function jsonBody(): middy.MiddlewareObj<HttpEvent> {
  const parser = httpJsonBodyParser();
  return {
    before: (request) => {
      if (request.event.body === undefined || request.event.body === "") return;
      return parser.before?.(request as never);
    },
  };
}

/**
 * Every answer is `Cache-Control: no-store` (PIPL 第五十一条: no copy of an
 * answer to an authenticated request in a browser's or a proxy's cache),
 * except the successes of public routes, which set their own; an
 * authenticated route cannot opt out.
 */
const NO_STORE = { "cache-control": "no-store" } as const;

/**
 * The security headers of every answer: the functions' (here) and the local
 * gateway's own (404, 405, 413, 401, docs), from this one definition. The
 * OWASP Secure Headers Project's set for an API that serves no HTML of its own:
 * middy's http-security-headers defaults sent `Server: undefined`,
 * `X-Powered-By: undefined` and an empty `Reporting-Endpoints`.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=15552000; includeSubDomains; preload",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-permitted-cross-domain-policies": "none",
});

function respond(status: number, body: unknown, locale: Locale, headers: Record<string, string>, requestId: string) {
  const isProblem = status >= 400;
  return {
    statusCode: status,
    headers: {
      "content-type": isProblem ? "application/problem+json" : "application/json; charset=utf-8",
      "content-language": locale,
      "x-request-id": requestId,
      ...SECURITY_HEADERS,
      ...NO_STORE,
      ...headers,
    },
    body: body === undefined ? "" : JSON.stringify(localize(body, locale)),
  } satisfies APIGatewayProxyStructuredResultV2;
}

/** A problem as the API answers it: the functions' error handler and the local gateway's own refusals. */
export function problemResult(
  problem: HttpProblem,
  locale: Locale,
  instance: string | undefined,
  requestId: string,
): APIGatewayProxyStructuredResultV2 {
  return respond(problem.status, problem.body(locale, instance), locale, problem.headers, requestId);
}

/**
 * The HTTP stack every API function uses: header normalisation, JSON parsing,
 * routing (404/405), auth and scopes (401/403), zod validation (400 naming each
 * field), problem+json errors, security headers, `Cache-Control: no-store`,
 * a request id, and compression as the client accepts it.
 */
export function httpHandler(routes: readonly Route<never, never>[]) {
  const match = createRouter(routes as readonly Route[]);
  const core = async (event: HttpEvent): Promise<APIGatewayProxyStructuredResultV2> => {
    const { locale, requestId } = stateOf(event);
    const { route: r, params } = match(event.requestContext.http.method, event.rawPath);
    const caller = r.scopes.length ? callerFromEvent(event) : PUBLIC_CALLER;
    requireScope(caller, r.scopes);
    const query = parseOrThrow(r.query ?? NO_QUERY, { ...event.queryStringParameters }, locale, "query");
    const pathParams = r.params ? (parseOrThrow(r.params, params, locale, "path") as Record<string, string>) : params;
    const body = r.body ? parseOrThrow(r.body, event.body ?? {}, locale, "body") : undefined;
    if (!r.body && event.body !== undefined && event.body !== "" && !isEmptyObject(event.body)) {
      throw problems.validation([{ path: "body", code: "unexpected_body", message: "this route takes no body" }]);
    }
    const result = await r.handle({
      caller,
      body,
      query,
      params: pathParams,
      headers: event.headers ?? {},
      locale,
      requestId,
      now: new Date(),
    });
    const headers = r.scopes.length ? { ...result.headers, ...NO_STORE } : (result.headers ?? {});
    return respond(result.status, result.body, locale, headers, requestId);
  };

  return middy<HttpEvent, APIGatewayProxyStructuredResultV2>()
    .use(httpHeaderNormalizer())
    .use(requestSetup)
    .use(responseEncoding)
    .use(jsonBody())
    .use({
      onError: (request) => {
        const state = stateOf(request.event) ?? { locale: "zh-CN", requestId: newUlid() };
        const problem = toProblem(request.error);
        if (problem.status >= 500) logger.error("request failed", { error: describe(request.error) });
        else logger.info("request refused", { status: problem.status, problem: problem.slug });
        request.response = problemResult(problem, state.locale, request.event.rawPath, state.requestId);
      },
    })
    .handler(core);
}

function isEmptyObject(body: unknown): boolean {
  return typeof body === "object" && body !== null && Object.keys(body).length === 0;
}

/** An error for the log: name, message and stack only, never request data. */
function describe(error: unknown): Record<string, unknown> {
  if (error instanceof HttpProblem) return { name: error.name, status: error.status };
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: typeof error };
}
