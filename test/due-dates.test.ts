/**
 * When a holiday notice is added (README "When a holiday notice is added"):
 * open submissions whose due date was counted over a provisional day are
 * counted again, with a history entry and a `submission.due_date_changed`
 * event. A release that adds the notice is simulated by restarting the stack
 * on the same data with a made-up notice for the first year without one
 * (test/support/test-notice.ts). The submissions are stamped as received on
 * 2 December of the year before, straight in the stack's DynamoDB Local, so
 * that the test does not depend on today's date.
 */
import { rmSync } from "node:fs";
import { addDays, addHolidayNotice, addWorkingDays, calendarVersion, type DueDate } from "@rdc/core";
import { LOCAL_TABLE_NAME } from "@rdc/local-stack";
import {
  type DueDateRecomputeResult,
  dynamoClient,
  getSubmission,
  type SubmissionRecord,
  submissionItem,
  transact,
  watchKey,
} from "@rdc/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, eventually, screened } from "./support/http";
import { type StackProcess, startStackProcess, useStackTable } from "./support/stack";
import { firstYearWithoutNotice, testNotice } from "./support/test-notice";

const TABLE = LOCAL_TABLE_NAME;
const path = "/v1/test-submissions";
const PARTNER_SCOPES = ["submissions:write", "submissions:read", "events:read"];
const YEAR = firstYearWithoutNotice();
const RECEIVED_ON = `${YEAR - 1}-12-02`;
const LONG = 60; // working days: from 2 December across the next Spring Festival
const SHORT = 5; // ends in the year whose notice is data

let stack: StackProcess;
let dataDir: string | null = null;

async function recompute(): Promise<DueDateRecomputeResult> {
  const res = await fetch(`${stack.url}/local/recompute-due-dates`, { method: "POST" });
  expect(res.status).toBe(200);
  return (await res.json()) as DueDateRecomputeResult;
}

/** The stored submission as if received on RECEIVED_ON: its due date counted from then (with or without its clock). */
async function receivedOnFixedDay(id: string, workingDays: number, withClock: boolean): Promise<DueDate> {
  const record = (await getSubmission(id)) as SubmissionRecord;
  const counted = addWorkingDays(RECEIVED_ON, workingDays);
  const due: DueDate = {
    ...(record.due as DueDate),
    ...counted,
    ...(withClock ? { clock: { from: RECEIVED_ON, workingDays } } : {}),
  };
  if (!withClock) delete due.clock;
  // The review reminder as the screening set it for that due date: 3 days before it.
  const watch = {
    kind: "review_due",
    date: due.date,
    warnDaysBefore: 3,
    label: due.basis,
    submissionId: id,
    submissionType: record.type,
    owner: record.owner,
    agency: record.agency,
    phase: "approaching",
  };
  await transact([
    {
      Put: {
        TableName: TABLE,
        Item: submissionItem({ ...record, receivedAt: `${RECEIVED_ON}T02:00:00.000Z`, due }),
      },
    },
    {
      Put: {
        TableName: TABLE,
        Item: {
          ...watchKey(id, "review_due"),
          entity: "watch",
          ...watch,
          GSI3PK: "WATCH",
          GSI3SK: `${addDays(due.date, -3)}#${id}#review_due`,
        },
      },
    },
  ]);
  return due;
}

const ids = { clock: "", screenAgain: "", firm: "" };
const before: Record<string, DueDate> = {};

beforeAll(async () => {
  // The release before: no notice for YEAR. File, screen, and stamp the receipt day.
  stack = await startStackProcess({ inMemory: false });
  dataDir = stack.dataDir;
  useStackTable(stack);
  const partner = client(stack.url, await stack.token("partner-due", PARTNER_SCOPES));
  for (const [key, workingDays] of [
    ["clock", LONG],
    ["screenAgain", LONG],
    ["firm", SHORT],
  ] as const) {
    const created = await partner.post(path, { scenario: "review", workingDays });
    expect(created.status).toBe(202);
    await screened(partner, `${path}/${created.body.id}`, "under_review");
    ids[key] = created.body.id;
    before[key] = await receivedOnFixedDay(created.body.id, workingDays, key !== "screenAgain");
  }
  dynamoClient().destroy();
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("due dates when a holiday notice is added", () => {
  it("before the notice: the long clocks are provisional, and nothing is counted again", async () => {
    expect(before.clock).toMatchObject({ provisional: true, date: expect.stringMatching(new RegExp(`^${YEAR}-`)) });
    expect(before.firm).toMatchObject({ provisional: false });
    const partner = client(stack.url, await stack.token("partner-due", PARTNER_SCOPES));
    expect((await partner.get(`${path}/${ids.clock}`)).body.due).toMatchObject({
      date: before.clock?.date,
      provisional: true,
      clock: { from: RECEIVED_ON, workingDays: LONG },
    });
    // Screened on this calendar: nothing to count again until it changes.
    expect(await recompute()).toMatchObject({ changed: [], unchanged: [], skipped: [] });
  });

  it("after the notice: counted again, in the history and the event feeds of partner and agency, once", async () => {
    // The expected dates: this process adds the same notice as the restarted stack.
    const previousVersion = calendarVersion();
    addHolidayNotice(testNotice(YEAR));
    const expected = addWorkingDays(RECEIVED_ON, LONG);
    expect(expected.provisional).toBe(false);
    expect(expected.date).not.toBe(before.clock?.date);

    await stack.stop();
    stack = await startStackProcess({
      inMemory: false,
      ...(dataDir ? { dataDir } : {}),
      functions: ["test/support/test-notice-functions.ts"],
    });
    const health = (await client(stack.url).get("/health")).body;
    expect(health.calendarYears).toContain(YEAR);
    expect(health.calendarVersion).toBe(calendarVersion());
    expect(health.calendarVersion).not.toBe(previousVersion);

    const partner = client(stack.url, await stack.token("partner-due", PARTNER_SCOPES));
    const reviewer = client(stack.url, await stack.token("reviewer-cac", ["review:CAC", "events:read"]));
    const result = await recompute();
    expect(result.calendarVersion).toBe(calendarVersion());
    // The one stored without a clock is screened again (only the command holds the intakes).
    expect(result.changed).toContainEqual({
      id: ids.screenAgain,
      previousDueDate: before.screenAgain?.date,
      dueDate: expected.date,
      provisional: false,
    });
    // The deadline sweep counts clocks too, and may have come first: either way it is done once.
    const viaClock = result.changed.find((c) => c.id === ids.clock);
    if (viaClock) expect(viaClock).toMatchObject({ dueDate: expected.date, provisional: false });
    expect(JSON.stringify(result)).not.toContain(ids.firm);

    for (const id of [ids.clock, ids.screenAgain]) {
      const now = (await partner.get(`${path}/${id}`)).body;
      expect(now).toMatchObject({ status: "under_review", dueDate: expected.date, due: { provisional: false } });
      const history = (await partner.get(`${path}/${id}/history`)).body.items as {
        action: string;
        actor: unknown;
        reason: string;
        from: string;
        to: string;
      }[];
      expect(history.map((h) => h.action)).toEqual(["submit", "screen", "recompute_due"]);
      expect(history[2]).toMatchObject({
        actor: { kind: "system", id: `calendar:${calendarVersion()}` },
        from: "under_review",
        to: "under_review",
      });
      expect(history[2]?.reason).toContain(expected.date);
      expect(history[2]?.reason).toContain(before.clock?.date ?? "?");
    }
    const firm = (await partner.get(`${path}/${ids.firm}`)).body;
    expect(firm.dueDate).toBe(before.firm?.date);
    expect(((await partner.get(`${path}/${ids.firm}/history`)).body.items as unknown[]).length).toBe(2);

    // The event, to the partner and to the agency, with exactly its data; no status change.
    for (const reader of [partner, reviewer]) {
      const changed = await eventually(async () => {
        const feed = (await reader.get("/v1/events?limit=100")).body.items as {
          type: string;
          submissionId: string;
          data: unknown;
        }[];
        const found = feed.filter((e) => e.type === "submission.due_date_changed");
        return found.length >= 2 ? found : undefined;
      });
      expect(changed.map((e) => e.submissionId).sort()).toEqual([ids.clock, ids.screenAgain].sort());
      for (const e of changed) {
        expect(e.data).toEqual({ previousDueDate: before.clock?.date, dueDate: expected.date, provisional: false });
      }
    }
    const feed = (await partner.get("/v1/events?limit=100")).body.items as { type: string; submissionId: string }[];
    expect(feed.filter((e) => e.submissionId === ids.clock && e.type === "submission.status_changed")).toHaveLength(1);

    // The agency's queue is ordered by the new date.
    const queue = (await reviewer.get("/v1/review-queue?type=test-intake")).body.items as {
      id: string;
      dueDate: string;
    }[];
    expect(queue.find((q) => q.id === ids.clock)?.dueDate).toBe(expected.date);

    // Run again: nothing left, nothing twice.
    expect(await recompute()).toMatchObject({ changed: [], skipped: [] });
  });

  it("moves the review reminder with the due date", async () => {
    const expected = addWorkingDays(RECEIVED_ON, LONG).date;
    const partner = client(stack.url, await stack.token("partner-due", PARTNER_SCOPES));
    expect(expected > (before.clock?.date ?? "")).toBe(true);
    const sweep = (today: string) =>
      fetch(`${stack.url}/local/sweep`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ today }),
      });
    // The day the old reminder was due: nothing for this submission any more.
    expect((await sweep(addDays(before.clock?.date ?? "", -3))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 600)); // past the feed's settle window (FEED_SETTLE_MS=200)
    const early = (await partner.get("/v1/events?limit=100")).body.items as { type: string; submissionId: string }[];
    expect(early.filter((e) => e.submissionId === ids.clock && e.type === "submission.deadline_approaching")).toEqual(
      [],
    );
    expect((await sweep(addDays(expected, -3))).status).toBe(200);
    const reminder = await eventually(async () => {
      const feed = (await partner.get("/v1/events?limit=100")).body.items as {
        type: string;
        submissionId: string;
        data: { date?: string };
      }[];
      return feed.find((e) => e.submissionId === ids.clock && e.type === "submission.deadline_approaching");
    });
    expect(reminder.data.date).toBe(expected);
  });
});
