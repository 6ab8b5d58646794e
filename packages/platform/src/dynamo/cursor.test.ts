import { ParameterNotFoundError } from "@aws-lambda-powertools/parameters/errors";
import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  CURSOR_KEY_MAX_AGE_SECONDS,
  CURSOR_KEY_REFRESH_SECONDS,
  CURSOR_SECRET_ARN_ENV,
  CURSOR_SECRET_ENV,
  decodeCursor,
  encodeCursor,
  powertoolsProviders,
  type SecretValueProvider,
  secretsManagerCursorKeys,
  setCursorKeySource,
} from "./cursor";

const ARN = "arn:aws:secretsmanager:cn-northwest-1:123456789012:secret:rdc-cursor-AbCdEf";
const KEY = { PK: "SUB#01J", SK: "META" };
const SCOPE = "list:partner-a:data-export:";

/**
 * Secrets Manager as the functions see it through Powertools: the value of
 * each version stage, cached per provider for `maxAge` unless `forceFetch`.
 * `rotate` does what `put-secret-value` does: the new value becomes
 * AWSCURRENT, the old one AWSPREVIOUS.
 */
class FakeSecret {
  stages: { AWSCURRENT: string; AWSPREVIOUS?: string };
  reads = 0;
  now = 0;

  constructor(initial: string) {
    this.stages = { AWSCURRENT: initial };
  }

  rotate(next: string) {
    this.stages = { AWSCURRENT: next, AWSPREVIOUS: this.stages.AWSCURRENT };
  }

  /** A provider with its own cache, as each Powertools SecretsProvider has. */
  provider(): SecretValueProvider {
    const cache = new Map<string, { value: string; until: number }>();
    return {
      get: async (name, options) => {
        expect(name).toBe(ARN);
        const stage = options.sdkOptions.VersionStage as keyof FakeSecret["stages"];
        const hit = cache.get(stage);
        if (hit && !options.forceFetch && this.now < hit.until) return hit.value;
        this.reads++;
        const value = this.stages[stage];
        if (value === undefined) throw new ParameterNotFoundError(`Parameter ${name} not found in the store`);
        cache.set(stage, { value, until: this.now + options.maxAge * 1000 });
        return value;
      },
    };
  }

  /** A function instance: its own providers and caches. */
  instance() {
    return secretsManagerCursorKeys(
      ARN,
      { current: this.provider(), previous: this.provider() },
      CURSOR_KEY_MAX_AGE_SECONDS,
      () => this.now,
    );
  }
}

const rejected = (cursor: string | null) =>
  expect(decodeCursor(cursor ?? undefined, SCOPE)).rejects.toMatchObject({ status: 400 });

afterEach(() => {
  setCursorKeySource(undefined);
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("cursors signed with the Secrets Manager key", () => {
  it("accept a cursor signed before a rotation (AWSPREVIOUS), and refuse one two rotations old", async () => {
    const secret = new FakeSecret("key-one");
    setCursorKeySource(secret.instance());
    const beforeRotation = await encodeCursor(KEY, SCOPE);
    expect(beforeRotation).toMatch(/^[\w-]+\.[\w-]+$/);
    await expect(decodeCursor(beforeRotation ?? undefined, SCOPE)).resolves.toEqual(KEY);

    secret.rotate("key-two");
    secret.now += CURSOR_KEY_MAX_AGE_SECONDS * 1000; // the cache has expired: the instance reads both stages again
    await expect(decodeCursor(beforeRotation ?? undefined, SCOPE)).resolves.toEqual(KEY);
    const afterRotation = await encodeCursor(KEY, SCOPE);
    expect(afterRotation).not.toBe(beforeRotation);
    await expect(decodeCursor(afterRotation ?? undefined, SCOPE)).resolves.toEqual(KEY);

    secret.rotate("key-three");
    secret.now += CURSOR_KEY_MAX_AGE_SECONDS * 1000;
    await rejected(beforeRotation);
    await expect(decodeCursor(afterRotation ?? undefined, SCOPE)).resolves.toEqual(KEY);
  });

  it("works before the first rotation (no AWSPREVIOUS), remembering the absence instead of asking every time", async () => {
    const secret = new FakeSecret("key-one");
    setCursorKeySource(secret.instance());
    const cursor = await encodeCursor(KEY, SCOPE);
    await expect(decodeCursor(cursor ?? undefined, SCOPE)).resolves.toEqual(KEY);
    const reads = secret.reads;
    await expect(decodeCursor(cursor ?? undefined, SCOPE)).resolves.toEqual(KEY);
    expect(secret.reads).toBe(reads); // both served from the caches
  });

  it("an instance that has not seen the rotation yet reads the keys again for a cursor signed with the new key", async () => {
    const secret = new FakeSecret("key-one");
    const stale = secret.instance();
    const fresh = secret.instance();
    setCursorKeySource(stale);
    await encodeCursor(KEY, SCOPE); // the stale instance caches key-one

    secret.rotate("key-two");
    setCursorKeySource(fresh);
    const signedWithNewKey = await encodeCursor(KEY, SCOPE);

    setCursorKeySource(stale);
    await expect(decodeCursor(signedWithNewKey ?? undefined, SCOPE)).resolves.toEqual(KEY);
  });

  it("reads the keys again at most every CURSOR_KEY_REFRESH_SECONDS for cursors that match neither", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const secret = new FakeSecret("key-one");
    setCursorKeySource(secret.instance());
    const good = await encodeCursor(KEY, SCOPE);
    const forged = `${good?.split(".")[0]}.${"A".repeat(43)}`;
    await rejected(forged);
    const reads = secret.reads;
    for (let i = 0; i < 5; i++) await rejected(forged);
    expect(secret.reads).toBe(reads);
    vi.advanceTimersByTime(CURSOR_KEY_REFRESH_SECONDS * 1000);
    await rejected(forged);
    expect(secret.reads).toBeGreaterThan(reads);
  });

  it("refuses a tampered cursor and another query's cursor", async () => {
    setCursorKeySource(new FakeSecret("key-one").instance());
    const cursor = (await encodeCursor(KEY, SCOPE)) as string;
    const [payload, mac] = cursor.split(".");
    const other = Buffer.from(JSON.stringify({ k: { PK: "SUB#other", SK: "META" }, s: SCOPE })).toString("base64url");
    await rejected(`${other}.${mac}`);
    await rejected(`${payload}.${mac}.x`);
    await expect(decodeCursor(cursor, "list:partner-b:data-export:")).rejects.toMatchObject({ status: 400 });
    expect(await encodeCursor(undefined, SCOPE)).toBeNull();
  });
});

describe("Powertools' SecretsProvider underneath (its SDK client stubbed: no AWS)", () => {
  it("asks for AWSCURRENT and AWSPREVIOUS separately, and caches each", async () => {
    const client = new SecretsManagerClient({
      region: "cn-northwest-1",
      credentials: { accessKeyId: "x", secretAccessKey: "y" },
    });
    const asked: (string | undefined)[] = [];
    vi.spyOn(client, "send").mockImplementation(async (command: unknown) => {
      const input = (command as GetSecretValueCommand).input;
      expect(command).toBeInstanceOf(GetSecretValueCommand);
      expect(input.SecretId).toBe(ARN);
      asked.push(input.VersionStage);
      if (input.VersionStage === "AWSPREVIOUS") {
        throw new ResourceNotFoundException({ message: "no AWSPREVIOUS", $metadata: {} });
      }
      return { SecretString: "key-one" };
    });
    setCursorKeySource(secretsManagerCursorKeys(ARN, powertoolsProviders(client)));
    const cursor = await encodeCursor(KEY, SCOPE);
    for (let i = 0; i < 3; i++) await expect(decodeCursor(cursor ?? undefined, SCOPE)).resolves.toEqual(KEY);
    expect(asked).toEqual(["AWSCURRENT"]);
    await rejected(`${cursor?.split(".")[0]}.${"A".repeat(43)}`);
    expect(asked).toEqual(["AWSCURRENT", "AWSPREVIOUS", "AWSCURRENT", "AWSPREVIOUS"]);
  });
});

describe("the key from the environment", () => {
  it("uses the local stack's CURSOR_SECRET", async () => {
    vi.stubEnv(CURSOR_SECRET_ENV, "local-secret");
    vi.stubEnv(CURSOR_SECRET_ARN_ENV, "");
    const cursor = await encodeCursor(KEY, SCOPE);
    await expect(decodeCursor(cursor ?? undefined, SCOPE)).resolves.toEqual(KEY);
    vi.stubEnv(CURSOR_SECRET_ENV, "another-local-secret");
    await rejected(cursor);
  });

  it("refuses to sign without either variable", async () => {
    vi.stubEnv(CURSOR_SECRET_ENV, "");
    vi.stubEnv(CURSOR_SECRET_ARN_ENV, "");
    await expect(encodeCursor(KEY, SCOPE)).rejects.toThrow(/CURSOR_SECRET/);
  });
});
