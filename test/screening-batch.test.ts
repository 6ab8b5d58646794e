/**
 * A screening function's batch (screening-processor.ts), with a stale image,
 * a retry and a failing record:
 * real stream records of submissions written straight into the stack's
 * DynamoDB Local, under a type that no function of the stack screens, handed
 * to the intake's stream handler as Lambda would hand them.
 */
import { marshall } from "@aws-sdk/util-dynamodb";
import {
  dynamoClient,
  getSubmission,
  historyOf,
  newUlid,
  receivedRecord,
  type SubmissionRecord,
  screeningStreamHandler,
  submissionItem,
  tableName,
  transact,
} from "@rdc/platform";
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StackProcess, startStackProcess, useStackTable } from "./support/stack";
import { testIntake } from "./support/test-intake/capability";

let stack: StackProcess;
beforeAll(async () => {
  stack = await startStackProcess();
  useStackTable(stack);
});
afterAll(async () => {
  dynamoClient().destroy();
  await stack?.stop();
});

/** The test intake under a type of its own: the stack's poller leaves its submissions to this test. */
const intake = { ...testIntake, type: "screening-batch-test", collection: "screening-batch-tests" };
const handler = screeningStreamHandler(intake);
const context = { functionName: "screening-batch-test", getRemainingTimeInMillis: () => 60_000 } as Context;

let sequence = 1_000;
/** A stream record of the META item as `record`, as Lambda hands it to the function. */
function streamRecord(record: SubmissionRecord): DynamoDBRecord {
  // A `received` submission has no binary attribute, so the SDK's marshalled form is also Lambda's.
  type Image = NonNullable<DynamoDBRecord["dynamodb"]>["NewImage"];
  const image = (item: Record<string, unknown>) => marshall(item, { removeUndefinedValues: true }) as Image;
  return {
    eventName: record.version === 1 ? "INSERT" : "MODIFY",
    eventSourceARN: "arn:aws:dynamodb:local:000000000000:table/rdc-measures-local/stream/test",
    dynamodb: {
      Keys: image({ PK: `SUB#${record.id}`, SK: "META" }),
      NewImage: image(submissionItem(record)),
      SequenceNumber: String(sequence++),
      StreamViewType: "NEW_AND_OLD_IMAGES",
    },
  };
}

async function store(record: SubmissionRecord) {
  await transact([{ Put: { TableName: tableName(), Item: submissionItem(record) } }]);
}

describe("a screening batch", () => {
  it("screens each submission of a batch once, and skips an older image of one that has moved on", async () => {
    const at = new Date();
    const fresh = Array.from({ length: 9 }, () =>
      receivedRecord(intake, newUlid(), "partner-batch", { scenario: "review", agency: "CAC" }, at),
    );
    // One submission filed (v1), screened and supplemented since (v3, received again): both images are in the batch.
    const first = receivedRecord(intake, newUlid(), "partner-batch", { scenario: "review", agency: "CAC" }, at);
    const resubmitted: SubmissionRecord = { ...first, version: 3, historyCount: 3 };
    for (const record of [...fresh, resubmitted]) await store(record);

    const event: DynamoDBStreamEvent = {
      Records: [streamRecord(first), ...fresh.map(streamRecord), streamRecord(resubmitted)],
    };
    expect(await handler(event, context)).toEqual({ batchItemFailures: [] });

    for (const record of [...fresh, resubmitted]) {
      const stored = await getSubmission(record.id);
      expect(stored).toMatchObject({ status: "under_review", version: record.version + 1, agency: "CAC" });
      expect(stored?.screening).toMatchObject({ scenario: "review" });
    }
    // The older image changed nothing: one screening entry, after the resubmission's version.
    const history = await historyOf(first.id);
    expect(history.map((h) => [h.seq, h.action])).toEqual([[4, "screen"]]);

    // The same batch again (a retry after a timeout): nothing is screened twice.
    expect(await handler(event, context)).toEqual({ batchItemFailures: [] });
    for (const record of [...fresh, resubmitted])
      expect((await getSubmission(record.id))?.version).toBe(record.version + 1);
  });

  it("reports only the record that failed, and screens the others of its batch", async () => {
    const at = new Date();
    const good = receivedRecord(intake, newUlid(), "partner-batch", { scenario: "review", agency: "CAC" }, at);
    const failing = receivedRecord(intake, newUlid(), "partner-batch", { scenario: "throw" }, at);
    for (const record of [good, failing]) await store(record);
    const records = [streamRecord(failing), streamRecord(good)];
    const response = await handler({ Records: records }, context);
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: records[0]?.dynamodb?.SequenceNumber }] });
    expect((await getSubmission(good.id))?.status).toBe("under_review");
    expect((await getSubmission(failing.id))?.status).toBe("received");
  });
});
