/**
 * Cost per operation in the cloud: each operation's reads and writes, from
 * the items it really wrote and read (read back from DynamoDB Local: sizes
 * by DynamoDB's rules, packages/platform/src/dynamo/item-size.ts; units by
 * its capacity rules, dynamo/capacity.ts), priced at on-demand rates.
 */
import { type DynamoDBDocumentClient, GetCommand, QueryCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { LOCAL_TABLE_NAME } from "@rdc/local-stack";
import { indexWriteUnits, itemBytes, readUnits, TABLE, writeUnits } from "@rdc/platform";
import { table } from "../support";
import { CHECK_BODY, FULL_CHECK_BODY, fileCheck, INTAKES, ok } from "./intakes";
import { ROUTES } from "./routes";
import { intakes, settle, type Target } from "./target";

/**
 * On-demand request prices per million request units (the one place they live).
 * - us-east-1 (USD): $0.625 per million write and $0.125 per million read
 *   request units since the on-demand price cut of 2024-11-01 (50 %); before
 *   it $1.25 and $0.25. Source: airbyte.com "Amazon DynamoDB Pricing"
 *   (2025-07-21), quoting aws.amazon.com/dynamodb/pricing/on-demand/; the AWS
 *   page itself could not be read from here (checked 2026-12-03).
 * - cn-northwest-1 Ningxia (CNY): write ¥11.1538 per million, read from the
 *   stored copy of amazonaws.cn/en/dynamodb/pricing/ (Beijing and Ningxia,
 *   page undated, read 2026-12-03; its sentence was cut off after "for e…", so
 *   the unit "per million write request units" is inferred). The read price
 *   was not in the copy: UNCONFIRMED, taken as 1/5 of the write price (the
 *   read/write ratio of the same page's provisioned rates, ¥0.058 per 10
 *   write vs per 50 read units).
 */
export const PRICES = [
  { region: "us-east-1", currency: "USD", write: 0.625, read: 0.125, status: "secondary source, 2024-11-01 list" },
  {
    region: "cn-northwest-1",
    currency: "CNY",
    write: 11.1538,
    read: 11.1538 / 5,
    status: "write from amazonaws.cn (undated); read UNCONFIRMED (2026-12-03)",
  },
] as const;

type Item = Record<string, unknown>;

interface Units {
  read: number;
  write: number;
  index: number;
}

const none = (): Units => ({ read: 0, write: 0, index: 0 });
const add = (a: Units, b: Units): Units => ({
  read: a.read + b.read,
  write: a.write + b.write,
  index: a.index + b.index,
});

/** An item written (`before` → `after`; either may be absent), in or out of a transaction. */
function written(before: Item | undefined, after: Item | undefined, transactional: boolean): Units {
  const bytes = Math.max(before ? itemBytes(before) : 0, after ? itemBytes(after) : 0);
  const index = TABLE.indexes.reduce((n, i) => n + indexWriteUnits(before, after, i.partitionKey, i.sortKey), 0);
  return { read: 0, write: writeUnits(bytes, transactional), index };
}

const read = (items: Item[], consistent: boolean): Units => ({
  ...none(),
  read: readUnits(
    items.reduce((n, i) => n + itemBytes(i), 0),
    consistent,
  ),
});

export async function costReport(t: Target, raw: DynamoDBDocumentClient): Promise<string> {
  const getItem = async (PK: string, SK: string) =>
    (await raw.send(new GetCommand({ TableName: LOCAL_TABLE_NAME, Key: { PK, SK }, ConsistentRead: true }))).Item;
  const partition = async (id: string) =>
    (
      await raw.send(
        new QueryCommand({
          TableName: LOCAL_TABLE_NAME,
          KeyConditionExpression: "PK = :pk",
          ExpressionAttributeValues: { ":pk": `SUB#${id}` },
          ConsistentRead: true,
        }),
      )
    ).Items ?? [];
  /** The idempotency record that stored the answer at `location` (a scan: the table is small this early). */
  const idempotencyRecord = async (location: string) => {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await raw.send(
        new ScanCommand({
          TableName: LOCAL_TABLE_NAME,
          FilterExpression: "entity = :e AND #r.#h.#l = :loc",
          ExpressionAttributeNames: { "#r": "response", "#h": "headers", "#l": "location" },
          ExpressionAttributeValues: { ":e": "idempotency", ":loc": location },
          ExclusiveStartKey: start,
        }),
      );
      if (page.Items?.[0]) return page.Items[0];
      start = page.LastEvaluatedKey;
    } while (start);
    throw new Error(`no idempotency record for ${location}`);
  };
  /** The key's claim (a conditional PutItem) and its completion in the operation's transaction. */
  const keyWrites = (record: Item): Units => {
    const { response: _response, ...rest } = record;
    const claim = { ...rest, status: "in_progress", lockedUntil: record.expiresAt };
    return add(written(undefined, claim, false), written(claim, record, true));
  };
  const sizes: Record<string, number> = {};
  const rows: { operation: string; units: Units }[] = [];
  const key = () => ({ "Idempotency-Key": crypto.randomUUID() });

  // Eligibility checks: one item each (a conditional PutItem), or with a key its claim, then a 2-item transaction.
  for (const [label, body] of [
    ["M01", CHECK_BODY],
    ["all measures", FULL_CHECK_BODY],
  ] as const) {
    const created = await fileCheck(t.api, body);
    const item = (await getItem(`CHECK#${created}`, "META")) ?? {};
    sizes[`check item (${label})`] = itemBytes(item);
    rows.push({ operation: `eligibility check (${label})`, units: written(undefined, item, false) });
    const keyed = await fileCheck(t.api, body, key());
    const keyedItem = (await getItem(`CHECK#${keyed}`, "META")) ?? {};
    const record = await idempotencyRecord(`/v1/eligibility-checks/${keyed}`);
    sizes[`idempotency record (check, ${label})`] = itemBytes(record);
    rows.push({
      operation: `eligibility check (${label}), Idempotency-Key`,
      units: add(keyWrites(record), written(undefined, keyedItem, true)),
    });
    rows.push({ operation: `read a check (${label})`, units: read([item], false) });
  }

  // Intakes: the 3-item creation transaction, the 5-item screening transaction, a consistent read.
  const filed: Record<string, Units> = {};
  for (const [name, intake] of intakes()) {
    let received: Item | undefined;
    let id = "";
    for (let attempt = 0; attempt < 20 && received?.status !== "received"; attempt++) {
      id = await intake.file(t.api, attempt);
      received = await getItem(`SUB#${id}`, "META"); // before the stream poller screens it
    }
    if (received?.status !== "received") throw new Error(`${name}: screened before it could be read`);
    await settle(t);
    const items = await partition(id);
    const meta = items.find((i) => i.SK === "META");
    const createdItems = items.filter((i) => i.SK === "HIST#1" || (i.event as Item)?.type === "submission.received");
    const screenedItems = items.filter((i) => i.SK !== "META" && !createdItems.includes(i));
    sizes[`${name} submission (received → screened)`] = itemBytes(received);
    sizes[`${name} submission, screened`] = itemBytes(meta ?? {});
    const create = [received, ...createdItems].reduce<Units>((u, i) => add(u, written(undefined, i, true)), none());
    const screen = screenedItems.reduce<Units>(
      (u, i) => add(u, written(undefined, i, true)),
      written(received, meta, true),
    );
    const keyed = await intake.file(t.api, 99, key());
    const record = await idempotencyRecord(`/v1/${intake.collection}/${keyed}`);
    sizes[`idempotency record (${name} create)`] = itemBytes(record);
    rows.push({ operation: `${name}: create`, units: create });
    rows.push({ operation: `${name}: create, Idempotency-Key`, units: add(create, keyWrites(record)) });
    rows.push({ operation: `${name}: screening (stream)`, units: screen });
    rows.push({ operation: `${name}: read`, units: read([meta ?? {}], true) });
    filed[name] = add(create, screen);
    filed[`${name}, Idempotency-Key`] = add(add(create, screen), keyWrites(record));
  }

  // A list page (20 submissions) and an event-feed page (50 events): eventually consistent GSI1 queries.
  for (let i = 0; i < 20; i++) await INTAKES.customs.file(t.api, i);
  await settle(t);
  const page = async (pk: string, limit: number) =>
    (
      await raw.send(
        new QueryCommand({
          TableName: LOCAL_TABLE_NAME,
          IndexName: "GSI1",
          KeyConditionExpression: "GSI1PK = :pk",
          ExpressionAttributeValues: { ":pk": pk },
          Limit: limit,
        }),
      )
    ).Items ?? [];
  const owner = (await getItem(`SUB#${t.submissionIds.customs}`, "META"))?.owner;
  rows.push({ operation: "list page (20)", units: read(await page(`OWNER#${owner}#customs-extension`, 20), false) });
  rows.push({ operation: "event feed page (50)", units: read(await page(`FEED#OWNER#${owner}`, 50), false) });

  // A decision (approve): a consistent read, then one transaction; its items as the partition shows them before and after.
  const id = t.submissionIds.customs;
  const before = await partition(id);
  await ok(
    t.reviewerApi.POST("/v1/customs-extension-requests/{id}/decisions", {
      params: { path: { id }, header: { "If-Match": '"v2"' } },
      body: { decision: "approve" },
    }),
  );
  const after = await partition(id);
  const keyOf = (i: Item) => `${i.PK}|${i.SK}`;
  const changed = [...new Set([...before, ...after].map(keyOf))]
    .map((k) => [before.find((i) => keyOf(i) === k), after.find((i) => keyOf(i) === k)] as const)
    .filter(([b, a]) => JSON.stringify(b) !== JSON.stringify(a));
  const decisionItems = ROUTES.find((r) => r.name === "decision")?.calls.find((c) => c.op === "TransactWriteItems");
  if (decisionItems?.op === "TransactWriteItems" && changed.length !== decisionItems.items) {
    throw new Error(`a decision changed ${changed.length} items; floor/routes.ts says ${decisionItems.items}`);
  }
  const metaBefore = before.find((i) => i.SK === "META");
  rows.push({
    operation: "decision (approve)",
    units: changed.reduce<Units>(
      (u, [b, a]) => add(u, written(b, a, true)),
      read(metaBefore ? [metaBefore] : [], true),
    ),
  });

  const fmt = (n: number) => String(Math.round(n * 100) / 100);
  const unitRows = rows.map(({ operation, units }) => ({
    operation,
    "read units": fmt(units.read),
    "write units (table)": fmt(units.write),
    "write units (indexes)": fmt(units.index),
    "write units": fmt(units.write + units.index),
  }));
  const perMillion = (units: Units) =>
    Object.fromEntries(
      PRICES.map((p) => [
        `${p.region} (${p.currency})`,
        ((units.write + units.index) * p.write + units.read * p.read).toFixed(2),
      ]),
    );
  const millions = [
    ...rows
      .filter((r) => r.operation.startsWith("eligibility check"))
      .map((r) => ({
        "one million …": r.operation.replace("eligibility check", "eligibility checks"),
        ...perMillion(r.units),
      })),
    ...Object.entries(filed).map(([name, units]) => ({
      "one million …": `filed applications, ${name} (create + screening)`,
      ...perMillion(units),
    })),
  ];
  return [
    "Cost per operation in the cloud (request units from the items read back; transactional writes count twice,",
    "GSI entries (projection ALL) at the standard rate, eventually consistent reads half):\n",
    table(unitRows),
    "\nItem sizes (bytes, DynamoDB's rules):",
    ...Object.entries(sizes).map(([k, v]) => `  ${k}: ${v}`),
    "\nOn-demand request cost of one million operations:\n",
    table(millions),
    "\nPrices per million request units:",
    ...PRICES.map(
      (p) =>
        `  ${p.region}: write ${p.write.toFixed(4)} ${p.currency}, read ${p.read.toFixed(4)} ${p.currency} (${p.status})`,
    ),
  ].join("\n");
}
