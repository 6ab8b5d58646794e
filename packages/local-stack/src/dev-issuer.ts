import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, jwtVerify, SignJWT } from "jose";

export const DEV_ISSUER = "rdc-local-dev-issuer";
export const DEV_AUDIENCE = "rdc-local";
const ALG = "ES256";
export const TOKEN_LIFETIME_SECONDS = 3600;

/**
 * The local stack's token issuer: an ES256 key made on first start (kept in
 * the data folder unless in memory), tokens with the claims Cognito's client
 * credentials give (`sub`, `scope`), verified with `jose` on every request.
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
  const { d: _private, ...publicJwk } = privateJwk;
  const privateKey = await importJWK(privateJwk, ALG);
  const publicKey = await importJWK(publicJwk, ALG);
  return {
    publicJwk,
    issue: (sub, scopes) =>
      new SignJWT({ scope: scopes.join(" "), client_id: sub, token_use: "access" })
        .setProtectedHeader({ alg: ALG, kid: privateJwk.kid ?? "dev", typ: "JWT" })
        .setSubject(sub)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
        .sign(privateKey),
    verify: async (token) => {
      try {
        const { payload } = await jwtVerify(token, publicKey, {
          issuer: DEV_ISSUER,
          audience: DEV_AUDIENCE,
          algorithms: [ALG],
          requiredClaims: ["sub", "exp"],
        });
        return payload;
      } catch {
        return null;
      }
    },
  };
}
