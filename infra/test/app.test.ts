import { ALL_SCOPES, APP_FUNCTIONS } from "@rdc/app";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks, ServerlessChecks } from "cdk-nag";
import { beforeAll, describe, expect, it } from "vitest";
import { RESOURCE_SERVER_ID } from "../src";
import { createPlatformStacks, type PlatformStacks } from "../src/platform-app";

/** The real app (every function of APP_FUNCTIONS), bundling skipped. */
let app: App;
let stacks: PlatformStacks;
let service: Template;
beforeAll(() => {
  app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
  stacks = createPlatformStacks(app, {
    functions: APP_FUNCTIONS,
    scopes: ALL_SCOPES,
    clients: [],
  });
  service = Template.fromStack(stacks.service);
});

describe("the real platform app", () => {
  it("has one function per FunctionSpec", () => {
    const functions = Object.values(service.findResources("AWS::Lambda::Function")).filter(
      (f) => f.Properties.Runtime === "nodejs22.x",
    );
    expect(functions).toHaveLength(APP_FUNCTIONS.length);
  });

  it("gives every route of every capability its scopes, and leaves only the public routes open", () => {
    const routes = service.findResources("AWS::ApiGatewayV2::Route");
    const byKey = new Map(Object.values(routes).map((r) => [r.Properties.RouteKey as string, r.Properties]));
    for (const spec of APP_FUNCTIONS) {
      for (const route of spec.routes ?? []) {
        const deployed = byKey.get(`${route.method} ${route.path}`);
        expect(deployed, `${route.method} ${route.path}`).toBeDefined();
        if (route.scopes.length) {
          expect(deployed?.AuthorizationType).toBe("JWT");
          expect(deployed?.AuthorizationScopes).toEqual(route.scopes.map((s) => `${RESOURCE_SERVER_ID}/${s}`));
        } else {
          expect(deployed?.AuthorizationType ?? "NONE").toBe("NONE");
        }
      }
    }
    expect(byKey.has("POST /local/tokens")).toBe(false);
  });

  it("feeds each intake's screening processor only its own submission type", () => {
    const mappings = Object.values(service.findResources("AWS::Lambda::EventSourceMapping"));
    const patterns = mappings.flatMap((m) =>
      (m.Properties.FilterCriteria?.Filters ?? []).map((f: { Pattern: string }) => JSON.parse(f.Pattern)),
    );
    const types = patterns
      .map((p) => p.dynamodb?.NewImage?.type?.S?.[0])
      .filter(Boolean)
      .sort();
    expect(types).toEqual(["customs-extension", "data-export", "talent-title"]);
  });

  it("passes cdk-nag's AwsSolutions and Serverless packs with only acknowledged findings", () => {
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      expect(pack.validateScope(app).violations.map((v) => v.ruleName)).toEqual([]);
    }
  });
});
