import { STREAM_DELIVERY } from "@rdc/platform";
import { Duration, type RemovalPolicy, Validations } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import type { PlatformFunction } from "../lambda/platform-function";

/** The event source mapping's settings, shared by every stream processor. */
export const STREAM_SETTINGS = {
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  /** Shared with the local poller; records of one submission stay in order per partition key. */
  batchSize: STREAM_DELIVERY.batchSize,
  parallelizationFactor: STREAM_DELIVERY.parallelizationFactor,
  bisectBatchOnError: true,
  reportBatchItemFailures: true,
  retryAttempts: STREAM_DELIVERY.retryAttempts,
  /** The stream keeps records 24 h; older ones would be gone anyway. */
  maxRecordAge: Duration.seconds(STREAM_DELIVERY.maxRecordAgeSeconds),
};

/** Where a dead-lettered record's pointer (shard, sequence numbers; not the record) waits for redrive. */
export function deadLetterQueue(scope: Construct, id: string, removalPolicy: RemovalPolicy): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    removalPolicy,
  });
  for (const rule of ["AwsSolutions-SQS3", "Serverless-SQSRedrivePolicy"]) {
    Validations.of(queue).acknowledge({
      id: rule,
      reason: "This queue is itself a dead-letter destination (of an event source mapping or async invocations).",
    });
  }
  return queue;
}

export interface StreamProcessorProps {
  fn: PlatformFunction;
  table: dynamodb.ITable;
  removalPolicy: RemovalPolicy;
}

/** A `stream` FunctionSpec fed by the table's stream, filtered by its `streamFilter`, with a DLQ. */
export class StreamProcessor extends Construct {
  readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: StreamProcessorProps) {
    super(scope, id);
    const { spec } = props.fn;
    if (!spec.streamFilter) throw new Error(`${spec.id}: a stream function needs a streamFilter`);
    this.deadLetters = deadLetterQueue(this, "DeadLetters", props.removalPolicy);
    props.fn.fn.addEventSource(
      new DynamoEventSource(props.table, {
        ...STREAM_SETTINGS,
        filters: [lambda.FilterCriteria.filter(spec.streamFilter)],
        onFailure: new SqsDlq(this.deadLetters),
      }),
    );
  }
}
