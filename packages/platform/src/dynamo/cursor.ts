import { createHmac, timingSafeEqual } from "node:crypto";
import { ParameterNotFoundError } from "@aws-lambda-powertools/parameters/errors";
import { SecretsProvider } from "@aws-lambda-powertools/parameters/secrets";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { problems } from "../http/problem";

/**
 * Opaque pagination cursors: the last evaluated key, bound to the caller and
 * the query it came from, signed with HMAC-SHA256. A cursor that was altered,
 * or that belongs to another caller or query, is a 400.
 *
 * The key: locally, `CURSOR_SECRET` holds it (the local stack's own secret).
 * In the cloud, `CURSOR_SECRET_ARN` names a Secrets Manager secret, read at
 * run time with Powertools Parameters and cached: new cursors are signed with
 * its `AWSCURRENT` value, and a cursor signed with `AWSCURRENT` or
 * `AWSPREVIOUS` is accepted, so that a rotation (`put-secret-value`) needs no
 * redeploy and cursors handed out just before it keep working.
 */
export const CURSOR_SECRET_ENV = "CURSOR_SECRET";
export const CURSOR_SECRET_ARN_ENV = "CURSOR_SECRET_ARN";
/** How long a key read from Secrets Manager is used before it is read again (Powertools' cache), in seconds. */
export const CURSOR_KEY_MAX_AGE_SECONDS = 300;
/**
 * A cursor that matches neither cached key (signed by an instance that saw a
 * rotation this one has not seen yet) makes this instance read both keys
 * again, at most this often (seconds), so forged cursors cannot make every
 * request a Secrets Manager call.
 */
export const CURSOR_KEY_REFRESH_SECONDS = 30;

/** Where the signing keys come from. */
export interface CursorKeySource {
  /** The key new cursors are signed with (`AWSCURRENT`). */
  current(refresh?: boolean): Promise<string>;
  /** The key before the last rotation (`AWSPREVIOUS`), still accepted; undefined before the first rotation. */
  previous(refresh?: boolean): Promise<string | undefined>;
  /** True when `refresh` would read the keys again (false for a fixed local key). */
  readonly refreshable: boolean;
}

/** What this module needs of Powertools' `SecretsProvider` (a fake in the tests). */
export interface SecretValueProvider {
  get(
    name: string,
    options: { maxAge: number; forceFetch: boolean; throwOnMissing: true; sdkOptions: { VersionStage: string } },
  ): Promise<unknown>;
}

/** One fixed key (the local stack's), no rotation. */
export function fixedCursorKey(key: string): CursorKeySource {
  return { current: async () => key, previous: async () => undefined, refreshable: false };
}

/**
 * The keys of a Secrets Manager secret: `AWSCURRENT` and `AWSPREVIOUS`, each
 * from its own provider (Powertools caches by secret name, not by version
 * stage), cached `maxAge` seconds; a missing `AWSPREVIOUS` (no rotation yet)
 * is remembered as missing for as long.
 */
export function secretsManagerCursorKeys(
  secretId: string,
  providers: { current: SecretValueProvider; previous: SecretValueProvider } = powertoolsProviders(),
  maxAge = CURSOR_KEY_MAX_AGE_SECONDS,
  clock: () => number = Date.now,
): CursorKeySource {
  const read = async (provider: SecretValueProvider, stage: string, refresh: boolean) => {
    const value = await provider.get(secretId, {
      maxAge,
      forceFetch: refresh,
      throwOnMissing: true,
      sdkOptions: { VersionStage: stage },
    });
    if (typeof value !== "string" || value === "") throw new Error(`cursor secret ${stage}: not a non-empty string`);
    return value;
  };
  let previousMissingUntil = 0;
  return {
    refreshable: true,
    current: (refresh = false) => read(providers.current, "AWSCURRENT", refresh),
    previous: async (refresh = false) => {
      if (!refresh && clock() < previousMissingUntil) return undefined;
      try {
        return await read(providers.previous, "AWSPREVIOUS", refresh);
      } catch (error) {
        if (!(error instanceof ParameterNotFoundError)) throw error;
        previousMissingUntil = clock() + maxAge * 1000;
        return undefined;
      }
    },
  };
}

/** Two Powertools providers (two caches) over one Secrets Manager client, the SDK's default unless given. */
export function powertoolsProviders(client?: SecretsManagerClient): {
  current: SecretValueProvider;
  previous: SecretValueProvider;
} {
  const shared = client ?? new SecretsManagerClient({});
  const asProvider = (provider: SecretsProvider): SecretValueProvider => ({
    get: (name, options) => provider.get(name, options),
  });
  return {
    current: asProvider(new SecretsProvider({ awsSdkV3Client: shared })),
    previous: asProvider(new SecretsProvider({ awsSdkV3Client: shared })),
  };
}

let configured: CursorKeySource | undefined;
/** When this instance last read the keys again for a cursor that matched neither (ms since the epoch). */
let lastRefresh = 0;

/**
 * The key source: one set with `setCursorKeySource`, else `CURSOR_SECRET`
 * (the local stack's key, read on every use as before) or `CURSOR_SECRET_ARN`
 * (the cloud's secret, its source made once per process so that its cache lives).
 */
function keySource(): CursorKeySource {
  if (configured) return configured;
  const local = process.env[CURSOR_SECRET_ENV];
  if (local) return fixedCursorKey(local);
  const arn = process.env[CURSOR_SECRET_ARN_ENV];
  if (!arn)
    throw new Error(`neither ${CURSOR_SECRET_ENV} nor ${CURSOR_SECRET_ARN_ENV} is set: cursors cannot be signed`);
  configured = secretsManagerCursorKeys(arn);
  return configured;
}

/** Replaces the key source (tests); `undefined` goes back to the environment. */
export function setCursorKeySource(source: CursorKeySource | undefined): void {
  configured = source;
  lastRefresh = 0;
}

const mac = (key: string, payload: string) =>
  Buffer.from(createHmac("sha256", key).update(payload).digest("base64url"));

function signedWith(key: string | undefined, payload: string, given: Buffer): boolean {
  if (key === undefined) return false;
  const expected = mac(key, payload);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Whether `given` is the MAC of `payload` under the current or the previous key (read again once if neither). */
async function verify(payload: string, given: Buffer, now = Date.now()): Promise<boolean> {
  const source = keySource();
  for (const refresh of [false, true]) {
    if (refresh) {
      if (!source.refreshable || now - lastRefresh < CURSOR_KEY_REFRESH_SECONDS * 1000) return false;
      lastRefresh = now;
    }
    if (signedWith(await source.current(refresh), payload, given)) return true;
    if (signedWith(await source.previous(refresh), payload, given)) return true;
  }
  return false;
}

export async function encodeCursor(key: Record<string, unknown> | undefined, scope: string): Promise<string | null> {
  if (!key) return null;
  const payload = Buffer.from(JSON.stringify({ k: key, s: scope })).toString("base64url");
  return `${payload}.${mac(await keySource().current(), payload).toString()}`;
}

export async function decodeCursor(
  cursor: string | undefined,
  scope: string,
): Promise<Record<string, unknown> | undefined> {
  if (cursor === undefined) return undefined;
  const [payload, signature, ...rest] = cursor.split(".");
  if (!payload || !signature || rest.length) throw problems.badCursor();
  if (!(await verify(payload, Buffer.from(signature)))) throw problems.badCursor();
  try {
    const decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { k: unknown; s: unknown };
    if (decoded.s !== scope || typeof decoded.k !== "object" || decoded.k === null) throw problems.badCursor();
    return decoded.k as Record<string, unknown>;
  } catch {
    throw problems.badCursor();
  }
}
