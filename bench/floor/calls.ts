/**
 * The DynamoDB calls one request of a route makes, as data, and the same
 * calls made raw against DynamoDB Local on small items: the floor a route's
 * rate is compared with. The floor table has the platform table's keys and
 * its GSI1, and no stream, so the stack's stream poller stays idle while the
 * floor runs.
 */
import { CreateTableCommand, type DynamoDBClient, ResourceInUseException } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, type DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { getItem, putItem, queryPage, transactWriteItems } from "@rdc/platform";

/** The route's own stored item (GetItem) or partition (Query on GSI1) in the stack's table, instead of the floor's. */
export interface OwnData {
  table: string;
  key?: { PK: string; SK: string };
  partition?: string;
}

export type Call =
  | { op: "GetItem"; consistent: boolean; own?: OwnData }
  | { op: "PutItem" }
  | { op: "TransactWriteItems"; items: number }
  | { op: "Query"; limit: number; own?: OwnData };

export const get = (consistent: boolean): Call => ({ op: "GetItem", consistent });
export const put: Call = { op: "PutItem" };
export const transaction = (items: number): Call => ({ op: "TransactWriteItems", items });
export const query = (limit: number): Call => ({ op: "Query", limit });

export function describeCalls(calls: readonly Call[]): string {
  return calls
    .map((c) => {
      if (c.op === "GetItem") return c.consistent ? "GetItem (consistent)" : "GetItem";
      if (c.op === "PutItem") return "PutItem (conditional)";
      if (c.op === "TransactWriteItems") return `TransactWriteItems (${c.items} items)`;
      return `Query GSI (limit ${c.limit})`;
    })
    .join(" + ");
}

export const FLOOR_TABLE = "bench-floor";
const GET_KEY = { PK: "FLOOR#get", SK: "META" };
const LIST_PARTITION = "FLOOR#list";
/** A small item (~200 bytes), as the floor writes and reads it. */
const small = (pk: string) => ({ PK: pk, SK: "META", entity: "floor", data: "x".repeat(150) });

/** Creates and seeds the floor table (once per DynamoDB Local). */
export async function createFloorTable(client: DynamoDBClient, doc: DynamoDBDocumentClient): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: FLOOR_TABLE,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: ["PK", "SK", "GSI1PK", "GSI1SK"].map((name) => ({
          AttributeName: name,
          AttributeType: "S",
        })),
        KeySchema: [
          { AttributeName: "PK", KeyType: "HASH" },
          { AttributeName: "SK", KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: "GSI1",
            KeySchema: [
              { AttributeName: "GSI1PK", KeyType: "HASH" },
              { AttributeName: "GSI1SK", KeyType: "RANGE" },
            ],
            Projection: { ProjectionType: "ALL" },
          },
        ],
      }),
    );
  } catch (error) {
    if (error instanceof ResourceInUseException) return;
    throw error;
  }
  await doc.send(new PutCommand({ TableName: FLOOR_TABLE, Item: { ...small(GET_KEY.PK) } }));
  for (let i = 0; i < 100; i += 25) {
    const items = Array.from({ length: 25 }, (_, j) => ({
      ...small(`FLOOR#list#${i + j}`),
      GSI1PK: LIST_PARTITION,
      GSI1SK: String(i + j).padStart(4, "0"),
    }));
    await doc.send(
      new BatchWriteCommand({ RequestItems: { [FLOOR_TABLE]: items.map((Item) => ({ PutRequest: { Item } })) } }),
    );
  }
}

let sequence = 0;
const freshKey = () => `FLOOR#${process.pid}#${++sequence}`;

/** Makes one call on the floor table, through the platform's own operations (packages/platform/src/dynamo/client.ts). */
export function makeCall(call: Call): Promise<unknown> {
  switch (call.op) {
    case "GetItem":
      return getItem({
        TableName: call.own?.table ?? FLOOR_TABLE,
        Key: call.own?.key ?? GET_KEY,
        ConsistentRead: call.consistent,
      });
    case "PutItem":
      return putItem({
        TableName: FLOOR_TABLE,
        Item: small(freshKey()),
        ConditionExpression: "attribute_not_exists(PK)",
      });
    case "TransactWriteItems":
      return transactWriteItems(
        Array.from({ length: call.items }, () => ({
          Put: { TableName: FLOOR_TABLE, Item: small(freshKey()), ConditionExpression: "attribute_not_exists(PK)" },
        })),
      );
    case "Query":
      return queryPage({
        TableName: call.own?.table ?? FLOOR_TABLE,
        IndexName: "GSI1",
        KeyConditionExpression: "GSI1PK = :pk",
        ExpressionAttributeValues: { ":pk": call.own?.partition ?? LIST_PARTITION },
        ScanIndexForward: false,
        Limit: call.limit,
      });
  }
}
