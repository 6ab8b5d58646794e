import {
  ConditionalCheckFailedException,
  PutItemCommand,
  TransactionCanceledException,
  TransactionConflictException,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dynamoClient } from "./client";
import { ConditionFailed, type TransactItem, transact, WriteConflict } from "./transact";

const item = { PK: "CHECK#1", SK: "META", entity: "eligibility_check", result: Buffer.from([1, 2, 3]), n: 1.5 };
const put: TransactItem = { Put: { TableName: "t", Item: item, ConditionExpression: "attribute_not_exists(PK)" } };
const update: TransactItem = {
  Update: {
    TableName: "t",
    Key: { PK: "A", SK: "B" },
    UpdateExpression: "SET v = :v",
    ExpressionAttributeValues: { ":v": 1 },
  },
};

const send = () => vi.spyOn(dynamoClient(), "send");
const conditionFailed = (found?: Record<string, unknown>) =>
  new ConditionalCheckFailedException({
    message: "The conditional request failed",
    $metadata: {},
    ...(found ? { Item: marshall(found) } : {}),
  });

afterEach(() => vi.restoreAllMocks());

describe("transact", () => {
  it("writes a lone Put as a conditional PutItem that returns the item in place when its condition fails", async () => {
    const spy = send().mockResolvedValue({} as never);
    await transact([put]);
    const [command] = spy.mock.calls[0] ?? [];
    expect(command).toBeInstanceOf(PutItemCommand);
    expect(command?.input).toEqual({
      ...put.Put,
      Item: marshall(item),
      ReturnValuesOnConditionCheckFailure: "ALL_OLD",
    });
  });

  it("keeps several items, or a lone Update, in one transaction", async () => {
    const spy = send().mockResolvedValue({} as never);
    await transact([put, update]);
    await transact([update]);
    expect(spy.mock.calls.map(([c]) => c.constructor)).toEqual([TransactWriteItemsCommand, TransactWriteItemsCommand]);
    expect(spy.mock.calls[0]?.[0].input).toEqual({
      TransactItems: [
        { Put: { ...put.Put, Item: marshall(item) } },
        {
          Update: {
            ...update.Update,
            Key: marshall({ PK: "A", SK: "B" }),
            ExpressionAttributeValues: marshall({ ":v": 1 }),
          },
        },
      ],
    });
  });

  it("takes a failed condition that finds this very item (a retried attempt had landed) as success", async () => {
    const { result, ...rest } = item;
    send().mockRejectedValueOnce(conditionFailed({ ...rest, result: new Uint8Array(result), n: 1.5 }));
    await expect(transact([put])).resolves.toBeUndefined();
  });

  it("maps a lone Put's failed condition on another item, and a conflict, to a transaction's errors", async () => {
    const spy = send();
    spy.mockRejectedValueOnce(conditionFailed({ ...item, entity: "other" }));
    await expect(transact([put])).rejects.toEqual(new ConditionFailed(0));
    spy.mockRejectedValueOnce(conditionFailed());
    await expect(transact([put])).rejects.toEqual(new ConditionFailed(0));
    spy.mockRejectedValueOnce(new TransactionConflictException({ message: "busy", $metadata: {} }));
    await expect(transact([put])).rejects.toBeInstanceOf(WriteConflict);
  });

  it("names the item whose condition failed in a transaction", async () => {
    send().mockRejectedValueOnce(
      new TransactionCanceledException({
        message: "cancelled",
        $metadata: {},
        CancellationReasons: [{ Code: "None" }, { Code: "ConditionalCheckFailed" }],
      }),
    );
    await expect(transact([put, update])).rejects.toMatchObject({ name: "ConditionFailed", index: 1 });
  });
});
