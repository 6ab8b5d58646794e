import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { SCHEDULE_RETRY_ATTEMPTS } from "../src/processing/schedules";
import { FIXTURE_FUNCTIONS } from "./fixtures/functions";
import { type FixtureTemplates, fixtureTemplates, logicalId } from "./synth";

let t: FixtureTemplates;
beforeAll(() => {
  t = fixtureTemplates();
}, 120_000);

const streamSpecs = FIXTURE_FUNCTIONS.filter((f) => f.kind === "stream");
const scheduleSpecs = FIXTURE_FUNCTIONS.filter((f) => f.kind === "schedule");
const arnOf = (id: string) => ({ "Fn::GetAtt": [id, "Arn"] });

describe("stream processors", () => {
  it("read the table's stream with the spec's filter, bisect, partial failures, bounded retries and a DLQ", () => {
    t.service.resourceCountIs("AWS::Lambda::EventSourceMapping", streamSpecs.length);
    for (const spec of streamSpecs) {
      const dlq = logicalId(t.service, "AWS::SQS::Queue", `${spec.id}StreamDeadLetters`);
      t.service.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
        FunctionName: { Ref: logicalId(t.service, "AWS::Lambda::Function", `${spec.id}Function`) },
        EventSourceArn: { "Fn::ImportValue": Match.stringLikeRegexp("Data:.*StreamArn") },
        FilterCriteria: { Filters: [{ Pattern: JSON.stringify(spec.streamFilter) }] },
        StartingPosition: "TRIM_HORIZON",
        BisectBatchOnFunctionError: true,
        FunctionResponseTypes: ["ReportBatchItemFailures"],
        MaximumRetryAttempts: 3,
        MaximumRecordAgeInSeconds: 24 * 3600,
        ParallelizationFactor: 4,
        DestinationConfig: { OnFailure: { Destination: arnOf(dlq) } },
      });
    }
  });

  it("dead-letter queues are encrypted and refuse plain HTTP", () => {
    const queues = t.service.findResources("AWS::SQS::Queue");
    expect(Object.keys(queues).length).toBe(streamSpecs.length + (scheduleSpecs.length ? 1 : 0));
    for (const [id, queue] of Object.entries(queues)) {
      expect(queue.Properties.SqsManagedSseEnabled ?? queue.Properties.KmsMasterKeyId).toBeTruthy();
      t.service.hasResourceProperties("AWS::SQS::QueuePolicy", {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          ]),
        },
      });
    }
  });
});

describe("events", () => {
  it("has the platform's EventBridge bus", () => {
    t.service.resourceCountIs("AWS::Events::EventBus", 1);
    t.service.hasResourceProperties("AWS::Events::EventBus", { Name: "rdc-measures-dev" });
  });

  it("runs each schedule function every everyMinutes, with retries and a DLQ on both hops", () => {
    const dlq = logicalId(t.service, "AWS::SQS::Queue", "SchedulesDeadLetters");
    for (const spec of scheduleSpecs) {
      const fn = logicalId(t.service, "AWS::Lambda::Function", `${spec.id}Function`);
      t.service.hasResourceProperties("AWS::Events::Rule", {
        ScheduleExpression: `rate(${spec.everyMinutes} minutes)`,
        Targets: [
          Match.objectLike({
            Arn: arnOf(fn),
            DeadLetterConfig: { Arn: arnOf(dlq) },
            RetryPolicy: { MaximumRetryAttempts: SCHEDULE_RETRY_ATTEMPTS },
          }),
        ],
      });
      t.service.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
        FunctionName: { Ref: fn },
        MaximumRetryAttempts: SCHEDULE_RETRY_ATTEMPTS,
        DestinationConfig: { OnFailure: { Destination: arnOf(dlq) } },
      });
    }
  });
});

describe("operations", () => {
  const alarms = () => Object.values(t.service.findResources("AWS::CloudWatch::Alarm")).map((a) => a.Properties);
  const onMetric = (metricName: string, dimension: string) =>
    alarms().filter((a) => a.MetricName === metricName && JSON.stringify(a.Dimensions).includes(dimension));

  it("alarms on the API's 5xx rate", () => {
    const rate = alarms().find((a) => JSON.stringify(a.Metrics ?? []).includes("100 * errors / requests"));
    expect(rate).toBeDefined();
    expect(JSON.stringify(rate?.Metrics)).toContain('"MetricName":"5xx"');
    expect(JSON.stringify(rate?.Metrics)).toContain('"MetricName":"Count"');
  });

  it("alarms on each function's errors and throttles, and each stream processor's iterator age", () => {
    for (const spec of FIXTURE_FUNCTIONS) {
      const fn = logicalId(t.service, "AWS::Lambda::Function", `${spec.id}Function`);
      expect(onMetric("Errors", fn)).toHaveLength(1);
      expect(onMetric("Throttles", fn)).toHaveLength(1);
      expect(onMetric("IteratorAge", fn)).toHaveLength(spec.kind === "stream" ? 1 : 0);
    }
  });

  it("alarms on the depth of every dead-letter queue", () => {
    for (const queue of Object.keys(t.service.findResources("AWS::SQS::Queue"))) {
      expect(onMetric("ApproximateNumberOfMessagesVisible", queue)).toHaveLength(1);
    }
  });

  it("has a dashboard", () => {
    t.service.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
  });
});
