import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import {
  calendarVersion,
  chinaToday,
  findTransition,
  inForceOn,
  REVIEW_DUE_WARNING_DAYS,
  RULES_VERSION,
} from "@rdc/core";
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { ConditionFailed, transact } from "../dynamo/transact";
import type { FilterPattern } from "../functions";
import { logger } from "../log/logger";
import { personalFields } from "../schema/personal";
import type { IntakeCapability } from "./capability";
import { changeItems } from "./changes";
import { recordFromItem, type SubmissionRecord } from "./model";

/** Stream records that reach an intake's processor: its own submissions, waiting for screening. */
export function screeningFilter(type: string): FilterPattern {
  return {
    eventName: ["INSERT", "MODIFY"],
    dynamodb: { NewImage: { entity: { S: ["submission"] }, type: { S: [type] }, status: { S: ["received"] } } },
  };
}

export type ScreenOutcome = "screened" | "skipped";

/**
 * Screens one submission read from the stream and applies the result as one
 * transaction, conditional on the version in the record: processing the same
 * record twice changes nothing the second time.
 */
export async function screenRecord(
  capability: IntakeCapability,
  record: SubmissionRecord,
  at: Date,
): Promise<ScreenOutcome> {
  if (record.status !== "received" || record.type !== capability.type) return "skipped";
  const { items } = screeningChange(capability, record, at);
  try {
    await transact(items);
    return "screened";
  } catch (error) {
    if (error instanceof ConditionFailed && error.index === 0) return "skipped"; // already screened or changed since
    throw error;
  }
}

/** What screening a `received` submission changes (pure): the record it becomes, its history, events and watch. */
export function screeningChange(capability: IntakeCapability, record: SubmissionRecord, at: Date) {
  const receivedOn = chinaToday(new Date(record.receivedAt));
  const decision = capability.screen(record.payload, { receivedOn });
  const transition = findTransition("received", "screen", decision.status);
  if (!transition) throw new Error(`screening returned an impossible status ${decision.status}`);
  return changeItems({
    current: record,
    transition,
    actor: { kind: "system", id: `screening:${capability.type}` },
    reason: decision.summary,
    at,
    patch: {
      screening: decision.screening,
      rulesVersion: RULES_VERSION,
      summary: decision.summary,
      agency: decision.agency,
      office: decision.office,
      due: decision.due,
      calendarVersion: decision.due ? calendarVersion() : null,
    },
    extraEvents: [
      {
        type: "submission.screened",
        data: {
          status: decision.status,
          agency: decision.agency,
          office: decision.office,
          dueDate: decision.due?.date ?? null,
          summary: decision.summary,
        },
      },
    ],
    watch:
      decision.status === "under_review" && decision.due
        ? {
            kind: "review_due",
            date: decision.due.date,
            warnDaysBefore: inForceOn(REVIEW_DUE_WARNING_DAYS, receivedOn).value,
            label: decision.due.basis,
          }
        : null,
    personalFields: personalFields(capability.payload),
  });
}

/** The DynamoDB-stream Lambda handler of an intake: records in order, partial batch failures reported. */
export function screeningStreamHandler(capability: IntakeCapability) {
  const handleRecord = async (streamRecord: DynamoDBRecord) => {
    const image = streamRecord.dynamodb?.NewImage;
    if (!image) return;
    const record = recordFromItem(unmarshall(image as Record<string, AttributeValue>));
    const outcome = await screenRecord(capability, record, new Date());
    logger.info("screening", { submissionId: record.id, type: record.type, version: record.version, outcome });
  };
  // A processor per invocation: it holds the batch's state, and the local stack runs batches of one shard in parallel.
  return (event: DynamoDBStreamEvent, context: Context) => {
    logger.resetKeys();
    return processPartialResponse(event, handleRecord, new BatchProcessor(EventType.DynamoDBStreams), {
      context,
      processInParallel: false,
    });
  };
}
