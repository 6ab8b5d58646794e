import { readFileSync } from "node:fs";
import { type App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks, ServerlessChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_CLIENTS, fixtureApp } from "./synth";

/** Every acknowledgment in the tree: rule id (without CDK's `Annotation::` prefix) → reasons. */
function acknowledgments(root: IConstruct): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const node of root.node.findAll()) {
    for (const entry of node.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [qualified, reason] of Object.entries(entry.data as Record<string, string>)) {
        const id = qualified.replace(/^annotation::/i, "");
        found.set(id, (found.get(id) ?? new Set()).add(reason));
      }
    }
  }
  return found;
}

let app: App;
let prod: App;
/** A China stage (no ICP filing: no public route), whose acknowledgments differ (no X-Ray in China). */
let china: App;
beforeAll(() => {
  app = fixtureApp().app;
  prod = fixtureApp({ stage: "prod" }, FIXTURE_CLIENTS).app;
  china = fixtureApp({
    stage: "prod",
    region: "cn-north-1",
    oidcIssuer: "https://idp.example.cn/realms/rdc",
    oidcAudience: "rdc-api",
  }).app;
});

describe("cdk-nag", () => {
  for (const [name, pack] of [
    ["AwsSolutions", () => new AwsSolutionsChecks()],
    ["Serverless", () => new ServerlessChecks()],
  ] as const) {
    it(`${name}: no finding that is not acknowledged (dev, prod, and a China stage)`, () => {
      for (const scope of [app, prod, china]) {
        const findings = pack()
          .validateScope(scope)
          .violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(", ")}`);
        expect(findings).toEqual([]);
      }
    });
  }

  it("every acknowledgment has a reason, and the README lists it", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const acks = new Map([...acknowledgments(app), ...acknowledgments(china)]);
    expect(acks.size).toBeGreaterThan(0);
    expect(acks.has("Serverless-LambdaTracing")).toBe(true);
    for (const [id, reasons] of acks) {
      for (const reason of reasons) expect(reason.length, id).toBeGreaterThan(20);
      expect(readme, `README is missing ${id}`).toContain(`\`${id}\``);
    }
  });
});
