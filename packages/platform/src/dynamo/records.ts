import { getItem, tableName } from "./client";
import { type TransactItem, transact } from "./transact";

export interface RecordKey {
  PK: string;
  SK: string;
}

/**
 * Stores a new item of one `entity` kind (never overwriting one), in one
 * transaction with `alongside` (e.g. an idempotency record's completion).
 */
export async function putNewRecord(
  key: RecordKey,
  entity: string,
  attributes: Record<string, unknown>,
  alongside: TransactItem[] = [],
): Promise<void> {
  await transact([
    {
      Put: {
        TableName: tableName(),
        Item: { ...attributes, ...key, entity },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    },
    ...alongside,
  ]);
}

/** The item at `key` if it is of the `entity` kind, without the key attributes. */
export async function getRecord<T>(key: RecordKey, entity: string): Promise<T | undefined> {
  const { Item } = await getItem({ TableName: tableName(), Key: key });
  if (Item?.entity !== entity) return undefined;
  const { PK: _pk, SK: _sk, entity: _entity, ...attributes } = Item;
  return attributes as T;
}
