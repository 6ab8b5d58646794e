import { describe, expect, it } from "vitest";
import { HttpProblem } from "../http/problem";
import { callerFromEvent, isCognitoIssuer, normalizeScopes, requireScope } from "./caller";

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

describe("the issuer kind decides the token_use check", () => {
  const cognito = "https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_AbC123xyz";
  const cognitoChina = "https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_AbC123xyz";

  it("with a Cognito issuer, accepts only access tokens: an ID token or none is a 401", () => {
    for (const iss of [cognito, cognitoChina]) {
      expect(
        status(() => callerFromEvent(event({ sub: "p", iss, scope: "eligibility", token_use: "access" }))),
      ).toBeNull();
      expect(status(() => callerFromEvent(event({ sub: "p", iss, scope: "eligibility", token_use: "id" })))).toBe(401);
      expect(status(() => callerFromEvent(event({ sub: "p", iss, scope: "eligibility" })))).toBe(401);
    }
  });

  it("with an external OIDC issuer, keeps that issuer's claims (no token_use needed)", () => {
    const iss = "https://idp.partner.example.cn/realms/rdc";
    expect(status(() => callerFromEvent(event({ sub: "p", iss, scope: "eligibility" })))).toBeNull();
    expect(isCognitoIssuer(iss)).toBe(false);
    expect(isCognitoIssuer("https://cognito-idp.evil.example/x")).toBe(false);
  });
});
