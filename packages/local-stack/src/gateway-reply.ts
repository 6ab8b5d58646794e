import type { IncomingMessage, ServerResponse } from "node:http";
import { pickLocale } from "@rdc/core";
import { type HttpProblem, problemResult, SECURITY_HEADERS } from "@rdc/platform";

type HeaderValue = string | number | boolean | undefined;

/** How the local gateway answers one request, with the request id that its function (if any) sees too. */
export interface GatewayReply {
  send(status: number, body: string | Buffer, headers?: Record<string, HeaderValue>): void;
  json(status: number, value: unknown): void;
  /** A refusal of the gateway's own (404, 405, 413, 401), shaped as the functions' problems are. */
  problem(problem: HttpProblem, instance: string): void;
}

/**
 * Every answer carries the request id and the API's security headers, and is
 * not to be stored unless it says otherwise (a function's public route, a docs
 * asset). A header whose value is `undefined` is left out, as API Gateway's
 * JSON reading of a Lambda result leaves it out.
 */
export function gatewayReply(req: IncomingMessage, res: ServerResponse, requestId: string): GatewayReply {
  const locale = pickLocale(req.headers["accept-language"]);
  const send: GatewayReply["send"] = (status, body, headers = {}) => {
    const all: Record<string, HeaderValue> = {
      "content-length": Buffer.byteLength(body),
      "cache-control": "no-store",
      "x-request-id": requestId,
      ...SECURITY_HEADERS,
      ...headers,
    };
    res.writeHead(
      status,
      Object.fromEntries(Object.entries(all).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))),
    );
    res.end(body);
  };
  return {
    send,
    json: (status, value) => send(status, JSON.stringify(value), { "content-type": "application/json; charset=utf-8" }),
    problem: (problem, instance) => {
      const result = problemResult(problem, locale, instance, requestId);
      send(result.statusCode ?? problem.status, result.body ?? "", result.headers);
    },
  };
}
