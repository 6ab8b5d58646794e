import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  TransactionConflictException,
} from "@aws-sdk/client-dynamodb";
import type { TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { putItem, toAttributes, transactWriteItems } from "./client";

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

/** Attribute values in one canonical text: map keys sorted, binaries in base64. */
function canonical(value: unknown): string {
  if (value instanceof Uint8Array)
    return `b:${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64")}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * A lone Put as a conditional PutItem: as atomic as a one-item transaction,
 * at half its write units in the cloud (transactional writes count twice).
 * A transaction's retry is idempotent (the SDK's ClientRequestToken); a
 * PutItem's is not: when an attempt that timed out had landed, its retry
 * fails the condition. So a failed condition that finds exactly this item
 * in place (ALL_OLD) is this write having succeeded.
 */
async function conditionalPut(put: NonNullable<TransactItem["Put"]>): Promise<void> {
  try {
    await putItem({ ...put, ReturnValuesOnConditionCheckFailure: "ALL_OLD" });
  } catch (error) {
    const landed =
      error instanceof ConditionalCheckFailedException &&
      error.Item !== undefined &&
      canonical(error.Item) === canonical(toAttributes(put.Item));
    if (landed) return;
    throw error;
  }
}

/**
 * Writes all items or none. A failed condition becomes `ConditionFailed`
 * naming the item (0 for a lone Put); a concurrent transaction on the same
 * items, `WriteConflict`.
 */
export async function transact(items: TransactItem[]): Promise<void> {
  try {
    const [only] = items;
    if (items.length === 1 && only?.Put) await conditionalPut(only.Put);
    else await transactWriteItems(items);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new ConditionFailed(0);
    if (error instanceof TransactionConflictException) throw new WriteConflict();
    if (error instanceof TransactionCanceledException) {
      const index = error.CancellationReasons?.findIndex((r) => r.Code === "ConditionalCheckFailed") ?? -1;
      if (index >= 0) throw new ConditionFailed(index);
      if (error.CancellationReasons?.some((r) => r.Code === "TransactionConflict")) throw new WriteConflict();
    }
    throw error;
  }
}
