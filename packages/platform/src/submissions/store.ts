import type { Agency, SubmissionStatus } from "@rdc/core";
import { getItem, queryItems, queryPage, tableName } from "../dynamo/client";
import { decodeCursor, encodeCursor } from "../dynamo/cursor";
import { problems } from "../http/problem";
import { type HistoryEntry, recordFromItem, type SubmissionRecord, submissionKey } from "./model";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export async function getSubmission(id: string): Promise<SubmissionRecord | undefined> {
  const { Item } = await getItem({ TableName: tableName(), Key: submissionKey(id), ConsistentRead: true });
  return Item?.entity === "submission" ? recordFromItem(Item) : undefined;
}

interface IndexQuery {
  index: "GSI1" | "GSI2" | "GSI3";
  partition: string;
  newestFirst: boolean;
  limit: number;
  cursor: string | undefined;
  /** Binds cursors to the caller and query they were issued for. */
  cursorScope: string;
  filter?: { attribute: string; value: string };
}

/** One page of an index query; a cursor from another caller or query is a 400. */
export async function queryIndex(q: IndexQuery): Promise<Page<Record<string, unknown>>> {
  const start = await decodeCursor(q.cursor, q.cursorScope);
  if (start && start[`${q.index}PK`] !== q.partition) throw problems.badCursor();
  const result = await queryPage({
    TableName: tableName(),
    IndexName: q.index,
    KeyConditionExpression: "#pk = :pk",
    ExpressionAttributeNames: { "#pk": `${q.index}PK`, ...(q.filter ? { "#f": q.filter.attribute } : {}) },
    ExpressionAttributeValues: { ":pk": q.partition, ...(q.filter ? { ":f": q.filter.value } : {}) },
    ...(q.filter ? { FilterExpression: "#f = :f" } : {}),
    ScanIndexForward: !q.newestFirst,
    Limit: q.limit,
    ExclusiveStartKey: start,
  });
  return { items: result.Items, nextCursor: await encodeCursor(result.LastEvaluatedKey, q.cursorScope) };
}

export async function listOwned(
  owner: string,
  type: string,
  status: SubmissionStatus | undefined,
  limit: number,
  cursor: string | undefined,
): Promise<Page<SubmissionRecord>> {
  const page = await queryIndex({
    index: status ? "GSI2" : "GSI1",
    partition: status ? `OWNER#${owner}#${type}#${status}` : `OWNER#${owner}#${type}`,
    newestFirst: true,
    limit,
    cursor,
    cursorScope: `list:${owner}:${type}:${status ?? ""}`,
  });
  return { items: page.items.map((i) => recordFromItem(i)), nextCursor: page.nextCursor };
}

export async function reviewQueue(
  agency: Agency,
  status: SubmissionStatus,
  type: string | undefined,
  limit: number,
  cursor: string | undefined,
): Promise<Page<SubmissionRecord>> {
  const page = await queryIndex({
    index: "GSI3",
    partition: `QUEUE#${agency}#${status}`,
    newestFirst: false,
    limit,
    cursor,
    cursorScope: `queue:${agency}:${status}:${type ?? ""}`,
    ...(type ? { filter: { attribute: "type", value: type } } : {}),
  });
  return { items: page.items.map((i) => recordFromItem(i)), nextCursor: page.nextCursor };
}

export async function historyOf(id: string): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  for await (const item of queryItems({
    TableName: tableName(),
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :hist)",
    ExpressionAttributeValues: { ":pk": `SUB#${id}`, ":hist": "HIST#" },
    ConsistentRead: true,
  }))
    entries.push(item.entry as HistoryEntry);
  return entries;
}
