/**
 * When a rule changes (README "When a rule changes"): open submissions
 * screened under older rules are screened again (`needs_info`) or flagged for
 * the reviewer when the current rules would decide otherwise (`under_review`).
 * A release with new rules is simulated by stamping stored submissions with an
 * older rules version, straight in the stack's DynamoDB Local.
 */
import { RULES_VERSION } from "@rdc/core";
import {
  dynamoClient,
  getSubmission,
  type RescreenResult,
  type SubmissionRecord,
  submissionItem,
  transact,
} from "@rdc/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, eventually, screened } from "./support/http";
import { type StackProcess, startStackProcess, useStackTable } from "./support/stack";

let stack: StackProcess;
let partner: ReturnType<typeof client>;
const path = "/v1/test-submissions";
const OLD = "2020-01-01.1";

beforeAll(async () => {
  stack = await startStackProcess();
  useStackTable(stack);
  partner = client(
    stack.url,
    await stack.token("partner-rules", ["submissions:write", "submissions:read", "events:read"]),
  );
});
afterAll(async () => {
  dynamoClient().destroy();
  await stack?.stop();
});

/** Rewrites a stored submission as an older release left it: its rules version, and what it held then. */
async function asScreenedUnderOlderRules(id: string, change: Partial<SubmissionRecord> = {}) {
  const record = await getSubmission(id);
  if (!record) throw new Error(`no submission ${id}`);
  await transact([
    { Put: { TableName: "rdc-measures-local", Item: submissionItem({ ...record, rulesVersion: OLD, ...change }) } },
  ]);
}

async function filed(payload: Record<string, unknown>, status: string) {
  const created = await partner.post(path, payload);
  expect(created.status).toBe(202);
  return (await screened(partner, `${path}/${created.body.id}`, status)).body as { id: string };
}

describe("open submissions when the rules change", () => {
  it("screens needs_info again, flags under_review whose verdict would differ, and leaves the rest", async () => {
    const waiting = await filed({ scenario: "needs_info" }, "needs_info");
    const standing = await filed({ scenario: "review" }, "under_review");
    const differing = await filed({ scenario: "review" }, "under_review");
    const current = await filed({ scenario: "needs_info" }, "needs_info");
    await asScreenedUnderOlderRules(waiting.id);
    await asScreenedUnderOlderRules(standing.id);
    // The current rules reject what the older ones sent to review.
    await asScreenedUnderOlderRules(differing.id, { payload: { scenario: "reject", agency: "CAC" } });

    const run = await fetch(`${stack.url}/local/rescreen`, { method: "POST" });
    const result = (await run.json()) as RescreenResult;
    expect(result).toMatchObject({ rulesVersion: RULES_VERSION, rescreened: [waiting.id], flagged: [differing.id] });
    expect(result.unchanged).toEqual([standing.id]);
    expect(JSON.stringify(result)).not.toContain(current.id);

    // needs_info: back to screening, screened under the current rules, the history says why.
    const again = await eventually(async () => {
      const reply = await partner.get(`${path}/${waiting.id}`);
      return reply.body.rulesVersion === RULES_VERSION && reply.body.status === "needs_info" ? reply : undefined;
    });
    expect(again.body.version).toBe(4);
    const history = (await partner.get(`${path}/${waiting.id}/history`)).body.items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(["submit", "screen", "rescreen", "screen"]);
    expect(history[2]).toMatchObject({ actor: { kind: "system", id: `rules:${RULES_VERSION}` }, from: "needs_info" });

    // under_review, verdict would differ: still under review, flagged, with an event.
    const flagged = (await partner.get(`${path}/${differing.id}`)).body;
    expect(flagged).toMatchObject({
      status: "under_review",
      rulesChange: { screenedUnderRulesVersion: OLD, rulesVersion: RULES_VERSION, wouldDecide: { status: "rejected" } },
    });
    const events = await eventually(async () => {
      const feed = (await partner.get("/v1/events?limit=100")).body.items as { type: string; submissionId: string }[];
      const found = feed.filter((e) => e.submissionId === differing.id && e.type === "submission.rules_changed");
      return found.length ? feed : undefined;
    });
    // The flag changes no status: the only status change is the first screening's.
    const ofDiffering = events.filter((e) => e.submissionId === differing.id).map((e) => e.type);
    expect(ofDiffering.filter((t) => t === "submission.status_changed")).toHaveLength(1);
    expect(ofDiffering.at(-1)).toBe("submission.rules_changed");
    expect((await partner.get(`${path}/${standing.id}`)).body.rulesChange).toBeNull();

    // Run again: nothing left to do for the flagged one's verdict, and nothing twice.
    const second = (await (await fetch(`${stack.url}/local/rescreen`, { method: "POST" })).json()) as RescreenResult;
    expect(second.rescreened).toEqual([]);
    expect(second.flagged).toEqual([]);
  });
});
