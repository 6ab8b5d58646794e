import { APP_FUNCTIONS } from "@rdc/app";
import { chinaToday } from "@rdc/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, eventually } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

/**
 * Property-based fuzzing of every POST route from a valid example (mutated:
 * wrong types, missing and extra fields, prototype keys, huge and deep
 * values, unicode, out-of-range numbers, impossible dates) and from raw
 * bytes. Never a 5xx; every 4xx a problem naming a field; nothing written
 * for a rejected request. FUZZ_RUNS sets cases per route (`npm run fuzz`: 10,000).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** Each case is one or two requests of a few milliseconds; the long run needs minutes per route. */
const TIMEOUT = 60_000 + RUNS * 40;

let stack: StackProcess;
let fuzzer: ReturnType<typeof client>;
const accepted = new Set<string>();

beforeAll(async () => {
  stack = await startStackProcess();
  fuzzer = client(
    stack.url,
    await stack.token("fuzzer", ["submissions:write", "submissions:read", "eligibility", "events:read"]),
  );
});
afterAll(async () => {
  await stack?.stop();
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const nasty = fc.oneof(
  fc.constantFrom<Json>(
    "2023-02-29",
    "2024-02-30",
    "2024-13-01",
    "0000-00-00",
    "",
    " ",
    "\u0000",
    "𠀀𠀁🧪\u202e",
    "'; DROP TABLE x; --",
    -1,
    0.5,
    1e21,
    -1e21,
    Number.MAX_SAFE_INTEGER + 2,
    true,
    null,
    [],
    {},
  ),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  // Large values built cheaply (generating them character by character would dominate the run).
  fc.nat({ max: 15_000 }).map((n) => "長".repeat(5_000 + n)),
  fc.nat({ max: 2_000 }).map((n) => Array.from({ length: 1_000 + n }, (_, i) => i)),
  fc.integer({ min: 1, max: 200 }).map((depth) => {
    let value: Json = "deep";
    for (let i = 0; i < depth; i++) value = { nested: value };
    return value;
  }),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** All paths to values inside a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => paths(v, [...prefix, i])));
  if (value && typeof value === "object")
    return here.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k])));
  return here;
}

type Mutation = { kind: "set" | "delete" | "extra"; at: number; key: string; value: Json };

function mutate(base: Json, mutations: Mutation[]): Json {
  const copy = JSON.parse(JSON.stringify(base)) as Json;
  for (const m of mutations) {
    const all = paths(copy);
    const path = all[m.at % all.length] ?? [];
    if (!path.length) continue;
    const parent = path
      .slice(0, -1)
      .reduce<Json>((node, key) => (node as Record<string, Json>)[key as string] as Json, copy);
    const last = path.at(-1) as string;
    if (parent === null || typeof parent !== "object") continue;
    // Extra keys go on objects only: JSON has no named properties on arrays.
    if (m.kind === "extra" && Array.isArray(parent)) continue;
    if (m.kind === "delete") delete (parent as Record<string, Json>)[last];
    else if (m.kind === "set") (parent as Record<string, Json>)[last] = m.value;
    else Object.defineProperty(parent, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

const mutations = fc.array(
  fc.record({
    kind: fc.constantFrom<Mutation["kind"]>("set", "delete", "extra"),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString"), fc.string({ maxLength: 10 })),
    value: nasty,
  }),
  { minLength: 1, maxLength: 4 },
);

function expectClientError(reply: { status: number; headers: Headers; body: any }, what: string) {
  expect(reply.status, what).toBeLessThan(500);
  if (reply.status >= 400) {
    expect(reply.headers.get("content-type"), what).toBe("application/problem+json");
    expect(reply.body.status, what).toBe(reply.status);
    if (reply.status === 400) {
      expect(reply.body.errors.length, what).toBeGreaterThan(0);
      for (const e of reply.body.errors) expect(typeof e.path, what).toBe("string");
    }
  }
}

/**
 * Every POST route of every intake the app registers (its create route and any
 * extra one, e.g. triage), from the intake's own example filed today; and the
 * test intake the stack adds. A new intake is fuzzed without touching this file.
 */
const INTAKE_APIS = APP_FUNCTIONS.filter((f) => f.intake);
const routes: [string, () => Json][] = [
  ...INTAKE_APIS.flatMap((f) => {
    const example = f.intake?.example;
    if (!example) throw new Error(`intake ${f.intake?.type} has no example to fuzz from`);
    return (f.routes ?? [])
      .filter((r) => r.method === "POST" && !r.path.includes("{"))
      .map((r): [string, () => Json] => [r.path, () => example(chinaToday()) as Json]);
  }),
  ["/v1/test-submissions", () => ({ scenario: "review" })],
];
const COLLECTIONS = [...INTAKE_APIS.map((f) => f.intake?.collection as string), "test-submissions"];

describe(`fuzzing every POST route (${RUNS} mutated and ${RUNS} raw cases each)`, () => {
  it("takes its routes from the app's registry of intakes", () => {
    expect(routes.map(([path]) => path)).toEqual([
      "/v1/data-export-assessments",
      "/v1/data-export-assessments/triage",
      "/v1/customs-extension-requests",
      "/v1/talent-title-applications",
      "/v1/test-submissions",
    ]);
  });

  for (const [path, example] of routes) {
    it(`${path}: never a 5xx, every rejection a problem naming a field`, { timeout: TIMEOUT }, async () => {
      const base = example();
      await fc.assert(
        fc.asyncProperty(mutations, async (m) => {
          const body = mutate(base, m);
          const reply = await fuzzer.post(path, JSON.stringify(body));
          expectClientError(reply, `${path} ${JSON.stringify(m).slice(0, 300)}`);
          if (reply.status === 202) accepted.add(reply.body.id);
        }),
        { numRuns: RUNS },
      );
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (bytes) => {
          const res = await fetch(`${stack.url}${path}`, {
            method: "POST",
            headers: { authorization: fuzzer.authorization, "content-type": "application/json" },
            body: bytes,
          });
          const text = await res.text();
          expectClientError(
            { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} },
            `${path} raw`,
          );
          if (res.status === 202) accepted.add(JSON.parse(text).id);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("changes of an existing submission (supplements, decisions, withdraw) and query strings: never a 5xx", {
    timeout: TIMEOUT,
  }, async () => {
    const created = await fuzzer.post("/v1/test-submissions", { scenario: "needs_info" });
    accepted.add(created.body.id);
    await eventually(async () =>
      (await fuzzer.get(`/v1/test-submissions/${created.body.id}`)).body.status === "needs_info" ? true : undefined,
    );
    const base = `/v1/test-submissions/${created.body.id}`;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("supplements", "decisions", "withdraw"),
        mutations,
        fc.constantFrom('"v2"', '"v1"', "*", "garbage", ""),
        async (action, m, ifMatch) => {
          const body = mutate(
            { payload: { scenario: "review" }, decision: "approve", reason: "r", note: "n" } as Json,
            m,
          );
          const reply = await fuzzer.post(`${base}/${action}`, JSON.stringify(body), { "if-match": ifMatch });
          expect(reply.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom("status", "limit", "cursor", "after", "type", "part", "x"),
          fc.string({ maxLength: 40 }),
        ),
        async (query) => {
          const qs = new URLSearchParams(query).toString();
          for (const path of ["/v1/test-submissions", "/v1/events", "/v1/measures", "/v1/review-queue"]) {
            expectClientError(await fuzzer.get(`${path}?${qs}`), `${path}?${qs}`);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  /*
   * Families of inputs that once answered 500 (issue 17), as generated cases so that none can come back:
   * event cursors past now or past the largest ULID, bodies nested far beyond the depth limit on every POST
   * route, and ids over DynamoDB's 2,048-byte key limit on every id route.
   */
  const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const crockford = (length: number) =>
    fc.array(fc.constantFrom(...CROCKFORD), { minLength: length, maxLength: length }).map((c) => c.join(""));
  const MAX_ULID_TIME = 2 ** 48 - 1;
  const ulidTime = (ms: number) => {
    let out = "";
    for (let i = 0, t = ms; i < 10; i++, t = Math.floor(t / 32)) out = CROCKFORD[t % 32] + out;
    return out;
  };
  /** A ULID whose time is after now (a minute to the end of ULID time), or 26 characters past `7ZZZ…`. */
  const outOfRangeCursor = fc.oneof(
    fc.constant("Z".repeat(26)),
    fc
      .tuple(fc.integer({ min: Date.now() + 60_000, max: MAX_ULID_TIME }), crockford(16))
      .map(([ms, rest]) => ulidTime(ms) + rest),
    fc.tuple(fc.constantFrom(..."89ABCDEFGHJKMNPQRSTVWXYZ"), crockford(25)).map(([first, rest]) => first + rest),
  );

  it("an event cursor in the future or past the largest ULID: a 400 naming query.after", {
    timeout: TIMEOUT,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        outOfRangeCursor,
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
        async (after, limit) => {
          const url = `/v1/events?after=${after}${limit ? `&limit=${limit}` : ""}`;
          const reply = await fuzzer.get(url);
          expectClientError(reply, url);
          expect(reply.status, url).toBe(400);
          expect(
            reply.body.errors.map((e: { path: string }) => e.path),
            url,
          ).toEqual(["query.after"]);
        },
      ),
      { numRuns: RUNS, examples: [["Z".repeat(26), undefined]] },
    );
  });

  /** Every `{id}` route the app registers, and the same for the test intake the stack adds. */
  const ID_ROUTES: { method: string; path: string }[] = [
    ...APP_FUNCTIONS.flatMap((f) => f.routes ?? []).filter((r) => r.path.includes("{id}")),
    ...(APP_FUNCTIONS.find((f) => f.intake)?.routes ?? [])
      .filter((r) => r.path.includes("{id}"))
      .map((r) => ({ method: r.method, path: r.path.replace(/^\/v1\/[^/]+/, "/v1/test-submissions") })),
  ];
  const POST_ROUTES = [
    ...new Set([...routes.map(([path]) => path), ...ID_ROUTES.filter((r) => r.method === "POST").map((r) => r.path)]),
  ];

  it("derives the id routes and POST routes from the app's registry", () => {
    expect(ID_ROUTES.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        "GET /v1/eligibility-checks/{id}",
        "GET /v1/test-submissions/{id}/history",
        "POST /v1/talent-title-applications/{id}/withdraw",
        "POST /v1/customs-extension-requests/{id}/supplements",
      ]),
    );
    expect(POST_ROUTES.length).toBeGreaterThan(routes.length + 8);
  });

  /** JSON nested far beyond the limit (32), as objects, arrays or a mix, bare or under a field. */
  const deepBody = fc
    .tuple(
      fc.oneof(fc.constant(20_000), fc.integer({ min: 64, max: 25_000 })),
      fc.constantFrom("object", "array", "mixed"),
      fc.constantFrom(null, "payload", "decision", "applicant"),
    )
    .map(([depth, shape, under]) => {
      const open = (i: number) => (shape === "array" || (shape === "mixed" && i % 2) ? "[" : '{"a":');
      const close = (i: number) => (shape === "array" || (shape === "mixed" && i % 2) ? "]" : "}");
      let head = "";
      let tail = "";
      for (let i = 0; i < depth; i++) {
        head += open(i);
        tail = close(i) + tail;
      }
      const deep = `${head}"x"${tail}`;
      return under ? `{"${under}":${deep}}` : deep;
    });

  it("a body nested thousands of levels deep on every POST route: 400 too_deep at body", {
    timeout: TIMEOUT * 2,
  }, async () => {
    const created = await fuzzer.post("/v1/test-submissions", { scenario: "needs_info" });
    accepted.add(created.body.id);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...POST_ROUTES),
        deepBody,
        fc.boolean(),
        fc.string({ minLength: 1, maxLength: 40 }),
        async (route, body, withKey, key) => {
          const path = route.replace("{id}", created.body.id);
          const reply = await fuzzer.post(path, body, {
            "if-match": '"v2"',
            ...(withKey || route.endsWith("/supplements")
              ? { "idempotency-key": `deep-${key.replace(/[^\x21-\x7e]/g, "k")}` }
              : {}),
          });
          const what = `${path} (${body.length} bytes)`;
          expectClientError(reply, what);
          expect(reply.status, what).toBe(400);
          expect(reply.body.errors, what).toEqual([expect.objectContaining({ path: "body", code: "too_deep" })]);
        },
      ),
      { numRuns: Math.max(RUNS, POST_ROUTES.length * 3) },
    );
  });

  /** Ids over 2,048 bytes: ASCII, Crockford (ULID-looking but too long) or multi-byte characters. */
  const hugeId = fc.oneof(
    fc.integer({ min: 2_049, max: 6_000 }).map((n) => "X".repeat(n)),
    fc.integer({ min: 80, max: 230 }).chain((n) => crockford(26 * n)),
    fc.integer({ min: 700, max: 1_500 }).map((n) => encodeURIComponent("長".repeat(n))),
  );

  it("an id over 2,048 bytes on every id route: 404", { timeout: TIMEOUT * 2 }, async () => {
    const reviewer = client(stack.url, await stack.token("fuzz-reviewer", ["review:CAC", "events:read"]));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ID_ROUTES), hugeId, async (route, id) => {
        const path = route.path.replace("{id}", id);
        const who = route.path.endsWith("/decisions") ? reviewer : fuzzer;
        const body = route.path.endsWith("/supplements")
          ? { payload: { pledge: true } }
          : route.path.endsWith("/decisions")
            ? { decision: "approve" }
            : undefined;
        const reply = await who.call(route.method, path, body, route.method === "POST" ? { "if-match": '"v1"' } : {});
        const what = `${route.method} ${route.path} (id of ${id.length} characters)`;
        expectClientError(reply, what);
        expect(reply.status, what).toBe(404);
      }),
      {
        numRuns: Math.max(RUNS, ID_ROUTES.length * 3),
        examples: [[{ method: "GET", path: "/v1/eligibility-checks/{id}" }, "X".repeat(3_000)]],
      },
    );
  });

  it("wrote nothing for a rejected request: the fuzzer owns exactly the submissions it was told were accepted", async () => {
    const listed = new Set<string>();
    for (const collection of COLLECTIONS) {
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await fuzzer.get(
          `/v1/${collection}?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
        );
        for (const item of page.body.items) listed.add(item.id);
        cursor = page.body.nextCursor;
      } while (cursor);
    }
    expect([...listed].sort()).toEqual([...accepted].sort());
  });
});
