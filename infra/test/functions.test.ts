import { CURSOR_KEY_MAX_AGE_SECONDS, type FunctionSpec } from "@rdc/platform";
import { App } from "aws-cdk-lib";
import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { createPlatformStacks } from "../src/platform-app";
import { CURSOR_SECRET_ROTATION } from "../src/service-stack";
import { FIXTURE_FUNCTIONS, FIXTURE_SCOPES } from "./fixtures/functions";
import { ITEM_ACTION, leadingKeysOf, resourceKind } from "./iam";
import { actionsOf, type FixtureTemplates, fixtureTemplates, logicalId, roleStatements, type Statement } from "./synth";

let t: FixtureTemplates;
beforeAll(() => {
  t = fixtureTemplates();
}, 120_000);

const fnId = (id: string) => logicalId(t.service, "AWS::Lambda::Function", `${id}Function`);
const fnProps = (id: string) => t.service.findResources("AWS::Lambda::Function")[fnId(id)]?.Properties;
const tableArn = { "Fn::ImportValue": expect.stringMatching(/Data:.*Table.*Arn/) };

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

  it("has POWERTOOLS_SERVICE_NAME, source maps; TABLE_NAME, CURSOR_SECRET_ARN and EVENT_BUS_NAME only where it needs them", () => {
    const secret = logicalId(t.service, "AWS::SecretsManager::Secret", "CursorSecret");
    for (const spec of FIXTURE_FUNCTIONS) {
      const vars = fnProps(spec.id).Environment.Variables;
      expect(vars).toMatchObject({ POWERTOOLS_SERVICE_NAME: "rdc-measures", NODE_OPTIONS: "--enable-source-maps" });
      if (spec.tableAccess === "none") expect(vars).not.toHaveProperty("TABLE_NAME");
      else expect(vars.TABLE_NAME).toEqual({ "Fn::ImportValue": expect.stringMatching(/Data:.*RefTable/) });
      if (spec.cursors) expect(vars.CURSOR_SECRET_ARN).toEqual({ Ref: secret });
      else expect(vars).not.toHaveProperty("CURSOR_SECRET_ARN");
      expect(vars).not.toHaveProperty("CURSOR_SECRET");
      expect("EVENT_BUS_NAME" in vars).toBe(Boolean(spec.publishesEvents));
    }
  });
});

describe("the cursor secret", () => {
  it("is never in a function's environment or the template, only its ARN (no dynamic reference resolved at deploy)", () => {
    const template = JSON.stringify(t.service.toJSON());
    expect(template).not.toContain("{{resolve:secretsmanager");
  });

  it("only functions with cursors may read it, and only its AWSCURRENT and AWSPREVIOUS versions", () => {
    const secret = logicalId(t.service, "AWS::SecretsManager::Secret", "CursorSecret");
    for (const spec of FIXTURE_FUNCTIONS) {
      const reads = roleStatements(t.service, `${spec.id}Role`).filter((s) =>
        actionsOf([s]).some((a) => a.startsWith("secretsmanager:")),
      );
      if (!spec.cursors) {
        expect(reads, spec.id).toEqual([]);
        continue;
      }
      expect(reads, spec.id).toEqual([
        {
          Effect: "Allow",
          Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
          Resource: { Ref: secret },
          Condition: { "ForAnyValue:StringEquals": { "secretsmanager:VersionStage": ["AWSCURRENT", "AWSPREVIOUS"] } },
        },
      ]);
    }
  });

  it("is acknowledged for having no rotation schedule with what rotation really is: no redeploy, both versions accepted", () => {
    expect(CURSOR_SECRET_ROTATION).toMatch(/without a redeploy/);
    expect(CURSOR_SECRET_ROTATION).toMatch(/AWSCURRENT or AWSPREVIOUS/);
    expect(CURSOR_SECRET_ROTATION).toContain(`cached ${CURSOR_KEY_MAX_AGE_SECONDS / 60} min`);
  });
});

describe("least privilege", () => {
  const tableStatements = (id: string) =>
    roleStatements(t.service, `${id}Role`).filter((s) => actionsOf([s]).some((a) => ITEM_ACTION.test(a)));

  it("a function without table access gets no table, index or key statement", () => {
    for (const spec of FIXTURE_FUNCTIONS.filter((f) => f.tableAccess === "none")) {
      const actions = actionsOf(roleStatements(t.service, `${spec.id}Role`));
      expect(
        actions.filter((a) => /^(dynamodb|kms):/.test(a)),
        spec.id,
      ).toEqual([]);
    }
  });

  it("item actions are exactly the spec's, on the table, each limited to its key patterns", () => {
    const spec = FIXTURE_FUNCTIONS.find((f) => f.id === "SubmissionsApi");
    if (!spec || spec.tableAccess === "none") throw new Error("fixture");
    const onTable = tableStatements("SubmissionsApi").filter((s) => resourceKind(s.Resource) === "table");
    expect(onTable).toEqual(
      spec.tableAccess.items.map((grant) => ({
        Effect: "Allow",
        Action: grant.actions.length === 1 ? `dynamodb:${grant.actions[0]}` : grant.actions.map((a) => `dynamodb:${a}`),
        Resource: tableArn,
        Condition: { "ForAllValues:StringLike": { "dynamodb:LeadingKeys": grant.keys } },
      })),
    );
  });

  it("queries only the indexes its spec names, each limited to the index partitions it names", () => {
    const indexStatements = (id: string) =>
      tableStatements(id).filter((s) => resourceKind(s.Resource).startsWith("index/"));
    const byIndex = (id: string) =>
      Object.fromEntries(indexStatements(id).map((s) => [resourceKind(s.Resource), leadingKeysOf(s)]));
    expect(byIndex("FeedApi")).toEqual({ "index/GSI1": ["FEED#OWNER#*"], "index/GSI2": ["FEED#AGENCY#*"] });
    expect(byIndex("SubmissionsApi")).toEqual({ "index/GSI1": ["OWNER#*#customs-extension"] });
    expect(byIndex("Screening")).toEqual({});
    expect(byIndex("DeadlineSweep")).toEqual({ "index/GSI3": ["WATCH"] });
    for (const s of indexStatements("FeedApi")) expect(actionsOf([s])).toEqual(["dynamodb:Query"]);
  });

  it("a function that only reads gets the key's decrypt actions, one that writes also its encrypt actions", () => {
    const keyActions = (id: string) =>
      actionsOf(roleStatements(t.service, `${id}Role`)).filter((a) => a.startsWith("kms:"));
    expect(keyActions("FeedApi").sort()).toEqual(["kms:Decrypt", "kms:DescribeKey"]);
    for (const writer of ["SubmissionsApi", "Screening", "DeadlineSweep"]) {
      expect(keyActions(writer), writer).toEqual(expect.arrayContaining(["kms:Encrypt", "kms:GenerateDataKey*"]));
    }
  });

  it("refuses a key pattern that is not a prefix of the key design, and an empty grant", () => {
    const base = FIXTURE_FUNCTIONS.find((f) => f.id === "Screening") as FunctionSpec;
    const synth = (tableAccess: FunctionSpec["tableAccess"]) => () =>
      createPlatformStacks(new App({ context: { "aws:cdk:bundling-stacks": [] } }), {
        functions: [{ ...base, tableAccess }],
        scopes: FIXTURE_SCOPES,
        clients: [],
      });
    expect(synth({ items: [{ keys: ["*"], actions: ["GetItem"] }], indexes: {} })).toThrow(/not a key prefix/);
    expect(synth({ items: [{ keys: ["S*"], actions: ["GetItem"] }], indexes: {} })).toThrow(/not a key prefix/);
    expect(synth({ items: [], indexes: { GSI1: [] } })).toThrow(/names no key pattern/);
    expect(synth({ items: [], indexes: {} })).toThrow(/say "none"/);
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
