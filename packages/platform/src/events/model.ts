import type { Agency, DomainEventType } from "@rdc/core";
import { monotonicFactory } from "ulid";
import { tableName } from "../dynamo/client";
import type { TransactItem } from "../dynamo/transact";
import type { FilterPattern } from "../functions";

const nextId = monotonicFactory();

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
