import { AGENCIES, type Agency } from "@rdc/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";
import { problems } from "../http/problem";

/** The platform's logical scopes. In Cognito they carry a resource-server prefix (`SCOPE_PREFIX`). */
export const SCOPES = {
  eligibility: "eligibility",
  submissionsWrite: "submissions:write",
  submissionsRead: "submissions:read",
  eventsRead: "events:read",
  review: (agency: Agency) => `review:${agency}`,
} as const;

export const ALL_SCOPES: readonly string[] = [
  SCOPES.eligibility,
  SCOPES.submissionsWrite,
  SCOPES.submissionsRead,
  SCOPES.eventsRead,
  ...AGENCIES.map(SCOPES.review),
];

export const REVIEW_SCOPES: readonly string[] = AGENCIES.map(SCOPES.review);

export interface Caller {
  /** The token's `sub`: a partner system's or a reviewer's id. */
  id: string;
  scopes: ReadonlySet<string>;
  /** The agency of a reviewer (from a `review:<agency>` scope), or null for a partner. */
  agency: Agency | null;
}

/** Strips the resource-server prefix in one place: `https://api.example/submissions:read` → `submissions:read`. */
export function normalizeScopes(raw: unknown, prefix = process.env.SCOPE_PREFIX ?? ""): Set<string> {
  const list = Array.isArray(raw) ? raw.map(String) : typeof raw === "string" ? raw.split(/\s+/) : [];
  return new Set(list.filter(Boolean).map((s) => (prefix && s.startsWith(prefix) ? s.slice(prefix.length) : s)));
}

/**
 * A Cognito user pool's issuer (`https://cognito-idp.<region>.amazonaws.com/<pool id>`, `.amazonaws.com.cn`
 * in China). API Gateway has already checked that `iss` is the configured issuer, so the claim tells the
 * issuer kind: Cognito (the Auth stack) or an external OIDC issuer (`-c oidcIssuer=…`).
 */
const COGNITO_ISSUER = /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/[\w-]+$/;

export function isCognitoIssuer(iss: unknown): boolean {
  return typeof iss === "string" && COGNITO_ISSUER.test(iss);
}

type JwtEvent = Pick<APIGatewayProxyEventV2WithJWTAuthorizer, "requestContext">;

/** The caller from the claims API Gateway's JWT authorizer (or the local stack) verified; 401 without. */
export function callerFromEvent(event: JwtEvent): Caller {
  const claims = event.requestContext?.authorizer?.jwt?.claims;
  const sub = claims?.sub;
  // `#` separates key parts in the table: no caller id may carry one (Cognito client ids never do).
  if (typeof sub !== "string" || sub === "" || sub.includes("#")) throw problems.unauthorized();
  // Cognito signs ID tokens with the same keys and issuer; API Gateway cannot tell them from access
  // tokens, so the function does. An external OIDC issuer keeps its own claims (no `token_use`).
  if (isCognitoIssuer(claims?.iss) && claims?.token_use !== "access") throw problems.unauthorized();
  const scopes = normalizeScopes(claims?.scope ?? claims?.scp);
  // A reviewer acts for exactly one agency; a token naming several is given none (least privilege).
  const agencies = AGENCIES.filter((a) => scopes.has(SCOPES.review(a)));
  const agency = agencies.length === 1 ? (agencies[0] ?? null) : null;
  return { id: sub, scopes, agency };
}

/** 403 unless the caller holds at least one of `needed`. */
export function requireScope(caller: Caller, needed: readonly string[]): void {
  if (needed.length && !needed.some((s) => caller.scopes.has(s))) throw problems.forbidden(needed);
}
