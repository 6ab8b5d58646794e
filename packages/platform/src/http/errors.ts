import { text } from "@rdc/core";
import { ConditionFailed, WriteConflict } from "../dynamo/transact";
import { HttpProblem, problems } from "./problem";

/** Errors from storage that mean "try again shortly", not "the server is broken". */
const UNAVAILABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "TimeoutError",
  "RequestTimeout",
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "ServiceUnavailable",
  "InternalServerError",
  "TransactionInProgressException",
]);

function isUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { name?: string; code?: string; errors?: unknown[]; cause?: unknown };
    if (UNAVAILABLE.has(e.name ?? "") || UNAVAILABLE.has(e.code ?? "")) return true;
    if (Array.isArray(e.errors) && e.errors.some(isUnavailable)) return true;
    current = e.cause;
  }
  return false;
}

function hasName(error: unknown, name: string): boolean {
  return typeof error === "object" && error !== null && (error as { name?: string }).name === name;
}

/** Maps anything thrown on a request path to the problem the client sees: in one place. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const e = error as { statusCode?: number; message?: string; cause?: { package?: string; message?: string } };
  if (e?.cause?.package === "@middy/http-json-body-parser") {
    return e.message?.startsWith("Invalid or malformed JSON")
      ? problems.malformedJson(e.cause.message ?? "invalid JSON")
      : problems.unsupportedMediaType(undefined);
  }
  if (
    error instanceof ConditionFailed ||
    error instanceof WriteConflict ||
    hasName(error, "TransactionConflictException")
  ) {
    // Another request changed the same items at the same moment: nothing was written; retrying is safe.
    return problems.conflict(
      text(
        "同一对象正被另一请求修改，未作任何更改，请重试。",
        "Another request was changing the same data; nothing was changed, retry.",
      ),
    );
  }
  if (isUnavailable(error)) return problems.serviceUnavailable();
  return problems.internal();
}
