import { CURSOR_SECRET_ARN_ENV, type FunctionSpec, TABLE_NAME_ENV } from "@rdc/platform";
import { Duration, type RemovalPolicy, Validations } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type * as events from "aws-cdk-lib/aws-events";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as kms from "aws-cdk-lib/aws-kms";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { BUNDLING, LOCK_FILE, REPO_ROOT, RUNTIME } from "./bundling";
import { grantTableAccess, writesTable } from "./table-access";

export const SERVICE_NAME = "rdc-measures";
/** The version stages of the cursor secret a function may read: the key it signs with, and the one before the last rotation. */
export const CURSOR_KEY_STAGES = ["AWSCURRENT", "AWSPREVIOUS"] as const;
export const MEMORY_MB = 1024;
/** API Gateway gives up on an integration after 30 s; a request should answer in far less. */
export const TIMEOUTS: Record<FunctionSpec["kind"], Duration> = {
  http: Duration.seconds(10),
  stream: Duration.seconds(60),
  schedule: Duration.seconds(60),
};

export interface PlatformFunctionProps {
  spec: FunctionSpec;
  table: dynamodb.ITable;
  tableKey: kms.IKey;
  eventBus: events.IEventBus;
  /** The resource-server prefix the handlers strip from token scopes. */
  scopePrefix: string;
  /** The HMAC key for pagination cursors: its ARN (`CURSOR_SECRET_ARN`) for the functions with `cursors`, read at run time. */
  cursorSecret: secretsmanager.ISecret;
  logRetention: logs.RetentionDays;
  removalPolicy: RemovalPolicy;
  /** X-Ray active tracing; off where the region does not offer it to Lambda (AWS China). */
  tracing: boolean;
}

/**
 * One FunctionSpec as a Lambda function: same runtime, architecture,
 * bundling, tracing and log group for all; its own role with only what the
 * spec says it needs.
 */
export class PlatformFunction extends Construct {
  readonly spec: FunctionSpec;
  readonly fn: nodejs.NodejsFunction;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: PlatformFunctionProps) {
    super(scope, id);
    const { spec } = props;
    this.spec = spec;

    this.logGroup = new logs.LogGroup(this, "Logs", {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    // A role of its own instead of AWSLambdaBasicExecutionRole (logs:* on every log group).
    const role = new iam.Role(this, "Role", {
      assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
      description: `${SERVICE_NAME} ${spec.id}`,
    });
    this.logGroup.grantWrite(role);

    this.fn = new nodejs.NodejsFunction(this, "Function", {
      entry: spec.entry,
      handler: "handler",
      runtime: RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: MEMORY_MB,
      timeout: TIMEOUTS[spec.kind],
      tracing: props.tracing ? lambda.Tracing.ACTIVE : lambda.Tracing.DISABLED,
      role,
      logGroup: this.logGroup,
      projectRoot: REPO_ROOT,
      depsLockFilePath: LOCK_FILE,
      bundling: BUNDLING,
      environment: {
        ...(spec.tableAccess === "none" ? {} : { [TABLE_NAME_ENV]: props.table.tableName }),
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        SCOPE_PREFIX: props.scopePrefix,
        // The secret's ARN, never its value: the function reads AWSCURRENT and AWSPREVIOUS at run time.
        ...(spec.cursors ? { [CURSOR_SECRET_ARN_ENV]: props.cursorSecret.secretArn } : {}),
        NODE_OPTIONS: "--enable-source-maps",
        ...(spec.publishesEvents ? { EVENT_BUS_NAME: props.eventBus.eventBusName } : {}),
      },
    });

    grantTableAccess(role, spec, props.table, props.tableKey);
    if (spec.cursors) props.cursorSecret.grantRead(role, [...CURSOR_KEY_STAGES]);
    if (spec.publishesEvents) props.eventBus.grantPutEventsTo(role);

    for (const rule of ["AwsSolutions-L1", "Serverless-LambdaLatestVersion"]) {
      Validations.of(this).acknowledge({
        id: rule,
        reason:
          "nodejs22.x is the platform's pinned runtime (design decision): the code and its dependencies are built and tested for Node 20/22; moving to a newer runtime is a deliberate upgrade.",
      });
    }
    Validations.of(this).acknowledge({
      id: "Serverless-LambdaDLQ",
      reason:
        spec.kind === "schedule"
          ? "Failed asynchronous runs go to an SQS on-failure destination (EventInvokeConfig), the successor of a function DLQ."
          : "Never invoked asynchronously: API Gateway invokes it synchronously, or an event source mapping with its own SQS on-failure destination polls for it.",
    });
    if (!props.tracing) {
      Validations.of(this).acknowledge({
        id: "Serverless-LambdaTracing",
        reason:
          "AWS China: X-Ray integration with Lambda functions is not available in the China regions (infra/src/aws-china/availability.json, lambda.tracing.active); each function logs to its own log group, with alarms on errors, throttles and iterator age.",
      });
    }
    Validations.of(role).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "Actions without resource-level permissions: xray:PutTraceSegments and xray:PutTelemetryRecords (tracing), and for stream processors dynamodb:ListStreams (CDK's stream-read grant).",
    });
    if (writesTable(spec.tableAccess)) {
      for (const action of ["kms:ReEncrypt*", "kms:GenerateDataKey*"]) {
        Validations.of(role).acknowledge({
          id: `AwsSolutions-IAM5[Action::${action}]`,
          reason: "KMS actions the DynamoDB write grant needs on the table key; the resource is that one key.",
        });
      }
    }
  }
}
