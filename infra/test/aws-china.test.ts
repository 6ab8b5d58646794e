import { ALL_SCOPES, APP_FUNCTIONS } from "@rdc/app";
import { App } from "aws-cdk-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { CHINA_AVAILABILITY, CHINA_REGIONS, type ChinaRegion, offers } from "../src/aws-china/availability";
import { createPlatformStacks } from "../src/platform-app";
import { type CfnTemplate, featuresUsed, resourceTypes, unavailableIn } from "./aws-china-features";
import { CDK_JSON_CONTEXT } from "./synth";

/** Every template of the real app (all of APP_FUNCTIONS) for `context`, bundling skipped. */
function templatesOf(context: Record<string, unknown>): CfnTemplate[] {
  const app = new App({ context: { ...CDK_JSON_CONTEXT, "aws:cdk:bundling-stacks": [], ...context } });
  createPlatformStacks(app, { functions: APP_FUNCTIONS, scopes: ALL_SCOPES, clients: [] });
  return app.synth().stacks.map((s) => s.template as CfnTemplate);
}
const chinaContext = (region: ChinaRegion, icpFiled: boolean) => ({
  stage: "prod",
  region,
  oidcIssuer: "https://idp.example.cn/realms/rdc",
  oidcAudience: "rdc-api",
  icpFiled,
});
const union = (sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]));

const stages = CHINA_REGIONS.flatMap((region) => [false, true].map((icpFiled) => ({ region, icpFiled })));
const templates = new Map<string, CfnTemplate[]>();
let global: CfnTemplate[];
beforeAll(() => {
  for (const { region, icpFiled } of stages)
    templates.set(`${region}/${icpFiled}`, templatesOf(chinaContext(region, icpFiled)));
  global = templatesOf({ stage: "prod", sampleClients: "true" });
}, 180_000);

describe("availability.json: what AWS offers in the China regions, with its sources", () => {
  it("names a source for every entry: a page of AWS's China documentation and the date it was read", () => {
    const entries = [
      ...Object.entries(CHINA_AVAILABILITY.resourceTypes),
      ...Object.entries(CHINA_AVAILABILITY.features),
    ];
    expect(entries.length).toBeGreaterThan(40);
    for (const [id, entry] of entries) {
      const source = CHINA_AVAILABILITY.sources[entry.source];
      expect(source, `${id}: source "${entry.source}"`).toBeDefined();
      for (const region of CHINA_REGIONS) expect(["yes", "no", "icp"], `${id} ${region}`).toContain(entry[region]);
      expect(["stated", "not-listed", "china-docs"], id).toContain(entry.basis);
      if (entry.basis === "stated") expect(entry.quote, `${id}: a stated entry quotes the page`).toBeTruthy();
    }
    for (const [name, source] of Object.entries(CHINA_AVAILABILITY.sources)) {
      expect(source.url, name).toMatch(/^https:\/\/(docs\.amazonaws\.cn|www\.amazonaws\.cn)\//);
      expect(source.read, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.title.length, name).toBeGreaterThan(10);
    }
  });

  it("records what the China pages say is missing: Cognito user pools and authorizers, Lambda X-Ray, public routes without ICP", () => {
    const { resourceTypes: types, features } = CHINA_AVAILABILITY;
    for (const region of CHINA_REGIONS) {
      expect(types["AWS::Cognito::UserPool"]?.[region]).toBe("no");
      expect(features["apigateway.cognito-authorizer"]?.[region]).toBe("no");
      expect(features["lambda.tracing.active"]?.[region]).toBe("no");
      expect(features["apigateway.unauthenticated-route"]?.[region]).toBe("icp");
      expect(offers(region, "apigateway.unauthenticated-route")).toBe(false);
      expect(offers(region, "apigateway.unauthenticated-route", true)).toBe(true);
    }
    expect(offers("eu-central-1", "lambda.tracing.active")).toBe(true);
    expect(() => offers("cn-north-1", "lambda.no-such-feature")).toThrow(/add it with its source/);
  });
});

describe.each(stages)("the China stage in $region (icpFiled: $icpFiled)", ({ region, icpFiled }) => {
  const t = () => templates.get(`${region}/${icpFiled}`) as CfnTemplate[];

  it("uses only resource types and features that the region offers", () => {
    const findings = t().flatMap((template) => unavailableIn(region, template, icpFiled));
    expect(findings).toEqual([]);
  });

  it("is checked on the features the app uses (the extractor sees them)", () => {
    const used = union(t().map(featuresUsed));
    for (const feature of [
      "lambda.architecture.arm64",
      "lambda.runtime.nodejs22.x",
      "lambda.logging.custom-log-group",
      "lambda.esm.dynamodb-streams",
      "lambda.esm.filter-criteria",
      "lambda.esm.on-failure.sqs",
      "lambda.async.on-failure.sqs",
      "dynamodb.pitr",
      "dynamodb.sse-kms-customer-managed",
      "dynamodb.streams",
      "dynamodb.ttl",
      "apigateway.http-api",
      "apigateway.jwt-authorizer",
      "eventbridge.schedule-rule",
      "sqs.sse-sqs-managed",
      "secretsmanager.generated-secret",
      "kms.key-rotation",
      "cloudwatch.alarm.metric-math",
      "iam.service-principal.lambda.amazonaws.com",
    ]) {
      expect(used, feature).toContain(feature);
    }
    expect(used.has("apigateway.unauthenticated-route")).toBe(icpFiled);
    expect(used.has("lambda.tracing.active")).toBe(false);
    const types = union(t().map(resourceTypes));
    for (const type of [
      "AWS::Events::EventBus",
      "AWS::CloudWatch::Dashboard",
      "AWS::CloudWatch::Alarm",
      "AWS::SQS::Queue",
    ]) {
      expect(types, type).toContain(type);
    }
  });
});

describe("the check fails where it should", () => {
  it("flags the global stage's Cognito, Lambda X-Ray and unauthenticated routes in either China region", () => {
    for (const region of CHINA_REGIONS) {
      const findings = global.flatMap((template) => unavailableIn(region, template, false)).join("\n");
      expect(findings).toMatch(/AWS::Cognito::UserPool: not offered in/);
      expect(findings).toMatch(/lambda\.tracing\.active: not offered in/);
      expect(findings).toMatch(/apigateway\.unauthenticated-route: needs an ICP filing in/);
      expect(findings).toMatch(/apigateway\.cognito-authorizer: not offered in/);
    }
  });

  it("flags a resource type or feature missing from the data", () => {
    const template: CfnTemplate = {
      Resources: {
        Bucket: { Type: "AWS::S3::Bucket", Properties: {} },
        Fn: { Type: "AWS::Lambda::Function", Properties: { Runtime: "nodejs99.x", Architectures: ["arm64"] } },
      },
    };
    expect(unavailableIn("cn-north-1", template, true)).toEqual([
      expect.stringMatching(/^AWS::S3::Bucket: not in availability\.json resourceTypes/),
      expect.stringMatching(/^lambda\.runtime\.nodejs99\.x: not in availability\.json features/),
    ]);
  });
});
