import { itemBytes } from "./item-size";

/**
 * What one request costs in DynamoDB's request units, from the sizes of the
 * items it touches (item-size.ts), by the rules of the DynamoDB Developer
 * Guide, "DynamoDB read and write operations" (read and write request units,
 * on-demand mode), as of 2026-12.
 */

type Item = Record<string, unknown>;

const KB = 1024;

/** Write request units of one item write: 1 per KB (rounded up), twice inside a transaction. */
export function writeUnits(bytes: number, transactional: boolean): number {
  return Math.max(1, Math.ceil(bytes / KB)) * (transactional ? 2 : 1);
}

/**
 * Read request units of one read returning `bytes` (a GetItem's item, or the
 * sum of a Query page's items): 1 per 4 KB (rounded up) strongly consistent,
 * half of that eventually consistent (every GSI query is).
 */
export function readUnits(bytes: number, consistent: boolean): number {
  const units = Math.max(1, Math.ceil(bytes / (4 * KB)));
  return consistent ? units : units / 2;
}

/**
 * Write units a global secondary index (projection ALL) costs when an item
 * goes from `before` to `after` (either absent): a new entry or a removed
 * one is one write of that entry's size, a changed key is both (a delete and
 * a put), an unchanged key with changed attributes one write ("Global
 * secondary indexes: provisioned throughput considerations"). Index writes
 * are counted at the standard rate, also under a transaction.
 */
export function indexWriteUnits(
  before: Item | undefined,
  after: Item | undefined,
  partitionKey: string,
  sortKey: string,
): number {
  const keyOf = (item: Item | undefined) =>
    item?.[partitionKey] === undefined ? undefined : JSON.stringify([item[partitionKey], item[sortKey]]);
  const was = keyOf(before);
  const is = keyOf(after);
  const old = was === undefined || !before ? 0 : writeUnits(itemBytes(before), false);
  const now = is === undefined || !after ? 0 : writeUnits(itemBytes(after), false);
  if (was === is) return now;
  return old + now;
}
