import { Duration } from "aws-cdk-lib";
import type * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import type { PlatformFunction } from "../lambda/platform-function";

const PERIOD = Duration.minutes(5);

/** Alarm thresholds, in one place. */
export const THRESHOLDS = {
  /** Percent of requests answered 5xx, in 2 of 3 five-minute periods. */
  api5xxPercent: 1,
  /** Unhandled errors (a handler answers 4xx/problem+json itself: an error here is a bug). */
  functionErrors: 1,
  throttles: 1,
  /** Age of the oldest stream record not yet processed. */
  iteratorAgeMs: Duration.minutes(5).toMilliseconds(),
  /** Any dead-lettered record needs a look (and a redrive). */
  deadLetters: 1,
};

export interface OperationsProps {
  name: string;
  api: apigwv2.HttpApi;
  functions: readonly PlatformFunction[];
  deadLetterQueues: readonly { id: string; queue: sqs.IQueue }[];
}

/** The alarms an operator watches, and one dashboard with them and the main metrics. */
export class Operations extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const atLeast = cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
    const alarm = (alarmId: string, metric: cloudwatch.IMetric, options: Partial<cloudwatch.CreateAlarmOptions>) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: atLeast,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        ...options,
      });
      this.alarms.push(created);
      return created;
    };

    const api5xxRate = new cloudwatch.MathExpression({
      label: "5xx %",
      expression: "IF(requests > 0, 100 * errors / requests, 0)",
      usingMetrics: {
        errors: props.api.metricServerError({ period: PERIOD, statistic: "Sum" }),
        requests: props.api.metricCount({ period: PERIOD, statistic: "Sum" }),
      },
      period: PERIOD,
    });
    alarm("Api5xxRate", api5xxRate, {
      alarmDescription: `More than ${THRESHOLDS.api5xxPercent}% of API requests answered 5xx`,
      threshold: THRESHOLDS.api5xxPercent,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
    });

    for (const { spec, fn } of props.functions) {
      alarm(`${spec.id}Errors`, fn.metricErrors({ period: PERIOD, statistic: "Sum" }), {
        alarmDescription: `${spec.id}: unhandled errors`,
        threshold: THRESHOLDS.functionErrors,
      });
      alarm(`${spec.id}Throttles`, fn.metricThrottles({ period: PERIOD, statistic: "Sum" }), {
        alarmDescription: `${spec.id}: throttled invocations`,
        threshold: THRESHOLDS.throttles,
      });
      if (spec.kind === "stream") {
        alarm(`${spec.id}IteratorAge`, fn.metric("IteratorAge", { period: PERIOD, statistic: "Maximum" }), {
          alarmDescription: `${spec.id}: falling behind the table stream`,
          threshold: THRESHOLDS.iteratorAgeMs,
        });
      }
    }
    for (const { id: queueId, queue } of props.deadLetterQueues) {
      alarm(
        `${queueId}Depth`,
        queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: "Maximum" }),
        { alarmDescription: `${queueId}: dead-lettered records waiting`, threshold: THRESHOLDS.deadLetters },
      );
    }

    const fnMetric = (pick: (p: PlatformFunction) => cloudwatch.IMetric) => props.functions.map(pick);
    const streams = props.functions.filter((f) => f.spec.kind === "stream");
    new cloudwatch.Dashboard(this, "Dashboard", {
      dashboardName: props.name,
      widgets: [
        [new cloudwatch.AlarmStatusWidget({ title: "Alarms", alarms: this.alarms, width: 24 })],
        [
          new cloudwatch.GraphWidget({
            title: "API requests and errors",
            left: [
              props.api.metricCount({ period: PERIOD, statistic: "Sum" }),
              props.api.metricClientError({ period: PERIOD }),
              props.api.metricServerError({ period: PERIOD }),
            ],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: "API latency p99 (ms)",
            left: [props.api.metricLatency({ period: PERIOD, statistic: "p99" })],
            width: 12,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: "Function errors",
            left: fnMetric((p) => p.fn.metricErrors({ period: PERIOD, label: p.spec.id })),
            width: 8,
          }),
          new cloudwatch.GraphWidget({
            title: "Function duration p99 (ms)",
            left: fnMetric((p) => p.fn.metricDuration({ period: PERIOD, statistic: "p99", label: p.spec.id })),
            width: 8,
          }),
          new cloudwatch.GraphWidget({
            title: "Function throttles",
            left: fnMetric((p) => p.fn.metricThrottles({ period: PERIOD, label: p.spec.id })),
            width: 8,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: "Stream iterator age (ms)",
            left: streams.map((p) =>
              p.fn.metric("IteratorAge", { period: PERIOD, statistic: "Maximum", label: p.spec.id }),
            ),
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: "Dead-lettered records",
            left: props.deadLetterQueues.map(({ id: queueId, queue }) =>
              queue.metricApproximateNumberOfMessagesVisible({ statistic: "Maximum", label: queueId }),
            ),
            width: 12,
          }),
        ],
      ],
    });
  }
}
