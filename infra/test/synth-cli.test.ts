import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CfnTemplate } from "./aws-china-features";

/**
 * `npm run synth` as an operator runs it: the CDK CLI over `src/app.ts` (cdk.json), offline, with
 * real bundling (NodejsFunction runs `pnpm exec esbuild` in a pnpm workspace) and cdk-nag as
 * validation plugins, for the global dev stage and for a China stage.
 */
const INFRA = fileURLToPath(new URL("..", import.meta.url));
const ROOT_BIN = fileURLToPath(new URL("../../node_modules/.bin", import.meta.url));
const CDK = createRequire(join(INFRA, "package.json")).resolve("aws-cdk/bin/cdk");
const PATH = [ROOT_BIN, process.env.PATH ?? ""].join(delimiter);
const hasPnpm = (process.env.PATH ?? "").split(delimiter).some((dir) => existsSync(join(dir, "pnpm")));
// As for the browser test: without pnpm on the PATH (a bare `npx vitest`), skipped locally; under CI, a failure.
const runs = hasPnpm || process.env.CI === "true";

interface Synth {
  code: number | null;
  stderr: string;
  out: string;
}

function synth(args: string[]): Promise<Synth> {
  const out = mkdtempSync(join(tmpdir(), "rdc-synth-"));
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CDK, "synth", "--quiet", "--output", out, ...args],
      {
        cwd: INFRA,
        env: { ...process.env, PATH, CDK_DISABLE_CLI_TELEMETRY: "true" },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 240_000,
      },
      (error, _stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stderr, out }),
    );
  });
}

const template = (s: Synth, stack: string) => JSON.parse(readFileSync(join(s.out, `${stack}.template.json`), "utf8"));
const ofType = (tpl: Required<CfnTemplate>, type: string) =>
  Object.values(tpl.Resources).filter((r) => r.Type === type);

const CHINA = [
  "-c",
  "stage=prod",
  "-c",
  "region=cn-northwest-1",
  "-c",
  "oidcIssuer=https://idp.example.cn/realms/rdc",
  "-c",
  "oidcAudience=rdc-api",
];

let dev: Synth;
let china: Synth;
let noIssuer: Synth;
let prod: Synth;
beforeAll(async () => {
  if (!runs) return;
  [dev, china, noIssuer, prod] = await Promise.all([
    synth([]),
    synth(CHINA),
    synth(["-c", "region=cn-north-1"]),
    synth(["-c", "stage=prod"]),
  ]);
}, 300_000);
afterAll(() => {
  for (const s of [dev, china, noIssuer, prod]) if (s) rmSync(s.out, { recursive: true, force: true });
});

describe.skipIf(!runs)("npm run synth (the CDK CLI, offline, bundling for real)", () => {
  it("the global dev stage: three stacks, every function bundled, cdk-nag clean", () => {
    expect(dev.code, dev.stderr).toBe(0);
    for (const stack of ["RdcMeasures-dev-Data", "RdcMeasures-dev-Auth", "RdcMeasures-dev-Service"]) {
      expect(existsSync(join(dev.out, `${stack}.template.json`)), stack).toBe(true);
    }
    const bundles = readdirSync(dev.out).filter(
      (f) => f.startsWith("asset.") && existsSync(join(dev.out, f, "index.mjs")),
    );
    expect(bundles.length).toBe(ofType(template(dev, "RdcMeasures-dev-Service"), "AWS::Lambda::Function").length);
    expect(dev.stderr).not.toMatch(/AwsSolutions-|Serverless-/);
    const clients = ofType(template(dev, "RdcMeasures-dev-Auth"), "AWS::Cognito::UserPoolClient").map(
      (r) => r.Properties?.ClientName,
    );
    expect(clients).toContain("SamplePartner");
  });

  it("the global prod stage as shipped gets no sample client: with no client listed, the synth stops and says what to do", () => {
    expect(prod.code).not.toBe(0);
    expect(prod.stderr).toContain("synth stopped: stage prod has no app client");
    expect(prod.stderr).toContain("-c sampleClients=true");
    expect(prod.stderr).not.toMatch(/\n\s+at /);
  });

  it("the China stage (-c region=cn-northwest-1 -c oidcIssuer=… -c oidcAudience=…): aws-cn, no Cognito, the issuer's authorizer", () => {
    expect(china.code, china.stderr).toBe(0);
    expect(existsSync(join(china.out, "RdcMeasures-prod-Auth.template.json"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(china.out, "manifest.json"), "utf8"));
    expect(manifest.artifacts["RdcMeasures-prod-Service"].environment).toBe("aws://unknown-account/cn-northwest-1");
    const service = template(china, "RdcMeasures-prod-Service");
    expect(ofType(service, "AWS::ApiGatewayV2::Authorizer").map((a) => a.Properties?.JwtConfiguration)).toEqual([
      { Issuer: "https://idp.example.cn/realms/rdc", Audience: ["rdc-api"] },
    ]);
    const all = JSON.stringify([service, template(china, "RdcMeasures-prod-Data")]);
    expect(all).not.toContain("AWS::Cognito::");
    expect(all).not.toContain("arn:aws:");
    expect(china.stderr).not.toMatch(/AwsSolutions-|Serverless-/);
  });

  it("a China region without an issuer stops with the reason, not a stack trace", () => {
    expect(noIssuer.code).not.toBe(0);
    expect(noIssuer.stderr).toContain(
      'synth stopped: context "region" is cn-north-1, an AWS China region: Cognito user pools and Cognito authorizers are not available there',
    );
    expect(noIssuer.stderr).not.toMatch(/\n\s+at /);
  });
});
