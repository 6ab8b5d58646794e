import { ALL_SCOPES, APP_FUNCTIONS } from "@rdc/app";
import { App } from "aws-cdk-lib";
import { AwsSolutionsChecks, ServerlessChecks } from "cdk-nag";
import { beforeAll, describe, expect, it } from "vitest";
import { CHINA_AVAILABILITY, CHINA_REGIONS, type ChinaRegion } from "../src/aws-china/availability";
import { DEFAULT_PUBLIC_ROUTES_SCOPE, readConfig } from "../src/config";
import { createPlatformStacks, type PlatformStacks } from "../src/platform-app";
import type { CfnTemplate } from "./aws-china-features";
import { PUBLIC_ROUTES } from "./fixtures/functions";
import { CDK_JSON_CONTEXT, fixtureApp } from "./synth";

const ISSUER = "https://idp.example.cn/realms/rdc";
const chinaContext = (region: ChinaRegion, extra: Record<string, unknown> = {}) => ({
  stage: "prod",
  region,
  oidcIssuer: ISSUER,
  oidcAudience: "rdc-api",
  ...extra,
});

/** The real app (every FunctionSpec of APP_FUNCTIONS), as `npm run synth -- -c …` builds it, bundling skipped. */
function realApp(context: Record<string, unknown>): { app: App; stacks: PlatformStacks; templates: CfnTemplate[] } {
  const app = new App({ context: { ...CDK_JSON_CONTEXT, "aws:cdk:bundling-stacks": [], ...context } });
  const stacks = createPlatformStacks(app, {
    functions: APP_FUNCTIONS,
    scopes: ALL_SCOPES,
    clients: [],
  });
  const templates = app.synth().stacks.map((s) => s.template as CfnTemplate);
  return { app, stacks, templates };
}

const resources = (templates: CfnTemplate[], type: string) =>
  templates.flatMap((t) => Object.values(t.Resources ?? {}).filter((r) => r.Type === type));
const publicRoutes = APP_FUNCTIONS.flatMap((f) => f.routes ?? []).filter((r) => r.scopes.length === 0);
const routeKey = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

/** Every string in a template, with the JSON path it sits at. */
function strings(value: unknown, path = "$", out: { path: string; value: string }[] = []) {
  if (typeof value === "string") out.push({ path, value });
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) strings(v, `${path}[${i}]`, out);
  } else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

const china: Record<string, ReturnType<typeof realApp>> = {};
let icp: ReturnType<typeof realApp>;
let global: ReturnType<typeof realApp>;
beforeAll(() => {
  for (const region of CHINA_REGIONS) china[region] = realApp(chinaContext(region));
  icp = realApp(chinaContext("cn-northwest-1", { icpFiled: "true" }));
  global = realApp({});
}, 180_000);

describe.each(CHINA_REGIONS)("the China stage in %s", (region) => {
  const t = () => china[region] as ReturnType<typeof realApp>;

  it("is for that region, in the aws-cn partition, with no Auth stack and no Cognito resource", () => {
    const { app, stacks, templates } = t();
    expect(readConfig(app.node)).toMatchObject({ region, partition: "aws-cn", china: true, tracing: false });
    expect(stacks.auth).toBeUndefined();
    for (const stack of [stacks.data, stacks.service]) expect(stack.region).toBe(region);
    expect(stacks.service.stackName).toBe("RdcMeasures-prod-Service");
    const types = templates.flatMap((tpl) => Object.values(tpl.Resources ?? {}).map((r) => r.Type));
    expect(types.filter((type) => type.startsWith("AWS::Cognito::"))).toEqual([]);
  });

  it("authorizes with the JWT authorizer on the configured issuer and audience", () => {
    const authorizers = resources(t().templates, "AWS::ApiGatewayV2::Authorizer").map((r) => r.Properties);
    expect(authorizers).toEqual([
      expect.objectContaining({
        AuthorizerType: "JWT",
        JwtConfiguration: { Issuer: ISSUER, Audience: ["rdc-api"] },
      }),
    ]);
  });

  it("without ICP filing, puts the public routes behind the authorizer with the scope every caller holds", () => {
    expect(publicRoutes.map(routeKey)).toContain("GET /v1/measures");
    const routes = new Map(
      resources(t().templates, "AWS::ApiGatewayV2::Route").map((r) => [r.Properties?.RouteKey, r.Properties]),
    );
    for (const route of publicRoutes) {
      expect(routes.get(routeKey(route)), routeKey(route)).toMatchObject({
        AuthorizationType: "JWT",
        AuthorizationScopes: [DEFAULT_PUBLIC_ROUTES_SCOPE],
      });
    }
    const unauthenticated = [...routes.values()].filter((r) => (r?.AuthorizationType ?? "NONE") === "NONE");
    expect(unauthenticated).toEqual([]);
  });

  it("has no hard-coded arn:aws: and no endpoint of a global region", () => {
    const allowedPrincipals = Object.keys(CHINA_AVAILABILITY.features)
      .filter((id) => id.startsWith("iam.service-principal."))
      .map((id) => id.slice("iam.service-principal.".length));
    const found = t().templates.flatMap((tpl) => strings(tpl));
    expect(found.length).toBeGreaterThan(100);
    for (const { path, value } of found) {
      expect(value, path).not.toMatch(/arn:aws:/);
      expect(value, path).not.toMatch(/cognito-idp|\.aws\.amazon\.com|amazonaws\.com\/|s3\.amazonaws\.com/);
      expect(value, path).not.toMatch(
        /\b(us|eu|ap|sa|ca|me|af|il|mx)-(north|south|east|west|central|northeast|southeast)-\d\b/,
      );
      // `amazonaws.com` only as a service principal the CDK wrote for this region (and listed in the data).
      if (/amazonaws\.com(?!\.cn)/.test(value)) {
        expect(path, value).toMatch(/\.(Service|Principal)(\[\d+\])?$/);
        expect(allowedPrincipals, path).toContain(value);
      }
    }
  });

  it("turns X-Ray tracing off (not offered to Lambda in China) and grants no X-Ray action", () => {
    const functions = resources(t().templates, "AWS::Lambda::Function");
    expect(functions).toHaveLength(APP_FUNCTIONS.length);
    for (const fn of functions) {
      expect(fn.Properties?.TracingConfig).toBeUndefined();
      expect(fn.Properties).toMatchObject({ Runtime: "nodejs22.x", Architectures: ["arm64"] });
    }
    expect(JSON.stringify(resources(t().templates, "AWS::IAM::Policy"))).not.toContain("xray:");
  });

  it("passes cdk-nag's AwsSolutions and Serverless packs with only acknowledged findings", () => {
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      const findings = pack
        .validateScope(t().app)
        .violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(", ")}`);
      expect(findings).toEqual([]);
    }
  });
});

describe("a China stage with -c icpFiled=true", () => {
  it("keeps the public routes public", () => {
    const routes = new Map(
      resources(icp.templates, "AWS::ApiGatewayV2::Route").map((r) => [r.Properties?.RouteKey, r]),
    );
    for (const route of publicRoutes) {
      expect(routes.get(routeKey(route))?.Properties, routeKey(route)).toMatchObject({ AuthorizationType: "NONE" });
      expect(routes.get(routeKey(route))?.Properties?.AuthorizationScopes).toBeUndefined();
    }
  });

  it("passes cdk-nag's AwsSolutions and Serverless packs with only acknowledged findings", () => {
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      expect(pack.validateScope(icp.app).violations.map((v) => v.ruleName)).toEqual([]);
    }
  });
});

describe("the global stage is unchanged", () => {
  it("env-agnostic, with Cognito, X-Ray tracing and open public routes", () => {
    const { app, stacks, templates } = global;
    expect(readConfig(app.node)).toMatchObject({
      partition: "aws",
      china: false,
      tracing: true,
      publicRoutesOpen: true,
    });
    expect(stacks.auth).toBeDefined();
    expect(stacks.service.region).toMatch(/^\$\{Token/);
    for (const fn of resources(templates, "AWS::Lambda::Function")) {
      expect(fn.Properties?.TracingConfig).toEqual({ Mode: "Active" });
    }
    const routes = new Map(resources(templates, "AWS::ApiGatewayV2::Route").map((r) => [r.Properties?.RouteKey, r]));
    for (const route of publicRoutes) expect(routes.get(routeKey(route))?.Properties?.AuthorizationType).toBe("NONE");
  });

  it("ignores icpFiled outside China", () => {
    expect(readConfig(new App({ context: { icpFiled: true } }).node).publicRoutesOpen).toBe(true);
  });
});

describe("China configuration errors stop the synth with a clear message", () => {
  const config = (context: Record<string, unknown>) => () => readConfig(new App({ context }).node);

  it.each(CHINA_REGIONS)("%s without an external issuer", (region) => {
    expect(config({ region })).toThrow(
      new RegExp(
        `${region}, an AWS China region: Cognito user pools and Cognito authorizers are not available.*-c oidcIssuer=https://… -c oidcAudience=…`,
      ),
    );
    expect(() => realApp({ region, stage: "prod" })).toThrow(/oidcIssuer/);
  });

  it("an issuer that is not https, or that is a global AWS endpoint", () => {
    expect(config(chinaContext("cn-north-1", { oidcIssuer: "http://idp.example.cn/realms/rdc" }))).toThrow(
      /https:\/\//,
    );
    expect(config(chinaContext("cn-north-1", { oidcIssuer: "not a url" }))).toThrow(/https:\/\//);
    expect(
      config(chinaContext("cn-north-1", { oidcIssuer: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC" })),
    ).toThrow(/global AWS region/);
  });

  it("an unknown region, or an icpFiled that is not a boolean", () => {
    expect(config({ region: "cn-south-9" })).toThrow(/not a region the CDK knows/);
    expect(config(chinaContext("cn-north-1", { icpFiled: "yes" }))).toThrow(/icpFiled.*true or false/);
  });
});

describe("the public routes' scope", () => {
  it("carries the issuer's scope prefix, and can be renamed with -c publicRoutesScope", () => {
    const scopesOf = (context: Record<string, unknown>) =>
      resources(
        [fixtureApp(context).app.synth().getStackByName("RdcMeasures-prod-Service").template as CfnTemplate],
        "AWS::ApiGatewayV2::Route",
      )
        .filter((r) => PUBLIC_ROUTES.some((p) => routeKey(p) === r.Properties?.RouteKey))
        .map((r) => r.Properties?.AuthorizationScopes);
    expect(scopesOf(chinaContext("cn-north-1", { oidcScopePrefix: "api://rdc/" }))).toEqual(
      PUBLIC_ROUTES.map(() => ["api://rdc/measures:read"]),
    );
    expect(scopesOf(chinaContext("cn-north-1", { publicRoutesScope: "catalogue" }))).toEqual(
      PUBLIC_ROUTES.map(() => ["catalogue"]),
    );
    expect(() => fixtureApp(chinaContext("cn-north-1", { publicRoutesScope: "a b" }))).toThrow(/one scope/);
  });
});
