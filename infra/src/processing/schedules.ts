import { Duration, type RemovalPolicy } from "aws-cdk-lib";
import * as events from "aws-cdk-lib/aws-events";
import * as targets from "aws-cdk-lib/aws-events-targets";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import type { PlatformFunction } from "../lambda/platform-function";
import { deadLetterQueue } from "./stream-processor";

/** Retries of a failed scheduled run, by EventBridge (delivery) and by Lambda (the run). The next run comes anyway. */
export const SCHEDULE_RETRY_ATTEMPTS = 2;

export interface SchedulesProps {
  functions: readonly PlatformFunction[];
  removalPolicy: RemovalPolicy;
}

/** An EventBridge rule per `schedule` FunctionSpec, every `everyMinutes`; failed runs land in one DLQ. */
export class Schedules extends Construct {
  readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: SchedulesProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(this, "DeadLetters", props.removalPolicy);
    for (const fn of props.functions) {
      const minutes = fn.spec.everyMinutes;
      if (!minutes || !Number.isInteger(minutes) || minutes < 1) {
        throw new Error(`${fn.spec.id}: a schedule function needs everyMinutes, a whole number ≥ 1`);
      }
      fn.fn.configureAsyncInvoke({
        retryAttempts: SCHEDULE_RETRY_ATTEMPTS,
        onFailure: new SqsDestination(this.deadLetters),
      });
      new events.Rule(this, `${fn.spec.id}Schedule`, {
        description: `${fn.spec.id} every ${minutes} min`,
        schedule: events.Schedule.rate(Duration.minutes(minutes)),
        targets: [
          new targets.LambdaFunction(fn.fn, {
            retryAttempts: SCHEDULE_RETRY_ATTEMPTS,
            deadLetterQueue: this.deadLetters,
          }),
        ],
      });
    }
  }
}
