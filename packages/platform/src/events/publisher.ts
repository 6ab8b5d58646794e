import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import type { DomainEvent } from "./model";

export const EVENT_SOURCE = "rdc.measures";

let client: EventBridgeClient | undefined;

/** Puts one outbox event on the bus; the event id lets consumers drop the duplicates a retry may bring. */
async function publish(event: DomainEvent): Promise<void> {
  client ??= new EventBridgeClient({});
  const result = await client.send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: process.env.EVENT_BUS_NAME,
          Source: EVENT_SOURCE,
          DetailType: event.type,
          Time: new Date(event.occurredAt),
          Resources: [],
          Detail: JSON.stringify(event),
        },
      ],
    }),
  );
  if (result.FailedEntryCount)
    throw new Error(`EventBridge refused event ${event.id}: ${result.Entries?.[0]?.ErrorCode}`);
}

async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const image = record.dynamodb?.NewImage;
  if (!image) return;
  await publish(unmarshall(image as Record<string, AttributeValue>).event as DomainEvent);
}

/** The stream publisher: every outbox event to EventBridge, in order, failures reported per record. */
export const eventPublisherHandler = (event: DynamoDBStreamEvent, context: Context) =>
  processPartialResponse(event, handleRecord, new BatchProcessor(EventType.DynamoDBStreams), {
    context,
    processInParallel: false,
  });
