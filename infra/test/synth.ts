import { readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { ApiClientSpec } from "../src/clients";
import { createPlatformStacks, type PlatformStacks } from "../src/platform-app";
import { FIXTURE_FUNCTIONS, FIXTURE_SCOPES } from "./fixtures/functions";

/** A partner's and a reviewer's client, as a stage outside `dev` lists them in src/app.ts. */
export const FIXTURE_CLIENTS: ApiClientSpec[] = [
  { id: "PartnerAcme", scopes: ["eligibility", "submissions:write", "submissions:read", "events:read"] },
  { id: "ReviewerCac", scopes: ["review:CAC", "events:read"] },
];

/** The context `cdk synth` gets from cdk.json (feature flags included). */
export const CDK_JSON_CONTEXT = JSON.parse(readFileSync(new URL("../cdk.json", import.meta.url), "utf8")).context;

/**
 * The app over the fixture functions, with cdk.json's context, bundling skipped (`aws:cdk:bundling-stacks: []`),
 * and `clients` as src/app.ts lists them (the sample clients come on top in `dev`).
 */
export function fixtureApp(
  context: Record<string, unknown> = {},
  clients: readonly ApiClientSpec[] = [],
): { app: App; stacks: PlatformStacks } {
  const app = new App({ context: { ...CDK_JSON_CONTEXT, "aws:cdk:bundling-stacks": [], ...context } });
  const stacks = createPlatformStacks(app, { functions: FIXTURE_FUNCTIONS, scopes: FIXTURE_SCOPES, clients });
  return { app, stacks };
}

export interface FixtureTemplates {
  data: Template;
  auth: Template;
  service: Template;
  stacks: PlatformStacks;
}

export function fixtureTemplates(
  context: Record<string, unknown> = {},
  clients: readonly ApiClientSpec[] = [],
): FixtureTemplates {
  const { stacks } = fixtureApp(context, clients);
  if (!stacks.auth) throw new Error("expected the Cognito auth stack");
  return {
    data: Template.fromStack(stacks.data),
    auth: Template.fromStack(stacks.auth),
    service: Template.fromStack(stacks.service),
    stacks,
  };
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** The identity-policy statements of one role (by logical id prefix, e.g. `ScreeningRole`). */
export function roleStatements(template: Template, rolePrefix: string): Statement[] {
  return Object.entries(template.findResources("AWS::IAM::Policy"))
    .filter(([id]) => id.startsWith(rolePrefix))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

export const actionsOf = (statements: Statement[]): string[] => statements.flatMap((s) => [s.Action].flat());

/** Logical id of the one resource of `type` whose id starts with `prefix`. */
export function logicalId(template: Template, type: string, prefix: string): string {
  const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
  if (ids.length !== 1) throw new Error(`expected one ${type} starting with ${prefix}, found ${ids}`);
  return ids[0] as string;
}
