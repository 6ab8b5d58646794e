import type { Node } from "constructs";

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
}

const STAGE = /^[a-z][a-z0-9-]{0,19}$/;

function optionalString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") throw new Error(`context "${key}" must be a string`);
  return value;
}

/** `a,b` or `["a","b"]` (a JSON array in cdk.json). */
function stringList(node: Node, key: string): string[] | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === "") return undefined;
  const list = Array.isArray(value) ? value.map(String) : String(value).split(",");
  const items = list.map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new Error(`context "${key}" is empty`);
  return items;
}

export function readConfig(node: Node): InfraConfig {
  const stage = optionalString(node, "stage") ?? "dev";
  if (!STAGE.test(stage)) throw new Error(`context "stage" must match ${STAGE} (got "${stage}")`);
  const issuer = optionalString(node, "oidcIssuer");
  const audience = stringList(node, "oidcAudience");
  if (Boolean(issuer) !== Boolean(audience)) {
    throw new Error('context "oidcIssuer" and "oidcAudience" go together: set both or neither');
  }
  const oidc =
    issuer && audience ? { issuer, audience, scopePrefix: optionalString(node, "oidcScopePrefix") ?? "" } : undefined;
  return { stage, isDev: stage === "dev", oidc, cognitoDomainPrefix: optionalString(node, "cognitoDomainPrefix") };
}
