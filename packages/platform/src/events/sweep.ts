import { chinaToday, type DomainEventType } from "@rdc/core";
import { queryItems, tableName } from "../dynamo/client";
import { ConditionFailed, transact, WriteConflict } from "../dynamo/transact";
import { logger } from "../log/logger";
import { watchIndexKeys } from "../submissions/changes";
import type { WatchRecord } from "../submissions/model";
import { eventPut, newEvent } from "./model";

export interface SweepResult {
  today: string;
  approaching: number;
  overdue: number;
}

/**
 * Emits `submission.deadline_approaching` and `submission.overdue` once per
 * watched deadline and threshold. Each watch moves approaching → overdue →
 * gone in a transaction with its event, conditional on its phase, so two
 * sweeps at once still emit each event once.
 */
export async function sweepDeadlines(now: Date, today = chinaToday(now)): Promise<SweepResult> {
  const result: SweepResult = { today, approaching: 0, overdue: 0 };
  for await (const item of queryItems({
    TableName: tableName(),
    IndexName: "GSI3",
    KeyConditionExpression: "GSI3PK = :watch AND GSI3SK <= :today",
    ExpressionAttributeValues: { ":watch": "WATCH", ":today": `${today}~` },
  })) {
    const watch = item as unknown as WatchRecord & { PK: string; SK: string };
    const type: DomainEventType =
      watch.phase === "approaching" ? "submission.deadline_approaching" : "submission.overdue";
    if (type === "submission.deadline_approaching" && today > watch.date) {
      // Already past: skip straight to overdue, without a late "approaching".
      watch.phase = "overdue";
    }
    const event = newEvent(
      watch.phase === "approaching" ? "submission.deadline_approaching" : "submission.overdue",
      { id: watch.submissionId, type: watch.submissionType },
      { kind: watch.kind, date: watch.date, label: watch.label },
      new Date(),
    );
    const key = { PK: watch.PK, SK: watch.SK };
    const advance =
      watch.phase === "approaching"
        ? {
            Update: {
              TableName: tableName(),
              Key: key,
              UpdateExpression: "SET phase = :overdue, GSI3SK = :next",
              ConditionExpression: "phase = :approaching AND #date = :date",
              ExpressionAttributeNames: { "#date": "date" },
              ExpressionAttributeValues: {
                ":overdue": "overdue",
                ":approaching": "approaching",
                ":date": watch.date,
                ":next": watchIndexKeys({ ...watch, phase: "overdue" }).GSI3SK,
              },
            },
          }
        : {
            Delete: {
              TableName: tableName(),
              Key: key,
              ConditionExpression: "GSI3SK = :sk",
              ExpressionAttributeValues: { ":sk": item.GSI3SK },
            },
          };
    try {
      await transact([advance, eventPut(event, { owner: watch.owner, agency: watch.agency })]);
      if (watch.phase === "approaching") result.approaching++;
      else result.overdue++;
    } catch (error) {
      if (!(error instanceof ConditionFailed || error instanceof WriteConflict)) throw error;
    }
  }
  logger.info("deadline sweep", { ...result });
  return result;
}
