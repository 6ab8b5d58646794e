import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { documentClient } from "./client";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** Thrown when a transaction's condition on item `index` failed. */
export class ConditionFailed extends Error {
  constructor(readonly index: number) {
    super(`condition failed on transaction item ${index}`);
    this.name = "ConditionFailed";
  }
}

/** Thrown when another transaction was changing the same items at the same time. */
export class WriteConflict extends Error {
  constructor() {
    super("a concurrent transaction changed the same items");
    this.name = "WriteConflict";
  }
}

/**
 * Writes all items or none. A failed condition becomes `ConditionFailed`
 * naming the item; a concurrent transaction on the same items, `WriteConflict`.
 */
export async function transact(items: TransactItem[]): Promise<void> {
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const index = error.CancellationReasons?.findIndex((r) => r.Code === "ConditionalCheckFailed") ?? -1;
      if (index >= 0) throw new ConditionFailed(index);
      if (error.CancellationReasons?.some((r) => r.Code === "TransactionConflict")) throw new WriteConflict();
    }
    throw error;
  }
}
