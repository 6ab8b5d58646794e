import {
  type AttributeValue,
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  type TransactWriteItem,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import type {
  DeleteCommandInput,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  ScanCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { TABLE_NAME_ENV } from "./table";
import type { TransactItem } from "./transact";

let shared: DynamoDBClient | undefined;

/** How JavaScript values become attribute values (lib-dynamodb's document client defaults, with undefined left out). */
export const MARSHALL_OPTIONS = { removeUndefinedValues: true, convertEmptyValues: false } as const;

/**
 * Binary attributes (a check's answer, a submission's screening) arrive in
 * base64 in DynamoDB's JSON. The SDK's default decoder first matches the whole
 * string against a regular expression: 3 % of the CPU of a check read, and 4 %
 * of a list page, in a profile of the local stack. The text comes from
 * DynamoDB, so Node.js's decoder alone, which the default calls after that
 * test, reads it: the same bytes, as a Uint8Array over them.
 */
function base64Decoder(input: string): Uint8Array {
  const bytes = Buffer.from(input, "base64");
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * One DynamoDB client per process. `DYNAMODB_ENDPOINT` points it at DynamoDB
 * Local; short timeouts make an unreachable store a quick 503, not a hang.
 * The request handler's own agent already keeps connections alive with 50
 * sockets (@smithy/node-http-handler 4.x defaults), more than a function's
 * concurrency.
 *
 * `cacheMiddleware`: each command's middleware stack is put together once
 * per command class, not on every call (the SDK sorts and resolves about 20
 * middleware each time otherwise). lib-dynamodb's document client refuses
 * that setting (it shares its stack with the client it wraps; aws-sdk-js-v3
 * pull request 7801 is open), so the operations below take and give
 * JavaScript values as the document client does, marshalled here with the
 * SDK's util-dynamodb. Measured on one GetItem of a stored check against
 * DynamoDB Local: 0.64 ms of CPU per call through the document client,
 * 0.49 ms this way. Middleware added to `dynamoClient().middlewareStack` must
 * therefore be added before the first call.
 */
export function dynamoClient(): DynamoDBClient {
  if (shared) return shared;
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  shared = new DynamoDBClient({
    region: process.env.AWS_REGION ?? "us-east-1",
    maxAttempts: 2,
    base64Decoder,
    cacheMiddleware: true,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true },
    ...(endpoint ? { endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
  return shared;
}

type Item = Record<string, unknown>;
type Attributes = Record<string, AttributeValue>;

/** A key, an item or expression values as attribute values. */
export const toAttributes = (value: Item | undefined): Attributes | undefined =>
  value === undefined ? undefined : marshall(value, MARSHALL_OPTIONS);
const fromAttributes = (attributes: Attributes | undefined) =>
  attributes === undefined ? undefined : (unmarshall(attributes) as Item);

/** GetItem: the item at `Key`, if any. */
export async function getItem(input: GetCommandInput): Promise<{ Item?: Item }> {
  const { Item } = await dynamoClient().send(new GetItemCommand({ ...input, Key: toAttributes(input.Key) }));
  return { Item: fromAttributes(Item) };
}

/** PutItem. A failed condition throws the SDK's ConditionalCheckFailedException, its `Item` (ALL_OLD) as attribute values. */
export async function putItem(input: PutCommandInput): Promise<void> {
  await dynamoClient().send(
    new PutItemCommand({
      ...input,
      Item: toAttributes(input.Item),
      ExpressionAttributeValues: toAttributes(input.ExpressionAttributeValues),
    }),
  );
}

export async function deleteItem(input: DeleteCommandInput): Promise<void> {
  await dynamoClient().send(
    new DeleteItemCommand({
      ...input,
      Key: toAttributes(input.Key),
      ExpressionAttributeValues: toAttributes(input.ExpressionAttributeValues),
    }),
  );
}

export interface ItemPage {
  Items: Item[];
  LastEvaluatedKey?: Item;
}

const pageOf = (output: { Items?: Attributes[]; LastEvaluatedKey?: Attributes }): ItemPage => ({
  Items: (output.Items ?? []).map((item) => unmarshall(item) as Item),
  LastEvaluatedKey: fromAttributes(output.LastEvaluatedKey),
});

/** One page of a Query. */
export async function queryPage(input: QueryCommandInput): Promise<ItemPage> {
  return pageOf(
    await dynamoClient().send(
      new QueryCommand({
        ...input,
        ExpressionAttributeValues: toAttributes(input.ExpressionAttributeValues),
        ExclusiveStartKey: toAttributes(input.ExclusiveStartKey),
      }),
    ),
  );
}

/** One page of a Scan. */
export async function scanPage(input: ScanCommandInput): Promise<ItemPage> {
  return pageOf(
    await dynamoClient().send(
      new ScanCommand({
        ...input,
        ExpressionAttributeValues: toAttributes(input.ExpressionAttributeValues),
        ExclusiveStartKey: toAttributes(input.ExclusiveStartKey),
      }),
    ),
  );
}

function transactWriteItem(item: TransactItem): TransactWriteItem {
  const { Put, Update, Delete, ConditionCheck } = item;
  const values = {
    ExpressionAttributeValues: toAttributes((Put ?? Update ?? Delete ?? ConditionCheck)?.ExpressionAttributeValues),
  };
  if (Put) return { Put: { ...Put, ...values, Item: toAttributes(Put.Item) } };
  if (Update) return { Update: { ...Update, ...values, Key: toAttributes(Update.Key) } };
  if (Delete) return { Delete: { ...Delete, ...values, Key: toAttributes(Delete.Key) } };
  if (ConditionCheck)
    return { ConditionCheck: { ...ConditionCheck, ...values, Key: toAttributes(ConditionCheck.Key) } };
  throw new Error("a transaction item is a Put, an Update, a Delete or a ConditionCheck");
}

/** TransactWriteItems: all the items or none. */
export async function transactWriteItems(items: TransactItem[]): Promise<void> {
  await dynamoClient().send(new TransactWriteItemsCommand({ TransactItems: items.map(transactWriteItem) }));
}

export function tableName(): string {
  const name = process.env[TABLE_NAME_ENV];
  if (!name) throw new Error(`${TABLE_NAME_ENV} is not set`);
  return name;
}

/** Every item a query matches, page after page (the one pagination loop). */
export async function* queryItems(
  input: Omit<QueryCommandInput, "ExclusiveStartKey">,
): AsyncGenerator<Record<string, unknown>> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await queryPage({ ...input, ExclusiveStartKey: start });
    yield* page.Items;
    start = page.LastEvaluatedKey;
  } while (start);
}
