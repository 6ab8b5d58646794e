import type { FunctionSpec } from "@rdc/platform";
import { App } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { THROTTLE } from "../src/api/http-api";
import { createPlatformStacks } from "../src/platform-app";
import { FIXTURE_FUNCTIONS, FIXTURE_SCOPES, PUBLIC_ROUTES, READ_ROUTE, SUBMIT_ROUTE } from "./fixtures/functions";
import { type FixtureTemplates, fixtureApp, fixtureTemplates, logicalId } from "./synth";

let t: FixtureTemplates;
beforeAll(() => {
  t = fixtureTemplates();
}, 120_000);

const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`;
const env = (template: Template) =>
  Object.values(template.findResources("AWS::Lambda::Function")).map((f) => f.Properties.Environment.Variables);

describe("Cognito: the OAuth2 client-credentials authorization server", () => {
  it("has a resource server whose scopes are the platform's scopes", () => {
    t.auth.hasResourceProperties("AWS::Cognito::UserPoolResourceServer", {
      Identifier: "rdc",
      Scopes: FIXTURE_SCOPES.map((s) => ({ ScopeName: s, ScopeDescription: s })),
    });
  });

  it("has a sample partner client and one reviewer client per agency, client credentials only, with a secret", () => {
    const clients = Object.values(t.auth.findResources("AWS::Cognito::UserPoolClient")).map((c) => c.Properties);
    expect(clients.map((c) => c.ClientName).sort()).toEqual([
      "SamplePartner",
      "SampleReviewerCAC",
      "SampleReviewerGACC",
      "SampleReviewerMOHRSS",
    ]);
    for (const client of clients) {
      expect(client.AllowedOAuthFlows).toEqual(["client_credentials"]);
      expect(client.GenerateSecret).toBe(true);
    }
    const partner = clients.find((c) => c.ClientName === "SamplePartner");
    expect(JSON.stringify(partner.AllowedOAuthScopes)).toContain("/submissions:write");
    expect(JSON.stringify(partner.AllowedOAuthScopes)).not.toContain("review:");
    const cac = clients.find((c) => c.ClientName === "SampleReviewerCAC");
    expect(JSON.stringify(cac.AllowedOAuthScopes)).toContain("/review:CAC");
    expect(JSON.stringify(cac.AllowedOAuthScopes)).not.toContain("/review:GACC");
  });

  it("has a hosted domain for the token endpoint", () => {
    t.auth.resourceCountIs("AWS::Cognito::UserPoolDomain", 1);
  });

  it("authorizes with a JWT authorizer on the pool, its audience the app client ids", () => {
    const clientExports = Object.keys(t.auth.findResources("AWS::Cognito::UserPoolClient"));
    t.service.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      JwtConfiguration: {
        Issuer: { "Fn::ImportValue": Match.stringLikeRegexp("Auth:.*UserPool.*ProviderURL") },
        Audience: clientExports.map((id) => ({ "Fn::ImportValue": Match.stringLikeRegexp(`Auth:.*Ref${id}`) })),
      },
    });
  });

  it("tells every function the scope prefix to strip", () => {
    expect(env(t.service).map((v) => v.SCOPE_PREFIX)).toEqual(FIXTURE_FUNCTIONS.map(() => "rdc/"));
  });
});

describe("the HTTP API", () => {
  it("has one route per RouteSpec", () => {
    t.service.resourceCountIs("AWS::ApiGatewayV2::Route", FIXTURE_FUNCTIONS.flatMap((f) => f.routes ?? []).length);
  });

  it("requires any one of a route's scopes, with the resource-server prefix", () => {
    const authorizer = logicalId(t.service, "AWS::ApiGatewayV2::Authorizer", "HttpApiJwt");
    for (const route of [SUBMIT_ROUTE, READ_ROUTE]) {
      t.service.hasResourceProperties("AWS::ApiGatewayV2::Route", {
        RouteKey: routeKey(route),
        AuthorizationType: "JWT",
        AuthorizerId: { Ref: authorizer },
        AuthorizationScopes: route.scopes.map((s) => `rdc/${s}`),
      });
    }
  });

  it("leaves the public routes (no scopes) without authorization", () => {
    for (const route of PUBLIC_ROUTES) {
      t.service.hasResourceProperties("AWS::ApiGatewayV2::Route", {
        RouteKey: routeKey(route),
        AuthorizationType: "NONE",
        AuthorizationScopes: Match.absent(),
        AuthorizerId: Match.absent(),
      });
    }
  });

  it("throttles at the stage and writes JSON access logs to a log group with retention", () => {
    const accessLogs = logicalId(t.service, "AWS::Logs::LogGroup", "HttpAccessLogs");
    t.service.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      DefaultRouteSettings: {
        ThrottlingRateLimit: THROTTLE.rateLimit,
        ThrottlingBurstLimit: THROTTLE.burstLimit,
      },
      AccessLogSettings: {
        DestinationArn: { "Fn::GetAtt": [accessLogs, "Arn"] },
        Format: Match.serializedJson(Match.objectLike({ requestId: "$context.requestId", status: "$context.status" })),
      },
    });
    t.service.hasResourceProperties("AWS::Logs::LogGroup", { RetentionInDays: Match.anyValue() });
  });
});

describe("route scopes", () => {
  it("must be platform scopes, or no client could ever call the route", () => {
    const app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
    const spec = { ...FIXTURE_FUNCTIONS[1], routes: [{ ...SUBMIT_ROUTE, scopes: ["submissions:delete"] }] };
    expect(() =>
      createPlatformStacks(app, { functions: [spec as FunctionSpec], scopes: FIXTURE_SCOPES, clients: [] }),
    ).toThrow(/unknown scopes submissions:delete/);
  });
});

describe("an external OIDC issuer instead of Cognito", () => {
  const context = {
    oidcIssuer: "https://id.example.org/",
    oidcAudience: "rdc-api,rdc-api-2",
    oidcScopePrefix: "api://rdc/",
  };

  it("deploys no Cognito and points the authorizer at the issuer", () => {
    const { app, stacks } = fixtureApp(context);
    expect(stacks.auth).toBeUndefined();
    expect(app.node.children.map((c) => c.node.id)).not.toContain("RdcMeasures-dev-Auth");
    const service = Template.fromStack(stacks.service);
    service.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      JwtConfiguration: { Issuer: "https://id.example.org/", Audience: ["rdc-api", "rdc-api-2"] },
    });
    service.hasResourceProperties("AWS::ApiGatewayV2::Route", {
      RouteKey: routeKey(SUBMIT_ROUTE),
      AuthorizationScopes: ["api://rdc/submissions:write"],
    });
    expect(env(service).map((v) => v.SCOPE_PREFIX)).toEqual(FIXTURE_FUNCTIONS.map(() => "api://rdc/"));
  }, 120_000);

  it("needs both the issuer and the audience", () => {
    expect(() => fixtureApp({ oidcIssuer: "https://id.example.org/" })).toThrow(/go together/);
  });
});
