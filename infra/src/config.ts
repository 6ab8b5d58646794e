import { RegionInfo } from "aws-cdk-lib/region-info";
import type { Node } from "constructs";
import { isChinaRegion, offers } from "./aws-china/availability";

/** An external OpenID Connect issuer used instead of the Cognito user pool. */
export interface OidcSettings {
  issuer: string;
  /** The `aud` (or, without `aud`, `client_id`) values the authorizer accepts. */
  audience: string[];
  /** What the issuer puts before each platform scope (often nothing). */
  scopePrefix: string;
}

/** Everything the app reads from CDK context (`-c key=value` or `cdk.json`). */
export interface InfraConfig {
  /** `dev` (the default) may be destroyed; any other stage keeps its data. */
  stage: string;
  isDev: boolean;
  /** Set to use an external issuer; unset to deploy the Cognito user pool. */
  oidc?: OidcSettings;
  /** Cognito hosted domain prefix (the token endpoint's host); defaults to one built from stage and account. */
  cognitoDomainPrefix?: string;
  /** `-c region=…`: the region the stacks are for; unset, they are env-agnostic (any region of the `aws` partition). */
  region?: string;
  /** The region's partition: `aws` (also without a region), `aws-cn` for the China regions. */
  partition: string;
  /** `cn-north-1` or `cn-northwest-1`: an external issuer is required, and the availability data applies. */
  china: boolean;
  /** `-c icpFiled=true`: the account has its ICP filing (ICP备案), so that API Gateway in China serves unauthenticated routes. */
  icpFiled: boolean;
  /**
   * Routes without scopes are public, except in a China region without the
   * ICP filing: there they need a token with `publicRoutesScope` (any
   * partner or reviewer), since API Gateway would not answer them otherwise.
   */
  publicRoutesOpen: boolean;
  /** `-c publicRoutesScope=…` (default `measures:read`): the scope public routes need where they are not open. */
  publicRoutesScope: string;
  /** Lambda X-Ray active tracing: on wherever the region offers it (not in China). */
  tracing: boolean;
  /**
   * `-c sampleClients=true|false`: deploy the sample app clients (`SamplePartner`,
   * `SampleReviewer<AGENCY>`, src/clients.ts). Default: only in `dev`, never elsewhere
   * unless asked; without Cognito (an external issuer) there are no app clients at all.
   */
  sampleClients: boolean;
}

/** The scope every partner and reviewer holds, for the public routes of a China stage without ICP filing. */
export const DEFAULT_PUBLIC_ROUTES_SCOPE = "measures:read";

/**
 * A wrong or missing configuration value (a `-c` context value, or the app's list of clients):
 * synth stops with this message (src/app.ts prints it without a stack trace).
 */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const STAGE = /^[a-z][a-z0-9-]{0,19}$/;

function optionalBoolean(node: Node, key: string): boolean | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === "") return undefined;
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  throw new ConfigError(`context "${key}" must be true or false (got "${String(value)}")`);
}

function optionalString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") throw new ConfigError(`context "${key}" must be a string`);
  return value;
}

/** `a,b` or `["a","b"]` (a JSON array in cdk.json). */
function stringList(node: Node, key: string): string[] | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === "") return undefined;
  const list = Array.isArray(value) ? value.map(String) : String(value).split(",");
  const items = list.map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new ConfigError(`context "${key}" is empty`);
  return items;
}

export function readConfig(node: Node): InfraConfig {
  const stage = optionalString(node, "stage") ?? "dev";
  if (!STAGE.test(stage)) throw new ConfigError(`context "stage" must match ${STAGE} (got "${stage}")`);
  const issuer = optionalString(node, "oidcIssuer");
  const audience = stringList(node, "oidcAudience");
  if (Boolean(issuer) !== Boolean(audience)) {
    throw new ConfigError('context "oidcIssuer" and "oidcAudience" go together: set both or neither');
  }
  const oidc =
    issuer && audience ? { issuer, audience, scopePrefix: optionalString(node, "oidcScopePrefix") ?? "" } : undefined;

  const region = optionalString(node, "region");
  const partition = region ? RegionInfo.get(region).partition : "aws";
  if (!partition)
    throw new ConfigError(
      `context "region": "${region}" is not a region the CDK knows (e.g. eu-central-1, cn-northwest-1)`,
    );
  const china = isChinaRegion(region);
  if (china) checkChinaIssuer(region as string, oidc);
  const icpFiled = optionalBoolean(node, "icpFiled") ?? false;
  const publicRoutesScope = optionalString(node, "publicRoutesScope") ?? DEFAULT_PUBLIC_ROUTES_SCOPE;
  const isDev = stage === "dev";
  if (/\s/.test(publicRoutesScope)) throw new ConfigError('context "publicRoutesScope" must be one scope (no spaces)');
  return {
    stage,
    isDev,
    oidc,
    cognitoDomainPrefix: optionalString(node, "cognitoDomainPrefix"),
    region,
    partition,
    china,
    icpFiled,
    publicRoutesOpen: offers(region, "apigateway.unauthenticated-route", icpFiled),
    publicRoutesScope,
    tracing: offers(region, "lambda.tracing.active"),
    sampleClients: optionalBoolean(node, "sampleClients") ?? isDev,
  };
}

/**
 * AWS China has no Cognito user pools and API Gateway there no Cognito
 * authorizer: a China stage needs an external OIDC issuer, on HTTPS, and not
 * one of a global region (personal data stays in China; so do the identities
 * and keys that guard it).
 */
function checkChinaIssuer(region: string, oidc: OidcSettings | undefined): void {
  const help = 'see README.md, "Deploying to AWS China"';
  if (!oidc) {
    throw new ConfigError(
      `context "region" is ${region}, an AWS China region: Cognito user pools and Cognito authorizers are not available there. ` +
        `Give the external OIDC issuer that partners and reviewers get their tokens from: -c oidcIssuer=https://… -c oidcAudience=… (${help})`,
    );
  }
  let url: URL;
  try {
    url = new URL(oidc.issuer);
  } catch {
    throw new ConfigError(`context "oidcIssuer" must be an https:// URL (got "${oidc.issuer}")`);
  }
  if (url.protocol !== "https:")
    throw new ConfigError(`context "oidcIssuer" must be an https:// URL (got "${oidc.issuer}")`);
  if (/(^|\.)amazonaws\.com$/.test(url.hostname)) {
    throw new ConfigError(
      `context "oidcIssuer" ${oidc.issuer} is an endpoint of a global AWS region; a China stage needs an issuer in China (${help})`,
    );
  }
}
