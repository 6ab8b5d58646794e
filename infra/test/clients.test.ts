import { ALL_SCOPES, APP_FUNCTIONS } from "@rdc/app";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { RESOURCE_SERVER_ID } from "../src";
import { type ApiClientSpec, checkSeparationOfDuties, PARTNER_SCOPES, sampleClients } from "../src/clients";
import { ConfigError } from "../src/config";
import { createPlatformStacks } from "../src/platform-app";
import { CDK_JSON_CONTEXT, FIXTURE_CLIENTS } from "./synth";

/** The real app's Auth template for `context` and the clients src/app.ts would list. */
function authTemplate(context: Record<string, unknown>, clients: readonly ApiClientSpec[] = []): Template {
  const app = new App({ context: { ...CDK_JSON_CONTEXT, "aws:cdk:bundling-stacks": [], ...context } });
  const { auth } = createPlatformStacks(app, { functions: APP_FUNCTIONS, scopes: ALL_SCOPES, clients });
  if (!auth) throw new Error("expected the Cognito auth stack");
  return Template.fromStack(auth);
}

/** A scope as the template writes it: `{ "Fn::Join": ["", [{ Ref: <resource server> }, "/<scope>"]] }`, or a plain string. */
function scopeName(scope: unknown): string {
  if (typeof scope === "string") return scope.replace(`${RESOURCE_SERVER_ID}/`, "");
  const parts = (scope as { "Fn::Join": [string, unknown[]] })["Fn::Join"][1];
  const last = parts.at(-1);
  if (typeof last !== "string" || !last.startsWith("/")) throw new Error(`unexpected scope ${JSON.stringify(scope)}`);
  return last.slice(1);
}

/** Each app client in the template: its name and its scopes, without the resource-server prefix. */
function clientsIn(template: Template): Map<string, string[]> {
  const clients = Object.values(template.findResources("AWS::Cognito::UserPoolClient"));
  return new Map(
    clients.map((c) => [
      c.Properties.ClientName as string,
      (c.Properties.AllowedOAuthScopes as unknown[]).map(scopeName),
    ]),
  );
}

const SAMPLE = /^Sample/;

describe("separation of duties: no app client holds both a review scope and a partner scope", () => {
  it("holds on the synthesized template of every stage that has clients", () => {
    for (const template of [
      authTemplate({}),
      authTemplate({ stage: "prod" }, FIXTURE_CLIENTS),
      authTemplate({ stage: "prod", sampleClients: "true" }, FIXTURE_CLIENTS),
    ]) {
      const clients = clientsIn(template);
      expect(clients.size).toBeGreaterThan(1);
      for (const [name, scopes] of clients) {
        const review = scopes.filter((s) => s.startsWith("review:"));
        expect(review.length, name).toBeLessThanOrEqual(1);
        if (review.length)
          expect(
            scopes.filter((s) => PARTNER_SCOPES.includes(s)),
            name,
          ).toEqual([]);
      }
    }
  }, 60_000);

  it("a client with review:CAC and submissions:write stops the synth, naming the client and the scopes", () => {
    const both = { id: "PortalAndReviewer", scopes: ["review:CAC", "submissions:write", "events:read"] };
    expect(() => authTemplate({ stage: "prod" }, [both])).toThrow(ConfigError);
    expect(() => authTemplate({ stage: "prod" }, [both])).toThrow(
      /client PortalAndReviewer holds review:CAC and submissions:write: no client may hold both/,
    );
    for (const partnerScope of PARTNER_SCOPES) {
      expect(() => checkSeparationOfDuties([{ id: "X", scopes: ["review:GACC", partnerScope] }])).toThrow(partnerScope);
    }
  }, 60_000);

  it("events:read is shared; two review scopes in one client act for no agency and are refused", () => {
    expect(() =>
      checkSeparationOfDuties([
        { id: "Reviewer", scopes: ["review:CAC", "events:read"] },
        { id: "Partner", scopes: [...PARTNER_SCOPES, "events:read"] },
      ]),
    ).not.toThrow();
    expect(() => checkSeparationOfDuties([{ id: "TwoAgencies", scopes: ["review:CAC", "review:GACC"] }])).toThrow(
      /one agency/,
    );
  }, 60_000);

  it("the sample clients keep the rule", () => {
    expect(() => checkSeparationOfDuties(sampleClients(ALL_SCOPES))).not.toThrow();
  }, 60_000);
});

describe("the sample clients only when asked", () => {
  const samples = (template: Template) => [...clientsIn(template).keys()].filter((n) => SAMPLE.test(n)).sort();
  const expected = sampleClients(ALL_SCOPES)
    .map((c) => c.id)
    .sort();

  it("dev: deployed by default, beside the listed clients; -c sampleClients=false leaves them out", () => {
    expect(samples(authTemplate({}))).toEqual(expected);
    expect(expected).toContain("SamplePartner");
    expect(expected).toContain("SampleReviewerCAC");
    const listed = authTemplate({ sampleClients: "false" }, FIXTURE_CLIENTS);
    expect(samples(listed)).toEqual([]);
    expect([...clientsIn(listed).keys()].sort()).toEqual(FIXTURE_CLIENTS.map((c) => c.id).sort());
  }, 60_000);

  it("prod: never by default, only the listed clients", () => {
    const prod = authTemplate({ stage: "prod" }, FIXTURE_CLIENTS);
    expect(samples(prod)).toEqual([]);
    expect([...clientsIn(prod).keys()].sort()).toEqual(FIXTURE_CLIENTS.map((c) => c.id).sort());
  }, 60_000);

  it("prod with -c sampleClients=true: deployed", () => {
    expect(samples(authTemplate({ stage: "prod", sampleClients: "true" }))).toEqual(expected);
  }, 60_000);

  it("a Cognito stage with no client at all stops the synth with what to do", () => {
    expect(() => authTemplate({ stage: "prod" })).toThrow(ConfigError);
    expect(() => authTemplate({ stage: "prod" })).toThrow(/stage prod has no app client.*-c sampleClients=true/);
  }, 60_000);

  it("an external issuer has no app clients here, and needs none", () => {
    const app = new App({
      context: {
        ...CDK_JSON_CONTEXT,
        "aws:cdk:bundling-stacks": [],
        stage: "prod",
        oidcIssuer: "https://id.example.org/",
        oidcAudience: "rdc-api",
      },
    });
    expect(
      createPlatformStacks(app, { functions: APP_FUNCTIONS, scopes: ALL_SCOPES, clients: [] }).auth,
    ).toBeUndefined();
  }, 60_000);
});
