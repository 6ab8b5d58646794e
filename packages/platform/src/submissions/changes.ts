import { isFinal, type PersonalField, type Transition, type WatchedDeadline } from "@rdc/core";
import { tableName } from "../dynamo/client";
import type { TransactItem } from "../dynamo/transact";
import { type DomainEvent, eventPut, newEvent } from "../events/model";
import {
  type HistoryEntry,
  historyKey,
  type SubmissionRecord,
  submissionItem,
  submissionKey,
  type WatchRecord,
  watchKey,
} from "./model";
import { retentionPut } from "./retention";

export interface ChangeRequest {
  current: SubmissionRecord;
  transition: Transition;
  actor: HistoryEntry["actor"];
  reason: HistoryEntry["reason"];
  at: Date;
  /** Fields the change sets besides status and version. */
  patch?: Partial<
    Pick<
      SubmissionRecord,
      | "payload"
      | "screening"
      | "rulesVersion"
      | "rulesChange"
      | "summary"
      | "agency"
      | "office"
      | "due"
      | "calendarVersion"
      | "receivedAt"
    >
  >;
  /** Events besides `submission.status_changed` (not emitted when the status stays), e.g. `submission.screened`. */
  extraEvents?: { type: DomainEvent["type"]; data: Record<string, unknown> }[];
  watch?: WatchedDeadline | null;
  /** Watch kinds to drop (e.g. the review clock once a review ends). */
  unwatch?: string[];
  /**
   * The intake's personal fields (`personalFields(capability.payload)`): a
   * change into a final status records where the payload holds personal
   * values, for the retention sweep to erase (submissions/retention.ts).
   */
  personalFields?: readonly PersonalField[];
}

/**
 * One state change as the items of one transaction: the submission (on
 * condition that it is still the version that was read), its history entry,
 * its events, its watched deadlines and, once final, where its personal data
 * is. Callers add the idempotency record.
 */
export function changeItems(change: ChangeRequest): {
  next: SubmissionRecord;
  items: TransactItem[];
  events: DomainEvent[];
} {
  const { current, transition, at } = change;
  const next: SubmissionRecord = {
    ...current,
    ...change.patch,
    status: transition.to,
    version: current.version + 1,
    updatedAt: at.toISOString(),
    historyCount: current.historyCount + 1,
  };
  const entry: HistoryEntry = {
    seq: next.historyCount,
    at: next.updatedAt,
    actor: change.actor,
    action: transition.action,
    from: transition.from,
    to: transition.to,
    reason: change.reason,
  };
  const audience = { owner: next.owner, agency: next.agency };
  const events = [
    ...(change.extraEvents ?? []).map((e) => newEvent(e.type, next, e.data, at)),
    ...(transition.from === transition.to
      ? []
      : [
          newEvent(
            "submission.status_changed",
            next,
            {
              from: transition.from,
              to: transition.to,
              action: transition.action,
              reason: change.reason,
              version: next.version,
            },
            at,
          ),
        ]),
  ];
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName(),
        Item: submissionItem(next),
        ConditionExpression: "version = :expected",
        ExpressionAttributeValues: { ":expected": current.version },
      },
    },
    { Put: { TableName: tableName(), Item: { ...historyKey(next.id, entry.seq), entity: "history", entry } } },
    ...events.map((e) => eventPut(e, audience)),
    ...(change.unwatch ?? []).map(
      (kind): TransactItem => ({ Delete: { TableName: tableName(), Key: watchKey(next.id, kind) } }),
    ),
  ];
  if (change.watch) items.push(watchPut(next, change.watch));
  if (isFinal(transition.to) && !isFinal(transition.from) && change.personalFields) {
    const retained = retentionPut(next, change.personalFields);
    if (retained) items.push(retained);
  }
  return { next, items, events };
}

/** The first state of a submission: its item, its first history entry, its `received` event. */
export function creationItems(record: SubmissionRecord, actor: HistoryEntry["actor"], at: Date) {
  const entry: HistoryEntry = {
    seq: 1,
    at: record.createdAt,
    actor,
    action: "submit",
    from: null,
    to: "received",
    reason: null,
  };
  const event = newEvent("submission.received", record, { status: "received", version: record.version }, at);
  const items: TransactItem[] = [
    { Put: { TableName: tableName(), Item: submissionItem(record), ConditionExpression: "attribute_not_exists(PK)" } },
    { Put: { TableName: tableName(), Item: { ...historyKey(record.id, 1), entity: "history", entry } } },
    eventPut(event, { owner: record.owner, agency: null }),
  ];
  return { items, events: [event] };
}

/** A watched deadline, found by the sweep through GSI3 on the date of its next reminder. */
export function watchPut(record: SubmissionRecord, watch: WatchedDeadline): TransactItem {
  const item: WatchRecord = {
    ...watch,
    submissionId: record.id,
    submissionType: record.type,
    owner: record.owner,
    agency: record.agency,
    phase: "approaching",
  };
  return {
    Put: {
      TableName: tableName(),
      Item: { ...watchKey(record.id, watch.kind), entity: "watch", ...item, ...watchIndexKeys(item) },
    },
  };
}

export function watchIndexKeys(
  watch: Pick<WatchRecord, "date" | "warnDaysBefore" | "phase" | "submissionId" | "kind">,
) {
  const next = watch.phase === "approaching" ? shift(watch.date, -watch.warnDaysBefore) : shift(watch.date, 1);
  return { GSI3PK: "WATCH", GSI3SK: `${next}#${watch.submissionId}#${watch.kind}` };
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export { submissionKey };
