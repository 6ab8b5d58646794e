import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { READ_ACTIONS, WRITE_ACTIONS } from "../src/lambda/table-access";
import { FIXTURE_FUNCTIONS } from "./fixtures/functions";
import { actionsOf, type FixtureTemplates, fixtureTemplates, logicalId, roleStatements, type Statement } from "./synth";

let t: FixtureTemplates;
beforeAll(() => {
  t = fixtureTemplates();
}, 120_000);

const fnId = (id: string) => logicalId(t.service, "AWS::Lambda::Function", `${id}Function`);
const fnProps = (id: string) => t.service.findResources("AWS::Lambda::Function")[fnId(id)]?.Properties;
const tableArn = { "Fn::ImportValue": Match.stringLikeRegexp("Data:.*Table.*Arn") };

describe("one Lambda function per FunctionSpec", () => {
  it("nodejs22.x on ARM64, traced, with explicit memory and timeout", () => {
    t.service.resourceCountIs("AWS::Lambda::Function", FIXTURE_FUNCTIONS.length);
    for (const spec of FIXTURE_FUNCTIONS) {
      expect(fnProps(spec.id)).toMatchObject({
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
        Handler: "index.handler",
        TracingConfig: { Mode: "Active" },
        MemorySize: 1024,
        Timeout: spec.kind === "http" ? 10 : 60,
      });
    }
  });

  it("logs to its own log group, with retention", () => {
    for (const spec of FIXTURE_FUNCTIONS) {
      const logs = logicalId(t.service, "AWS::Logs::LogGroup", `${spec.id}Logs`);
      expect(fnProps(spec.id).LoggingConfig).toEqual({ LogGroup: { Ref: logs } });
      expect(t.service.findResources("AWS::Logs::LogGroup")[logs]?.Properties.RetentionInDays).toBe(7);
    }
  });

  it("has TABLE_NAME, POWERTOOLS_SERVICE_NAME, source maps, and EVENT_BUS_NAME only where it publishes events", () => {
    for (const spec of FIXTURE_FUNCTIONS) {
      const vars = fnProps(spec.id).Environment.Variables;
      expect(vars).toMatchObject({
        TABLE_NAME: { "Fn::ImportValue": expect.stringMatching(/Data:.*RefTable/) },
        POWERTOOLS_SERVICE_NAME: "rdc-measures",
        NODE_OPTIONS: "--enable-source-maps",
      });
      expect("EVENT_BUS_NAME" in vars).toBe(Boolean(spec.publishesEvents));
    }
  });
});

describe("least privilege", () => {
  it("a read function gets item reads only, no Scan, no write", () => {
    const actions = actionsOf(roleStatements(t.service, "CommonApiRole"));
    for (const action of READ_ACTIONS) expect(actions).toContain(action);
    for (const action of [...WRITE_ACTIONS, "dynamodb:Scan", "kms:Encrypt"]) expect(actions).not.toContain(action);
  });

  it("a readwrite function also gets item writes and the key's encrypt actions", () => {
    const actions = actionsOf(roleStatements(t.service, "SubmissionsApiRole"));
    for (const action of [...READ_ACTIONS, ...WRITE_ACTIONS, "kms:Encrypt", "kms:GenerateDataKey*"]) {
      expect(actions).toContain(action);
    }
    expect(actions).not.toContain("dynamodb:Scan");
  });

  it("queries only the indexes its spec names", () => {
    const indexResources = (role: string) =>
      JSON.stringify(roleStatements(t.service, role).filter((s) => JSON.stringify(s.Resource).includes("/index/")));
    expect(indexResources("CommonApiRole")).toContain("/index/GSI1");
    expect(indexResources("CommonApiRole")).toContain("/index/GSI2");
    expect(indexResources("CommonApiRole")).not.toContain("/index/GSI3");
    expect(indexResources("SubmissionsApiRole")).not.toContain("/index/GSI2");
    expect(indexResources("ScreeningRole")).toBe("[]");
    expect(indexResources("DeadlineSweepRole")).toContain("/index/GSI3");
    expect(indexResources("DeadlineSweepRole")).not.toContain("/index/*");
  });

  it("table actions are on the table itself", () => {
    t.service.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Action: READ_ACTIONS, Resource: tableArn })]),
      },
    });
  });

  it("only a function that publishes events may put events, and only on the platform's bus", () => {
    const bus = logicalId(t.service, "AWS::Events::EventBus", "EventBus");
    for (const spec of FIXTURE_FUNCTIONS) {
      const statements = roleStatements(t.service, `${spec.id}Role`);
      const put = statements.filter((s) => actionsOf([s]).some((a) => a.startsWith("events:")));
      if (spec.publishesEvents) {
        expect(put).toEqual([
          { Effect: "Allow", Action: "events:PutEvents", Resource: { "Fn::GetAtt": [bus, "Arn"] } },
        ]);
      } else {
        expect(put).toEqual([]);
      }
    }
  });

  it("no IAM statement has a wildcard action or resource beyond what X-Ray, ListStreams and the KMS grant need", () => {
    const allowedOnAnyResource = new Set(["xray:PutTraceSegments", "xray:PutTelemetryRecords", "dynamodb:ListStreams"]);
    const allowedWildcardActions = new Set(["kms:ReEncrypt*", "kms:GenerateDataKey*"]);
    const documents = [
      ...Object.values(t.service.findResources("AWS::IAM::Policy")).map((p) => p.Properties.PolicyDocument),
      ...Object.values(t.service.findResources("AWS::IAM::Role")).flatMap((r) =>
        (r.Properties.Policies ?? []).map((p: { PolicyDocument: unknown }) => p.PolicyDocument),
      ),
    ];
    const statements: Statement[] = documents.flatMap((d) => d.Statement);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const actions = actionsOf([statement]);
      for (const action of actions) {
        if (action.includes("*")) expect(allowedWildcardActions).toContain(action);
      }
      if (JSON.stringify(statement.Resource).includes('"*"') || statement.Resource === "*") {
        for (const action of actions) expect(allowedOnAnyResource).toContain(action);
      }
    }
    t.service.resourcePropertiesCountIs(
      "AWS::IAM::Role",
      { ManagedPolicyArns: Match.anyValue() },
      0, // no AWSLambdaBasicExecutionRole: each function writes to its own log group only
    );
  });
});
