import { writeFileSync } from "node:fs";
import { RULES_VERSION } from "@rdc/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, eventually, screened } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

let stack: StackProcess;
type Client = ReturnType<typeof client>;
let partnerA: Client;
let partnerB: Client;
let cacReviewer: Client;
let gaccReviewer: Client;

const path = "/v1/test-submissions";
const PARTNER_SCOPES = ["submissions:write", "submissions:read", "events:read"];

beforeAll(async () => {
  stack = await startStackProcess();
  partnerA = client(stack.url, await stack.token("partner-a", PARTNER_SCOPES));
  partnerB = client(stack.url, await stack.token("partner-b", PARTNER_SCOPES));
  cacReviewer = client(stack.url, await stack.token("reviewer-cac", ["review:CAC", "events:read"]));
  gaccReviewer = client(stack.url, await stack.token("reviewer-gacc", ["review:GACC", "events:read"]));
});
afterAll(async () => {
  await stack?.stop();
});

async function file(c: Client, payload: Record<string, unknown>, headers: Record<string, string> = {}) {
  const reply = await c.post(path, payload, headers);
  expect(reply.status).toBe(202);
  return reply.body as { id: string; version: number; status: string };
}

describe("the submission lifecycle", () => {
  it("records the rules version of every screening, and explains it on request with the trace", async () => {
    const created = await file(partnerA, { scenario: "review" });
    expect(created).toMatchObject({ rulesVersion: null });
    const screenedOnce = await screened(partnerA, `${path}/${created.id}`, "under_review");
    expect(screenedOnce.body.rulesVersion).toBe(RULES_VERSION);
    expect(screenedOnce.body).not.toHaveProperty("explanation");

    const explained = await partnerA.get(`${path}/${created.id}?explain=true`);
    expect(explained.status).toBe(200);
    const { explanation } = explained.body;
    expect(explanation).toEqual({
      rulesVersion: RULES_VERSION,
      screenedUnderRulesVersion: RULES_VERSION,
      sameRules: true,
      trace: [
        {
          rule: "test.scenario",
          outcome: "eligible",
          inputs: { scenario: "review" },
          parameters: [],
          source: expect.any(String),
        },
      ],
      sources: expect.any(Object),
      documents: expect.any(Object),
    });
    const source = explanation.sources[explanation.trace[0].source];
    expect(source).toMatchObject({ inForceFrom: "2023-01-01" });
    expect(explanation.documents[source.document]).toBeTruthy();
    expect((await partnerA.get(`${path}/${created.id}?explain=maybe`)).status).toBe(400);
  });

  it("runs create → screening → needs_info → supplement → review → approval, with history and events", async () => {
    const created = await file(partnerA, { scenario: "needs_info", applicantName: "Zhang San" });
    expect(created).toMatchObject({ status: "received", version: 1, screening: null });

    const first = await screened(partnerA, `${path}/${created.id}`, "needs_info");
    expect(first.headers.get("etag")).toBe('"v2"');
    expect(first.body.links.supplements).toBe(`${path}/${created.id}/supplements`);

    const supplement = await partnerA.post(
      `${path}/${created.id}/supplements`,
      { payload: { scenario: "review" } },
      { "if-match": '"v2"' },
    );
    expect(supplement.status).toBe(200);
    expect(supplement.body).toMatchObject({ status: "received", version: 3 });
    expect(supplement.body.payload).toEqual({ scenario: "review", agency: "CAC", applicantName: "Zhang San" });

    const review = await screened(partnerA, `${path}/${created.id}`, "under_review");
    expect(review.body).toMatchObject({
      agency: "CAC",
      version: 4,
      dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });

    const queue = await cacReviewer.get("/v1/review-queue?type=test-intake");
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(created.id);

    const noReason = await cacReviewer.post(
      `${path}/${created.id}/decisions`,
      { decision: "reject" },
      { "if-match": '"v4"' },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].path).toBe("body.reason");

    const approved = await cacReviewer.post(
      `${path}/${created.id}/decisions`,
      { decision: "approve" },
      { "if-match": '"v4"' },
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "approved", version: 5 });

    const history = await partnerA.get(`${path}/${created.id}/history`);
    expect(history.body.items.map((h: { action: string; to: string }) => `${h.action}:${h.to}`)).toEqual([
      "submit:received",
      "screen:needs_info",
      "supplement:received",
      "screen:under_review",
      "approve:approved",
    ]);
    expect(history.body.items[4].actor).toEqual({ kind: "reviewer", id: "reviewer-cac" });

    const events = await eventually(
      async () => {
        const reply = await partnerA.get("/v1/events?limit=100");
        const mine = reply.body.items.filter((e: { submissionId: string }) => e.submissionId === created.id);
        return mine.length >= 7 ? mine : undefined;
      },
      10_000,
      "7 events",
    );
    expect(
      events.map((e: { type: string; data: { to?: string } }) => `${e.type}${e.data.to ? `:${e.data.to}` : ""}`),
    ).toEqual([
      "submission.received",
      "submission.screened",
      "submission.status_changed:needs_info",
      "submission.status_changed:received",
      "submission.screened",
      "submission.status_changed:under_review",
      "submission.status_changed:approved",
    ]);
    const ids = events.map((e: { id: string }) => e.id);
    expect([...ids].sort()).toEqual(ids);
  });

  it("routes the other screening outcomes to their statuses", async () => {
    for (const [scenario, status] of [
      ["not_required", "not_required"],
      ["reject", "rejected"],
    ] as const) {
      const created = await file(partnerA, { scenario });
      const reply = await screened(partnerA, `${path}/${created.id}`, status);
      expect(reply.body.links.withdraw).toBeUndefined();
    }
  });

  it("needs If-Match (428), refuses a stale one (412) and an impossible transition (409 with the allowed ones)", async () => {
    const created = await file(partnerA, { scenario: "review" });
    await screened(partnerA, `${path}/${created.id}`, "under_review");
    expect((await partnerA.post(`${path}/${created.id}/withdraw`)).status).toBe(428);
    const stale = await partnerA.post(`${path}/${created.id}/withdraw`, undefined, { "if-match": '"v1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.currentETag).toBe('"v2"');
    const wrong = await partnerA.post(`${path}/${created.id}/supplements`, { payload: {} }, { "if-match": '"v2"' });
    expect(wrong.status).toBe(409);
    expect(wrong.body.allowedTransitions.map((t: { action: string }) => t.action).sort()).toEqual([
      "approve",
      "reject",
      "request_info",
      "withdraw",
    ]);
    const withdrawn = await partnerA.post(
      `${path}/${created.id}/withdraw`,
      { reason: "no longer needed" },
      { "if-match": '"v2"' },
    );
    expect(withdrawn.body.status).toBe("withdrawn");
  });

  it("lets exactly one of 20 parallel decisions with the same If-Match through; the rest get 412", async () => {
    const created = await file(partnerA, { scenario: "review" });
    await screened(partnerA, `${path}/${created.id}`, "under_review");
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        cacReviewer.post(
          `${path}/${created.id}/decisions`,
          i % 2 ? { decision: "approve" } : { decision: "reject", reason: `reason ${i}` },
          { "if-match": '"v2"' },
        ),
      ),
    );
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    const history = await partnerA.get(`${path}/${created.id}/history`);
    expect(history.body.items).toHaveLength(3);
  });

  it("writes once for 20 parallel creates with one Idempotency-Key, and replays the first answer", async () => {
    const key = `key-${Date.now()}`;
    const payload = { scenario: "review", applicantName: "Li Si" };
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => partnerB.post(path, payload, { "idempotency-key": key })),
    );
    const accepted = replies.filter((r) => r.status === 202);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    expect(replies.every((r) => r.status === 202 || r.status === 409)).toBe(true);
    expect(new Set(accepted.map((r) => r.body.id)).size).toBe(1);
    const again = await partnerB.post(path, payload, { "idempotency-key": key });
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(accepted[0]?.body.id);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const list = await partnerB.get(`${path}?limit=100`);
    expect(list.body.items.filter((i: { id: string }) => i.id === again.body.id)).toHaveLength(1);
    expect(list.body.items).toHaveLength(1);
    const otherBody = await partnerB.post(path, { scenario: "reject" }, { "idempotency-key": key });
    expect(otherBody.status).toBe(422);
  });
});

describe("who sees what", () => {
  it("keeps partner A's submission from partner B, and a CAC submission from a GACC reviewer", async () => {
    const created = await file(partnerA, { scenario: "review", applicantName: "Wang Wu" });
    await screened(partnerA, `${path}/${created.id}`, "under_review");
    expect((await partnerB.get(`${path}/${created.id}`)).status).toBe(404);
    expect((await partnerB.get(`${path}/${created.id}/history`)).status).toBe(404);
    expect((await partnerB.post(`${path}/${created.id}/withdraw`, undefined, { "if-match": '"v2"' })).status).toBe(404);
    const listB = await partnerB.get(`${path}?limit=100`);
    expect(listB.body.items.map((i: { id: string }) => i.id)).not.toContain(created.id);
    const eventsB = await partnerB.get("/v1/events?limit=100");
    expect(eventsB.body.items.map((e: { submissionId: string }) => e.submissionId)).not.toContain(created.id);

    expect((await gaccReviewer.get(`${path}/${created.id}`)).status).toBe(404);
    const decide = await gaccReviewer.post(
      `${path}/${created.id}/decisions`,
      { decision: "approve" },
      { "if-match": '"v2"' },
    );
    expect(decide.status).toBe(404);
    const gaccQueue = await gaccReviewer.get("/v1/review-queue");
    expect(gaccQueue.body.items.map((i: { id: string }) => i.id)).not.toContain(created.id);
    expect((await cacReviewer.get(`${path}/${created.id}`)).status).toBe(200);
  });

  it("rejects a cursor from another caller or an altered one with 400", async () => {
    await file(partnerA, { scenario: "reject" });
    await file(partnerA, { scenario: "reject" });
    const page = await partnerA.get(`${path}?limit=1`);
    const cursor = page.body.nextCursor as string;
    expect(cursor).toBeTruthy();
    expect((await partnerA.get(`${path}?limit=1&cursor=${cursor}`)).status).toBe(200);
    expect((await partnerB.get(`${path}?limit=1&cursor=${cursor}`)).status).toBe(400);
    const tampered = `${cursor.slice(0, -2)}${cursor.endsWith("A") ? "B" : "A"}A`;
    const bad = await partnerA.get(`${path}?limit=1&cursor=${tampered}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("cursor");
  });
});

describe("stream processing failures", () => {
  it("dead-letters a record that always throws after its retries, processes the rest, and redrives after a fix", async () => {
    const created = await Promise.all([
      file(partnerA, { scenario: "review" }),
      file(partnerA, { scenario: "throw" }),
      file(partnerA, { scenario: "not_required" }),
    ]);
    const [good, bad, other] = created;
    await screened(partnerA, `${path}/${good?.id ?? ""}`, "under_review");
    await screened(partnerA, `${path}/${other?.id ?? ""}`, "not_required");
    const letters = await eventually(
      async () => {
        const reply = await client(stack.url).get("/local/dead-letters");
        const found = reply.body.items.filter((l: { keys: { PK: { S: string } } }) => l.keys.PK.S === `SUB#${bad?.id}`);
        expect(JSON.stringify(reply.body)).not.toContain("NewImage");
        return found.length ? found : undefined;
      },
      20_000,
      "dead letter",
    ).catch((error: Error) => {
      const log = stack
        .output()
        .split("\n")
        .filter((l) => /WARN|ERROR|dead|screening/.test(l))
        .slice(-30)
        .join("\n");
      throw new Error(`${error.message}\n${log}`);
    });
    expect(letters[0]).toMatchObject({ consumer: "TestIntakeScreening", attempts: 4 });
    expect((await partnerA.get(`${path}/${bad?.id}`)).body.status).toBe("received");

    writeFileSync(stack.fixFile, "fixed");
    const redrive = await client(stack.url).post(`/local/dead-letters/${encodeURIComponent(letters[0].id)}/redrive`);
    expect(redrive.body).toMatchObject({ redriven: true });
    expect((await partnerA.get(`${path}/${bad?.id}`)).body.status).toBe("under_review");
    const after = await client(stack.url).get("/local/dead-letters");
    expect(after.body.items.map((l: { id: string }) => l.id)).not.toContain(letters[0].id);
  });
});

describe("deadlines", () => {
  it("emits deadline_approaching and overdue once each, for a watched deadline", async () => {
    const created = await file(partnerA, { scenario: "review", watchDate: "2031-03-31" });
    await screened(partnerA, `${path}/${created.id}`, "under_review");
    await cacReviewer.post(`${path}/${created.id}/decisions`, { decision: "approve" }, { "if-match": '"v2"' });
    const sweep = (today: string) => client(stack.url).post("/local/sweep", { today });
    expect((await sweep("2031-02-28")).body).toMatchObject({ approaching: 0 });
    const first = await sweep("2031-03-01");
    expect(first.body.approaching).toBeGreaterThanOrEqual(1);
    await sweep("2031-03-02");
    await sweep("2031-03-31");
    await sweep("2031-04-01");
    await sweep("2031-04-02");
    const events = await eventually(
      async () => {
        const reply = await partnerA.get("/v1/events?limit=100");
        const all = [...reply.body.items];
        let cursor = reply.body.nextCursor;
        for (let more = reply.body.items.length === 100; more; ) {
          const next = await partnerA.get(`/v1/events?limit=100&after=${cursor}`);
          all.push(...next.body.items);
          cursor = next.body.nextCursor;
          more = next.body.items.length === 100;
        }
        const mine = all.filter(
          (e: { submissionId: string; type: string }) =>
            e.submissionId === created.id &&
            (e.type === "submission.deadline_approaching" || e.type === "submission.overdue"),
        );
        return mine.length >= 2 ? mine : undefined;
      },
      10_000,
      "deadline events",
    );
    const kinds = events.map((e: { type: string; data: { kind: string } }) => `${e.type}:${e.data.kind}`);
    expect(kinds.filter((k: string) => k === "submission.deadline_approaching:test_deadline")).toHaveLength(1);
    expect(kinds.filter((k: string) => k === "submission.overdue:test_deadline")).toHaveLength(1);
  });
});
