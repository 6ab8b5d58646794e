import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import {
  createLocalJWKSet,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from "jose";

export const DEV_ISSUER = "rdc-local-dev-issuer";
export const DEV_AUDIENCE = "rdc-local";
const ALG = "ES256";
export const TOKEN_LIFETIME_SECONDS = 3600;
/** The clock skew allowed on `iat` (a token issued "in the future" by at most this much still passes). */
export const CLOCK_SKEW_SECONDS = 60;

/**
 * The local stack's token issuer: an ES256 key made on first start (kept in
 * the data folder unless in memory), tokens with the claims Cognito's client
 * credentials give (`sub`, `scope`), verified with `jose` on every request with
 * at least the checks of API Gateway's JWT authorizer: the header's `kid` must
 * name a key of the JWKS (a token without `kid` is refused), the signature,
 * `alg`, `iss`, `aud`, `exp`, and an `iat` not in the future (beyond a small skew).
 */
export interface DevIssuer {
  issue(sub: string, scopes: readonly string[]): Promise<string>;
  /** The verified claims, or null for a token that is missing, expired, forged or not ours. */
  verify(token: string): Promise<JWTPayload | null>;
  publicJwk: JWK;
}

export async function createDevIssuer(keyFile: string | null): Promise<DevIssuer> {
  let privateJwk: JWK;
  if (keyFile && existsSync(keyFile)) {
    privateJwk = JSON.parse(readFileSync(keyFile, "utf8")) as JWK;
  } else {
    const { privateKey } = await generateKeyPair(ALG, { extractable: true });
    privateJwk = { ...(await exportJWK(privateKey)), alg: ALG, kid: `dev-${Date.now().toString(36)}` };
    if (keyFile) {
      mkdirSync(dirname(keyFile), { recursive: true });
      writeFileSync(keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
    }
  }
  // A key file written without a `kid` gets the one its tokens have always carried.
  privateJwk = { ...privateJwk, kid: privateJwk.kid ?? "dev" };
  const { d: _private, ...publicJwk } = privateJwk;
  const privateKey = await importJWK(privateJwk, ALG);
  const jwks = createLocalJWKSet({ keys: [publicJwk] });
  const kids = new Set([publicJwk.kid]);
  const verified = new VerifiedTokens();
  return {
    publicJwk,
    issue: (sub, scopes) =>
      new SignJWT({ scope: scopes.join(" "), client_id: sub, token_use: "access" })
        .setProtectedHeader({ alg: ALG, kid: publicJwk.kid, typ: "JWT" })
        .setSubject(sub)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
        .sign(privateKey),
    verify: async (token) => {
      const known = verified.get(token);
      if (known) return timely(known) ? known : null;
      try {
        // jose's key set would pick the only key for a token without `kid`; API Gateway would not.
        const { kid } = decodeProtectedHeader(token);
        if (typeof kid !== "string" || !kids.has(kid)) return null;
        const { payload } = await jwtVerify(token, jwks, {
          issuer: DEV_ISSUER,
          audience: DEV_AUDIENCE,
          algorithms: [ALG],
          requiredClaims: ["sub", "exp", "iat"],
        });
        if (!timely(payload)) return null;
        verified.add(token, payload);
        return payload;
      } catch {
        return null;
      }
    },
  };
}

/**
 * Tokens this issuer has verified: the signature, `kid`, `alg`, `iss` and
 * `aud` follow from the token's bytes alone, so a token seen again is not
 * verified again (in the cloud API Gateway's authorizer does that work, not
 * the function). What depends on the clock, `exp`, `nbf` and `iat`, is checked
 * on every request (`timely`). At most 1,000, the oldest forgotten first (a
 * partner reuses one token for up to an hour).
 */
class VerifiedTokens {
  static readonly MAX = 1_000;
  readonly #tokens = new Map<string, JWTPayload>();
  get(token: string): JWTPayload | undefined {
    return this.#tokens.get(token);
  }
  add(token: string, payload: JWTPayload) {
    if (this.#tokens.size >= VerifiedTokens.MAX) this.#tokens.delete(this.#tokens.keys().next().value as string);
    this.#tokens.set(token, payload);
  }
}

/** Not expired, already valid, and (jose checks `iat` only against a maximum age) not issued in the future. */
function timely(payload: JWTPayload, now = Math.floor(Date.now() / 1000)): boolean {
  if (typeof payload.exp !== "number" || payload.exp <= now) return false;
  if (typeof payload.nbf === "number" && payload.nbf > now) return false;
  return typeof payload.iat === "number" && payload.iat <= now + CLOCK_SKEW_SECONDS;
}
