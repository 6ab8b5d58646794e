import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { TABLE_NAME_ENV } from "./table";

let shared: DynamoDBDocumentClient | undefined;

/** How the document client turns JavaScript values into attribute values. */
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
 * One document client per process. `DYNAMODB_ENDPOINT` points it at DynamoDB
 * Local; short timeouts make an unreachable store a quick 503, not a hang.
 * The request handler's own agent already keeps connections alive with 50
 * sockets (@smithy/node-http-handler 4.x defaults), more than a function's
 * concurrency: `npm run bench -- http` found nothing to gain in settings
 * (the SDK's cost per call is in its middleware, not in any option).
 */
export function documentClient(): DynamoDBDocumentClient {
  if (shared) return shared;
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  const client = new DynamoDBClient({
    region: process.env.AWS_REGION ?? "us-east-1",
    maxAttempts: 2,
    base64Decoder,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true },
    ...(endpoint ? { endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
  shared = DynamoDBDocumentClient.from(client, {
    marshallOptions: { ...MARSHALL_OPTIONS }, // a copy: the document client writes its own defaults into it
  });
  return shared;
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
    const page = await documentClient().send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    yield* page.Items ?? [];
    start = page.LastEvaluatedKey;
  } while (start);
}
