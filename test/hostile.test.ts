import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALL_SCOPES } from "@rdc/app";
import { importJWK, type JWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { talentApplication } from "./support/fixtures";
import { client, eventually, screened } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

let stack: StackProcess;
let dataDir: string;
let jwk: JWK;
type Client = ReturnType<typeof client>;
let partnerA: Client;
let partnerB: Client;

const PARTNER = ["submissions:write", "submissions:read", "events:read", "eligibility"];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "rdc-hostile-"));
  stack = await startStackProcess({ inMemory: false, dataDir });
  jwk = JSON.parse(readFileSync(join(dataDir, "dev-issuer-key.json"), "utf8")) as JWK;
  partnerA = client(stack.url, await stack.token("partner-a", PARTNER));
  partnerB = client(stack.url, await stack.token("partner-b", PARTNER));
});
afterAll(async () => {
  await stack?.stop();
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

async function signed(
  claims: Record<string, unknown>,
  options: { issuer?: string; expiresIn?: string | number; kid?: string | null; issuedAt?: number } = {},
) {
  const key = await importJWK(jwk, "ES256");
  const kid = options.kid === undefined ? (jwk.kid ?? "dev") : options.kid;
  const jwt = new SignJWT({ scope: PARTNER.join(" "), ...claims })
    .setProtectedHeader(kid === null ? { alg: "ES256" } : { alg: "ES256", kid })
    .setSubject("partner-a")
    .setIssuer(options.issuer ?? "rdc-local-dev-issuer")
    .setAudience("rdc-local")
    .setIssuedAt(options.issuedAt ?? Math.floor(Date.now() / 1000) - 7200);
  return jwt.setExpirationTime(options.expiresIn ?? "1h").sign(key);
}

describe("hostile tokens are all a 401 problem", () => {
  it.each([
    ["expired", () => signed({}, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    ["wrong issuer", () => signed({}, { issuer: "https://evil.example" })],
    [
      "unsigned (alg none)",
      async () =>
        `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: "partner-a", scope: PARTNER.join(" "), iss: "rdc-local-dev-issuer", aud: "rdc-local", exp: 4102444800 })}.`,
    ],
    [
      "HS256 signed with the public key",
      async () => {
        const { d: _d, ...publicJwk } = jwk;
        const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
        return new SignJWT({ scope: PARTNER.join(" ") })
          .setProtectedHeader({ alg: "HS256" })
          .setSubject("partner-a")
          .setIssuer("rdc-local-dev-issuer")
          .setAudience("rdc-local")
          .setExpirationTime("1h")
          .sign(secret);
      },
    ],
    [
      "tampered payload (scopes raised)",
      async () => {
        const good = await signed({ scope: "events:read" });
        const [header, , signature] = good.split(".");
        return `${header}.${b64({ sub: "partner-a", scope: ALL_SCOPES.join(" "), iss: "rdc-local-dev-issuer", aud: "rdc-local", exp: 4102444800 })}.${signature}`;
      },
    ],
    ["garbage", async () => "a.b.c"],
    // Parity with API Gateway's JWT authorizer (issue 17): right key and signature, wrong header or iat.
    ["kid naming no key of the JWKS", () => signed({}, { kid: "not-a-key-of-ours" })],
    ["no kid", () => signed({}, { kid: null })],
    ["iat 10 minutes in the future", () => signed({}, { issuedAt: Math.floor(Date.now() / 1000) + 600 })],
  ])("%s", async (_, make) => {
    const reply = await client(stack.url, await make()).get("/v1/talent-title-applications");
    expect(reply.status).toBe(401);
    expect(reply.headers.get("content-type")).toBe("application/problem+json");
  });

  it("accepts the same key's valid token (the attacks above fail for the right reason)", async () => {
    expect((await client(stack.url, await signed({})).get("/v1/talent-title-applications")).status).toBe(200);
  });
});

describe("every route with every other scope: 403", () => {
  it("answers each protected operation of the OpenAPI document with 403 for each scope it does not list", async () => {
    const doc = (await client(stack.url).get("/openapi.json")).body as {
      paths: Record<string, Record<string, { security: { oauth2?: string[] }[] }>>;
    };
    const tokens = new Map<string, Client>();
    for (const scope of ALL_SCOPES) tokens.set(scope, client(stack.url, await stack.token("scope-prober", [scope])));
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const needed = operation.security.flatMap((s) => s.oauth2 ?? []);
        if (!needed.length) continue;
        const concrete = path.replace(/\{[^}]+\}/g, "01HZZZZZZZZZZZZZZZZZZZZZZZ");
        for (const scope of ALL_SCOPES.filter((s) => !needed.includes(s))) {
          const reply = await tokens
            .get(scope)
            ?.call(method.toUpperCase(), concrete, method === "post" ? {} : undefined);
          expect(reply?.status, `${method} ${path} with ${scope}`).toBe(403);
          expect(reply?.body.requiredScopes).toEqual(needed);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("partner B against partner A's submission", () => {
  it("reveals nothing of A's: reads, changes, lists, cursors, guessed ids and the event feed", async () => {
    const secret = "X99887766";
    const created = await partnerA.post(
      "/v1/talent-title-applications",
      talentApplication({
        applicant: { ...talentApplication().applicant, passportNumber: secret },
      }),
    );
    expect(created.status).toBe(202);
    const id = created.body.id as string;
    await eventually(async () =>
      (await partnerA.get(`/v1/talent-title-applications/${id}`)).body.status !== "received" ? true : undefined,
    );
    const base = `/v1/talent-title-applications/${id}`;
    const replies = [
      await partnerB.get(base),
      await partnerB.get(`${base}/history`),
      await partnerB.post(`${base}/withdraw`, undefined, { "if-match": '"v2"' }),
      await partnerB.post(`${base}/supplements`, { payload: { pledge: true } }, { "if-match": '"v2"' }),
    ];
    expect(replies.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect((await partnerB.post(`${base}/decisions`, { decision: "approve" }, { "if-match": '"v2"' })).status).toBe(
      403,
    );

    await partnerA.post("/v1/talent-title-applications", talentApplication());
    const pageA = await partnerA.get("/v1/talent-title-applications?limit=1");
    expect((await partnerB.get(`/v1/talent-title-applications?limit=1&cursor=${pageA.body.nextCursor}`)).status).toBe(
      400,
    );
    const listB = await partnerB.get("/v1/talent-title-applications?limit=100");
    expect(JSON.stringify(listB.body)).not.toContain(id);

    for (const guess of [
      id.slice(0, -1) + (id.endsWith("0") ? "1" : "0"),
      "01ARZ3NDEKTSV4RRFFQ69G5FAV",
      "../../etc/passwd",
      "%00",
    ]) {
      expect((await partnerB.get(`/v1/talent-title-applications/${encodeURIComponent(guess)}`)).status).toBe(404);
    }
    await new Promise((r) => setTimeout(r, 400));
    const feedB = await partnerB.get("/v1/events?limit=100");
    expect(JSON.stringify(feedB.body)).not.toContain(id);
    const feedA = await partnerA.get("/v1/events?limit=100");
    expect(JSON.stringify(feedA.body)).toContain(id);
    const lastOfA = feedA.body.nextCursor as string;
    const afterA = await partnerB.get(`/v1/events?after=${lastOfA}`);
    expect(JSON.stringify(afterA.body)).not.toContain(id);

    expect(stack.output()).not.toContain(secret);
  });
});

describe("inputs that once answered 500 (issue 17)", () => {
  const path = "/v1/test-submissions";

  it("a reviewer never decides its own submission, whatever its scopes", async () => {
    const both = client(stack.url, await stack.token("reviewer-and-partner", ["review:CAC", "submissions:write"]));
    const created = await both.post(path, { scenario: "review", agency: "CAC" });
    expect(created.status).toBe(202);
    const routed = await screened(both, `${path}/${created.body.id}`, "under_review");
    for (const decision of [{ decision: "approve" }, { decision: "request_info", reason: "more" }]) {
      const reply = await both.post(`${path}/${created.body.id}/decisions`, decision, {
        "if-match": routed.headers.get("etag") ?? "",
      });
      expect(reply.status).toBe(403);
      expect(reply.body.type).toMatch(/separation-of-duties$/);
    }
    expect((await both.get(`${path}/${created.body.id}`)).body).toMatchObject({ status: "under_review" });
  });

  it("If-Match compares strongly: a weak tag is a 412", async () => {
    const created = await partnerA.post(path, { scenario: "needs_info" });
    const current = await screened(partnerA, `${path}/${created.body.id}`, "needs_info");
    const etag = current.headers.get("etag") ?? "";
    const weak = await partnerA.post(`${path}/${created.body.id}/withdraw`, undefined, { "if-match": `W/${etag}` });
    expect(weak.status).toBe(412);
    expect((await partnerA.post(`${path}/${created.body.id}/withdraw`, undefined, { "if-match": etag })).status).toBe(
      200,
    );
  });

  it("an event cursor in the future, or past the largest ULID, is a 400 naming query.after", async () => {
    const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let time = Date.now() + 86_400_000;
    let future = "";
    for (let i = 0; i < 10; i++, time = Math.floor(time / 32)) future = crockford[time % 32] + future;
    future += "0".repeat(16);
    for (const after of [future, "Z".repeat(26)]) {
      const reply = await partnerA.get(`/v1/events?after=${after}`);
      expect(reply.status).toBe(400);
      expect(reply.body.errors.map((e: { path: string }) => e.path)).toEqual(["query.after"]);
    }
  });

  it("a body nested 20,000 levels deep is a 400 too_deep at body, before idempotency reads it", async () => {
    let deep = '"x"';
    for (let i = 0; i < 20_000; i++) deep = `{"a":${deep}}`;
    const created = await partnerA.post(path, { scenario: "needs_info" });
    const reply = await partnerA.post(`${path}/${created.body.id}/supplements`, `{"payload":${deep}}`, {
      "idempotency-key": "deep-1",
      "if-match": '"v2"',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([expect.objectContaining({ path: "body", code: "too_deep" })]);
  });

  it("an id that is not a ULID names nothing: 404, whatever its length", async () => {
    const long = "X".repeat(3_000);
    for (const url of [`${path}/${long}`, `${path}/${long}/history`, `/v1/eligibility-checks/${long}`]) {
      expect((await partnerA.get(url)).status, url).toBe(404);
    }
    expect((await partnerA.post(`${path}/${long}/withdraw`, undefined, { "if-match": '"v1"' })).status).toBe(404);
  });
});
