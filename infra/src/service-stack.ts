import { CURSOR_KEY_MAX_AGE_SECONDS, type FunctionSpec } from "@rdc/platform";
import { CfnOutput, RemovalPolicy, Stack, type StackProps, Validations } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as events from "aws-cdk-lib/aws-events";
import type * as kms from "aws-cdk-lib/aws-kms";
import * as logs from "aws-cdk-lib/aws-logs";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { PlatformHttpApi } from "./api/http-api";
import type { AuthSettings } from "./auth-stack";
import type { InfraConfig } from "./config";
import { PlatformFunction } from "./lambda/platform-function";
import { Operations } from "./ops/operations";
import { Schedules } from "./processing/schedules";
import { StreamProcessor } from "./processing/stream-processor";

/** Why the cursor secret has no rotation schedule (cdk-nag AwsSolutions-SMG4), and how it is rotated. */
export const CURSOR_SECRET_ROTATION = `Rotated by hand, without a rotation Lambda and without a redeploy: put a new value (aws secretsmanager put-secret-value); the functions read the secret at run time (Powertools Parameters, cached ${CURSOR_KEY_MAX_AGE_SECONDS / 60} min), sign new cursors with AWSCURRENT and accept cursors signed with AWSCURRENT or AWSPREVIOUS, so cursors handed out before one rotation keep working, and only those two rotations old are refused (the client starts again from the first page).`;

export interface ServiceStackProps extends StackProps {
  config: InfraConfig;
  functions: readonly FunctionSpec[];
  auth: AuthSettings;
  table: dynamodb.ITable;
  tableKey: kms.IKey;
}

/** Everything stateless: the functions, the HTTP API, stream and schedule wiring, the event bus, alarms. */
export class ServiceStack extends Stack {
  readonly functions: PlatformFunction[];
  readonly httpApi: PlatformHttpApi;
  readonly eventBus: events.EventBus;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const { config } = props;
    const name = `rdc-measures-${config.stage}`;
    const removalPolicy = config.isDev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const logRetention = config.isDev ? logs.RetentionDays.ONE_WEEK : logs.RetentionDays.THREE_MONTHS;

    this.eventBus = new events.EventBus(this, "EventBus", { eventBusName: name });
    // Signs pagination cursors (HMAC), so that a tampered cursor is a 400. The functions that
    // sign cursors get its ARN, never its value, and read it at run time (Powertools Parameters,
    // cached): they sign with AWSCURRENT and accept AWSCURRENT or AWSPREVIOUS.
    const cursorSecret = new secretsmanager.Secret(this, "CursorSecret", {
      description: `${name}: HMAC key for pagination cursors`,
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy,
    });
    Validations.of(cursorSecret).acknowledge({ id: "AwsSolutions-SMG4", reason: CURSOR_SECRET_ROTATION });

    this.functions = props.functions.map(
      (spec) =>
        new PlatformFunction(this, spec.id, {
          spec,
          table: props.table,
          tableKey: props.tableKey,
          eventBus: this.eventBus,
          scopePrefix: props.auth.scopePrefix,
          cursorSecret,
          logRetention,
          removalPolicy,
          tracing: config.tracing,
        }),
    );
    const ofKind = (kind: FunctionSpec["kind"]) => this.functions.filter((f) => f.spec.kind === kind);

    this.httpApi = new PlatformHttpApi(this, "Http", {
      name,
      functions: ofKind("http"),
      auth: props.auth,
      publicRoutes: config.publicRoutesOpen ? "open" : { scope: config.publicRoutesScope },
      logRetention,
      removalPolicy,
    });

    const deadLetterQueues = ofKind("stream").map((fn) => ({
      id: `${fn.spec.id}DeadLetters`,
      queue: new StreamProcessor(this, `${fn.spec.id}Stream`, { fn, table: props.table, removalPolicy }).deadLetters,
    }));
    const scheduled = ofKind("schedule");
    if (scheduled.length) {
      const schedules = new Schedules(this, "Schedules", { functions: scheduled, removalPolicy });
      deadLetterQueues.push({ id: "ScheduleDeadLetters", queue: schedules.deadLetters });
    }

    new Operations(this, "Ops", { name, api: this.httpApi.api, functions: this.functions, deadLetterQueues });

    new CfnOutput(this, "ApiUrl", { value: this.httpApi.stage.url });
    new CfnOutput(this, "EventBusName", { value: this.eventBus.eventBusName });
  }
}
