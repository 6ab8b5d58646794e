import { type Agency, DOMAIN_EVENT_TYPES, type DomainEventType } from "@rdc/core";
import * as z from "zod";
import { tableName } from "../dynamo/client";
import type { TransactItem } from "../dynamo/transact";
import type { FilterPattern } from "../functions";
import { monotonicUlids } from "../ids";

const nextId = monotonicUlids();

/** Outbox items (events) as they are first written: what the EventBridge publisher reads from the stream. */
export const EVENT_OUTBOX_FILTER: FilterPattern = {
  eventName: ["INSERT"],
  dynamodb: { NewImage: { entity: { S: ["event"] } } },
};

/** A domain event as partners read it from the feed and from EventBridge. */
export interface DomainEvent {
  id: string;
  type: DomainEventType;
  occurredAt: string;
  submissionId: string;
  submissionType: string;
  data: Record<string, unknown>;
}

/** `data` of `submission.due_date_changed`: a due date counted again when the working-day calendar changed. */
export const dueDateChangedData = z
  .object({
    previousDueDate: z.string().meta({ description: "the due date before, YYYY-MM-DD" }),
    dueDate: z.string().meta({ description: "the due date now, YYYY-MM-DD" }),
    provisional: z
      .boolean()
      .meta({ description: "the new date still passes over a year whose holiday notice is not data" }),
  })
  .meta({ id: "DueDateChangedData" });

const EVENT_DATA = [
  "submission.received: status, version",
  "submission.screened: status, agency, office, dueDate, summary",
  "submission.status_changed: from, to, action, reason, version",
  "submission.deadline_approaching / submission.overdue: kind, date, label",
  "submission.rules_changed: screenedUnderRulesVersion, rulesVersion, wouldDecide",
  "submission.due_date_changed: previousDueDate, dueDate, provisional (DueDateChangedData)",
  "submission.personal_data_erased: erasedFields (paths, never values), retention, finalAt, version",
].join("; ");

/** A domain event as the feed serves it, for the OpenAPI document. */
export const domainEventSchema = z
  .object({
    id: z.string().meta({ description: "ULID; ids only ever grow" }),
    type: z.enum(DOMAIN_EVENT_TYPES),
    occurredAt: z.string(),
    submissionId: z.string(),
    submissionType: z.string(),
    data: z
      .union([dueDateChangedData, z.record(z.string(), z.unknown())])
      .meta({ description: `by type: ${EVENT_DATA}` }),
  })
  .meta({ id: "DomainEvent" });

export interface EventAudience {
  owner: string;
  agency: Agency | null;
}

export function newEvent(
  type: DomainEventType,
  submission: { id: string; type: string },
  data: Record<string, unknown>,
  at: Date,
): DomainEvent {
  return {
    // The id is taken now, just before the transaction that writes it, not at `at` (the
    // request's arrival): the feed's settle window then only has to cover the commit.
    id: nextId(),
    type,
    occurredAt: at.toISOString(),
    submissionId: submission.id,
    submissionType: submission.type,
    data,
  };
}

/**
 * The outbox item of an event, written in the same transaction as the change.
 * It sits in its submission's partition and in two feeds: the owner's (GSI1)
 * and, once routed, the agency's (GSI2). The table stream carries it to EventBridge.
 */
export function eventPut(event: DomainEvent, audience: EventAudience): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        PK: `SUB#${event.submissionId}`,
        SK: `EVT#${event.id}`,
        entity: "event",
        event,
        GSI1PK: `FEED#OWNER#${audience.owner}`,
        GSI1SK: event.id,
        ...(audience.agency ? { GSI2PK: `FEED#AGENCY#${audience.agency}`, GSI2SK: event.id } : {}),
      },
      ConditionExpression: "attribute_not_exists(PK)",
    },
  };
}
