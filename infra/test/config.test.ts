import { App } from "aws-cdk-lib";
import { describe, expect, it } from "vitest";
import { sampleClients } from "../src/clients";
import { readConfig } from "../src/config";
import { FIXTURE_SCOPES } from "./fixtures/functions";

const config = (context: Record<string, unknown>) => readConfig(new App({ context }).node);

describe("readConfig", () => {
  it("defaults to the dev stage with Cognito", () => {
    expect(config({})).toEqual({
      stage: "dev",
      isDev: true,
      oidc: undefined,
      cognitoDomainPrefix: undefined,
      region: undefined,
      partition: "aws",
      china: false,
      icpFiled: false,
      publicRoutesOpen: true,
      publicRoutesScope: "measures:read",
      tracing: true,
      sampleClients: true,
    });
  });

  it("a region of the global partition changes nothing but the stacks' region", () => {
    expect(config({ region: "eu-central-1" })).toMatchObject({
      region: "eu-central-1",
      partition: "aws",
      china: false,
      publicRoutesOpen: true,
      tracing: true,
      oidc: undefined,
    });
  });

  it("a China region: partition aws-cn, no X-Ray, public routes open only with the ICP filing", () => {
    const china = {
      region: "cn-northwest-1",
      oidcIssuer: "https://idp.example.cn/realms/rdc",
      oidcAudience: "rdc-api",
    };
    expect(config(china)).toMatchObject({ partition: "aws-cn", china: true, tracing: false, publicRoutesOpen: false });
    expect(config({ ...china, icpFiled: "true" })).toMatchObject({ icpFiled: true, publicRoutesOpen: true });
    expect(config({ ...china, icpFiled: false })).toMatchObject({ icpFiled: false, publicRoutesOpen: false });
  });

  it("any other stage is not dev, and gets no sample clients unless asked", () => {
    expect(config({ stage: "prod" })).toMatchObject({ stage: "prod", isDev: false, sampleClients: false });
    expect(config({ stage: "prod", sampleClients: "true" })).toMatchObject({ sampleClients: true });
    expect(config({ sampleClients: false })).toMatchObject({ stage: "dev", sampleClients: false });
    expect(() => config({ sampleClients: "yes" })).toThrow(/sampleClients.*true or false/);
  });

  it("refuses a stage that cannot name resources", () => {
    expect(() => config({ stage: "Prod_1" })).toThrow(/stage/);
  });

  it("reads an external issuer, its audiences (comma list or array) and scope prefix", () => {
    expect(config({ oidcIssuer: "https://id.example.org", oidcAudience: "a, b" }).oidc).toEqual({
      issuer: "https://id.example.org",
      audience: ["a", "b"],
      scopePrefix: "",
    });
    expect(config({ oidcIssuer: "https://id.example.org", oidcAudience: ["a"], oidcScopePrefix: "rdc/" }).oidc).toEqual(
      { issuer: "https://id.example.org", audience: ["a"], scopePrefix: "rdc/" },
    );
  });

  it("refuses an issuer without an audience and the reverse", () => {
    expect(() => config({ oidcIssuer: "https://id.example.org" })).toThrow(/go together/);
    expect(() => config({ oidcAudience: "a" })).toThrow(/go together/);
  });
});

describe("sampleClients", () => {
  it("one partner with every non-review scope, one reviewer per agency with its own review scope and the feed", () => {
    expect(sampleClients(FIXTURE_SCOPES)).toEqual([
      { id: "SamplePartner", scopes: ["eligibility", "submissions:write", "submissions:read", "events:read"] },
      { id: "SampleReviewerCAC", scopes: ["review:CAC", "events:read"] },
      { id: "SampleReviewerGACC", scopes: ["review:GACC", "events:read"] },
      { id: "SampleReviewerMOHRSS", scopes: ["review:MOHRSS", "events:read"] },
    ]);
  });
});
