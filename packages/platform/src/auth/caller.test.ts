import { describe, expect, it } from "vitest";
import { HttpProblem } from "../http/problem";
import { callerFromEvent, normalizeScopes, requireScope } from "./caller";

const event = (claims: Record<string, unknown> | undefined) =>
  ({ requestContext: { authorizer: claims ? { jwt: { claims, scopes: [] } } : undefined } }) as never;

function status(run: () => unknown): number | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof HttpProblem ? error.status : -1;
  }
}

describe("the caller from verified JWT claims", () => {
  it("strips the resource-server prefix in one place", () => {
    expect([...normalizeScopes("rdc/submissions:read rdc/review:CAC", "rdc/")]).toEqual([
      "submissions:read",
      "review:CAC",
    ]);
    expect([...normalizeScopes(["eligibility"], "rdc/")]).toEqual(["eligibility"]);
  });

  it("is a reviewer of one agency only when the token names exactly one", () => {
    expect(callerFromEvent(event({ sub: "r", scope: "review:GACC events:read" })).agency).toBe("GACC");
    expect(callerFromEvent(event({ sub: "r", scope: "review:GACC review:CAC" })).agency).toBeNull();
    expect(callerFromEvent(event({ sub: "p", scope: "submissions:read" })).agency).toBeNull();
  });

  it("answers 401 without a subject, or with one that could collide with table keys", () => {
    expect(status(() => callerFromEvent(event(undefined)))).toBe(401);
    expect(status(() => callerFromEvent(event({ scope: "eligibility" })))).toBe(401);
    expect(status(() => callerFromEvent(event({ sub: "a#b", scope: "eligibility" })))).toBe(401);
  });

  it("answers 403 naming the scopes a route needs", () => {
    const caller = callerFromEvent(event({ sub: "p", scope: "events:read" }));
    expect(status(() => requireScope(caller, ["submissions:write"]))).toBe(403);
    expect(status(() => requireScope(caller, ["events:read"]))).toBeNull();
    expect(status(() => requireScope(caller, []))).toBeNull();
  });
});
