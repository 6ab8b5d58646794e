import {
  AGENCIES,
  addWorkingDays,
  calendarVersion,
  chinaToday,
  type DueDate,
  findTransition,
  inForceOn,
  REVIEW_DUE_WARNING_DAYS,
  text,
} from "@rdc/core";
import { queryItems, tableName } from "../dynamo/client";
import { ConditionFailed, type TransactItem, transact, WriteConflict } from "../dynamo/transact";
import { logger } from "../log/logger";
import type { IntakeCapability } from "./capability";
import { changeItems } from "./changes";
import { recordFromItem, type SubmissionRecord, submissionKey } from "./model";

export interface DueDateChange {
  id: string;
  previousDueDate: string;
  dueDate: string;
  provisional: boolean;
}

export interface DueDateRecomputeResult {
  /** The calendar the due dates were counted on now (`calendarVersion()`). */
  calendarVersion: string;
  /** Due dates that moved, or that stayed but are no longer provisional: history entry and event each. */
  changed: DueDateChange[];
  /** Counted again with the same answer: only the calendar version they were counted on is updated. */
  unchanged: string[];
  /** Neither a stored clock nor an intake in this process to count them again with: left for the command. */
  skipped: string[];
}

/**
 * When a holiday notice is added (README "When a holiday notice is added"):
 * every submission under review whose due date is provisional and was counted
 * on another calendar version is counted again, on the calendar in force now.
 * The count is the due date's own clock (`due.clock`: N working days after a
 * date), or, for a submission stored before clocks were kept, the intake's
 * screening of the stored payload (when `intakes` has it). A due date that
 * moves, or becomes firm, is a system change `recompute_due` (under_review →
 * under_review) with its history entry, a `submission.due_date_changed` event
 * (`previousDueDate`, `dueDate`, `provisional`) for the partner and the agency,
 * and the review-due reminder moved with it, in one transaction conditional on
 * the version read. Runs at the start of every deadline sweep, and as the
 * command `npm run recompute-due-dates`. Queries the agencies' review queues
 * (GSI3), no Scan; running it twice changes nothing the second time.
 */
export async function recomputeDueDates(
  at: Date,
  intakes: ReadonlyMap<string, IntakeCapability> = new Map(),
): Promise<DueDateRecomputeResult> {
  const version = calendarVersion();
  const result: DueDateRecomputeResult = { calendarVersion: version, changed: [], unchanged: [], skipped: [] };
  for (const agency of AGENCIES) {
    for await (const item of queryItems({
      TableName: tableName(),
      IndexName: "GSI3",
      KeyConditionExpression: "GSI3PK = :queue",
      FilterExpression:
        "entity = :submission AND #due.#provisional = :true AND (attribute_not_exists(calendarVersion) OR calendarVersion <> :version)",
      ExpressionAttributeNames: { "#due": "due", "#provisional": "provisional" },
      ExpressionAttributeValues: {
        ":queue": `QUEUE#${agency}#under_review`,
        ":submission": "submission",
        ":true": true,
        ":version": version,
      },
    })) {
      const record = recordFromItem(item);
      const previous = record.due;
      const next = previous ? countAgain(record, previous, intakes) : null;
      if (!previous || !next) result.skipped.push(record.id);
      else if (next.date === previous.date && next.provisional === previous.provisional) {
        if (await applied(stamp(record, version))) result.unchanged.push(record.id);
      } else if (await applied(change(record, previous, next, version, at))) {
        result.changed.push({
          id: record.id,
          previousDueDate: previous.date,
          dueDate: next.date,
          provisional: next.provisional,
        });
      }
    }
  }
  if (result.changed.length || result.skipped.length) logger.info("due dates recomputed", { ...counts(result) });
  return result;
}

function counts(r: DueDateRecomputeResult) {
  return {
    calendarVersion: r.calendarVersion,
    changed: r.changed.length,
    unchanged: r.unchanged.length,
    skipped: r.skipped.length,
  };
}

/** The due date counted again on the calendar in force: its clock, or the intake's screening of the stored payload. */
function countAgain(
  record: SubmissionRecord,
  due: DueDate,
  intakes: ReadonlyMap<string, IntakeCapability>,
): DueDate | null {
  if (due.clock) return { ...due, ...addWorkingDays(due.clock.from, due.clock.workingDays) };
  const intake = intakes.get(record.type);
  if (!intake) return null;
  const decision = intake.screen(record.payload, { receivedOn: chinaToday(new Date(record.receivedAt)) });
  return decision.status === "under_review" && decision.due ? decision.due : null;
}

const actor = (version: string) => ({ kind: "system" as const, id: `calendar:${version}` });

function change(record: SubmissionRecord, previous: DueDate, next: DueDate, version: string, at: Date) {
  const transition = findTransition("under_review", "recompute_due");
  if (!transition) throw new Error("no recompute_due transition");
  const firm = (d: DueDate) => (d.provisional ? text("暂定", "provisional") : text("确定", "firm"));
  const was = firm(previous);
  const now = firm(next);
  return changeItems({
    current: record,
    transition,
    actor: actor(version),
    reason: text(
      `工作日日历已更新（${version}）：审核期限由${previous.date}（${was["zh-CN"]}）改为${next.date}（${now["zh-CN"]}）`,
      `The working-day calendar changed (${version}): the review is due on ${next.date} (${now.en}), not ${previous.date} (${was.en})`,
    ),
    at,
    patch: { due: next, calendarVersion: version },
    extraEvents: [
      {
        type: "submission.due_date_changed",
        data: { previousDueDate: previous.date, dueDate: next.date, provisional: next.provisional },
      },
    ],
    watch: {
      kind: "review_due",
      date: next.date,
      warnDaysBefore: inForceOn(REVIEW_DUE_WARNING_DAYS, chinaToday(new Date(record.receivedAt))).value,
      label: next.basis,
    },
  }).items;
}

/** Same date, still provisional: only the calendar version it was counted on is recorded (no history, no event). */
function stamp(record: SubmissionRecord, version: string): TransactItem[] {
  return [
    {
      Update: {
        TableName: tableName(),
        Key: submissionKey(record.id),
        UpdateExpression: "SET calendarVersion = :version",
        ConditionExpression: "version = :expected",
        ExpressionAttributeValues: { ":version": version, ":expected": record.version },
      },
    },
  ];
}

/** Writes one change; a submission changed meanwhile (its version moved on) is left to the next run. */
async function applied(items: TransactItem[]): Promise<boolean> {
  try {
    await transact(items);
    return true;
  } catch (error) {
    if (error instanceof ConditionFailed || error instanceof WriteConflict) return false;
    throw error;
  }
}
