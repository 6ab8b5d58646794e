import { createHash, randomUUID } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { text } from "@rdc/core";
import { deleteItem, getItem, putItem, tableName } from "../dynamo/client";
import type { RecordKey } from "../dynamo/records";
import type { TransactItem } from "../dynamo/transact";
import { problems } from "../http/problem";
import type { HttpResult, RequestContext } from "../http/stack";

/**
 * `Idempotency-Key` on POST (draft-ietf-httpapi-idempotency-key-header):
 * the same key and body within 24 h replays the first response without a
 * second write; the same key with another body is a 422; a duplicate while
 * the first is still in flight is a 409. Keys are scoped per caller.
 *
 * Two steps: a conditional put claims the key (so concurrent duplicates never
 * both run), and the operation's own transaction marks it complete with the
 * response, so the change and the record commit together.
 */
const RETENTION_SECONDS = 24 * 60 * 60;
const LOCK_SECONDS = 30;

export interface IdempotencyClaim {
  /**
   * Adds the completion of the key to the operation's transaction. With
   * `body`, the record keeps only the status, the headers and where the body
   * comes from: a large answer that never changes (a stored eligibility
   * check) is not stored twice, and a replay renders it again from its item.
   */
  complete(result: HttpResult, body?: BodyRef): TransactItem;
}

/** Where a replay finds the body: the item at `key`, rendered by the renderer registered as `renderer`. */
export interface BodyRef {
  renderer: string;
  key: RecordKey;
  /** What the renderer needs besides the item (e.g. `{ explain: true }`). */
  options?: Record<string, string | boolean>;
}

type StoredResponse = Omit<HttpResult, "body"> & ({ body?: unknown } | { bodyRef: BodyRef });

interface StoredRecord {
  status: "in_progress" | "complete";
  fingerprint: string;
  token: string;
  lockedUntil: number;
  expiresAt: number;
  response?: StoredResponse;
}

export type BodyRenderer = (key: RecordKey, options: Record<string, string | boolean>) => Promise<unknown>;

const RENDERERS = new Map<string, BodyRenderer>();

/** Registers how a replay renders the bodies stored by reference under `renderer` (once, at module load). */
export function registerBodyRenderer(renderer: string, render: BodyRenderer): void {
  RENDERERS.set(renderer, render);
}

function storedResponse(result: HttpResult, body: BodyRef | undefined): StoredResponse {
  if (!body) return result;
  const { body: _inline, ...rest } = result;
  return { ...rest, bodyRef: body };
}

async function replayedBody(response: StoredResponse): Promise<unknown> {
  if (!("bodyRef" in response)) return response.body;
  const { renderer, key, options = {} } = response.bodyRef;
  const render = RENDERERS.get(renderer);
  if (!render) throw new Error(`no body renderer ${renderer} registered`);
  return render(key, options);
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Hashed, so no caller id or key (either may contain `#`) can reach another caller's record. */
export function idempotencyRecordKey(caller: string, key: string): RecordKey {
  return {
    PK: `IDEM#${createHash("sha256")
      .update(JSON.stringify([caller, key]))
      .digest("base64url")}`,
    SK: "IDEM",
  };
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function fingerprintOf(method: string, path: string, query: unknown, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${stable(query)}\n${stable(body)}`)
    .digest("hex");
}

/**
 * Runs `operation` at most once per (caller, Idempotency-Key). Without the
 * header it simply runs. `operation` must put `claim.complete(result)` in the
 * transaction that makes its change.
 */
export async function idempotent(
  ctx: RequestContext<unknown, unknown>,
  method: string,
  path: string,
  operation: (claim: IdempotencyClaim | null) => Promise<HttpResult>,
): Promise<HttpResult> {
  const key = ctx.headers["idempotency-key"];
  if (key === undefined) return operation(null);
  if (!KEY_PATTERN.test(key)) {
    throw problems.validation([
      { path: "header.idempotency-key", code: "invalid", message: "1 to 255 visible ASCII characters" },
    ]);
  }
  const fingerprint = fingerprintOf(method, path, ctx.query, ctx.body);
  const itemKey = idempotencyRecordKey(ctx.caller.id, key);
  const now = Math.floor(ctx.now.getTime() / 1000);
  const token = randomUUID();
  try {
    await putItem({
      TableName: tableName(),
      Item: {
        ...itemKey,
        entity: "idempotency",
        status: "in_progress",
        fingerprint,
        token,
        lockedUntil: now + LOCK_SECONDS,
        expiresAt: now + RETENTION_SECONDS,
      },
      ConditionExpression:
        "attribute_not_exists(PK) OR expiresAt < :now OR (#status = :inProgress AND lockedUntil < :now AND fingerprint = :fp)",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":now": now, ":inProgress": "in_progress", ":fp": fingerprint },
    });
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    return replay(itemKey, fingerprint);
  }

  const claim: IdempotencyClaim = {
    complete: (result, body) => ({
      Update: {
        TableName: tableName(),
        Key: itemKey,
        UpdateExpression: "SET #status = :complete, #response = :response REMOVE lockedUntil",
        ConditionExpression: "#token = :token",
        ExpressionAttributeNames: { "#status": "status", "#response": "response", "#token": "token" },
        ExpressionAttributeValues: {
          ":complete": "complete",
          ":response": storedResponse(result, body),
          ":token": token,
        },
      },
    }),
  };
  try {
    return await operation(claim);
  } catch (error) {
    // Nothing was written: free the key so the client's retry can run.
    await deleteItem({
      TableName: tableName(),
      Key: itemKey,
      ConditionExpression: "#token = :token AND #status = :inProgress",
      ExpressionAttributeNames: { "#token": "token", "#status": "status" },
      ExpressionAttributeValues: { ":token": token, ":inProgress": "in_progress" },
    }).catch(() => undefined);
    throw error;
  }
}

async function replay(itemKey: { PK: string; SK: string }, fingerprint: string): Promise<HttpResult> {
  const found = await getItem({ TableName: tableName(), Key: itemKey, ConsistentRead: true });
  const record = found.Item as StoredRecord | undefined;
  if (record && record.fingerprint !== fingerprint) {
    throw problems.unprocessable(
      text(
        "该 Idempotency-Key 已用于另一个请求体。",
        "This Idempotency-Key was already used with a different request body.",
      ),
      [{ path: "header.idempotency-key", code: "key_reused", message: "key reused with a different body" }],
    );
  }
  if (record?.status === "complete" && record.response) {
    const { status, headers } = record.response;
    return {
      status,
      body: await replayedBody(record.response),
      headers: { ...headers, "idempotent-replayed": "true" },
    };
  }
  throw problems.conflict(
    text(
      "相同 Idempotency-Key 的请求仍在处理中，请稍后重试。",
      "A request with this Idempotency-Key is still in progress; retry shortly.",
    ),
    { errors: [{ path: "header.idempotency-key", code: "in_progress", message: "request in progress" }] },
  );
}
