import type { FunctionSpec } from "@rdc/platform";
import type { App } from "aws-cdk-lib";
import { type AuthSettings, AuthStack } from "./auth-stack";
import { type ApiClientSpec, sampleClients } from "./clients";
import { ConfigError, type InfraConfig, readConfig } from "./config";
import { DataStack } from "./data-stack";
import { ServiceStack } from "./service-stack";

export interface PlatformAppProps {
  /** Every HTTP, stream and schedule function of the platform. */
  functions: readonly FunctionSpec[];
  /** The platform's logical scopes (the Cognito resource server's scopes). */
  scopes: readonly string[];
  /**
   * The Cognito app clients: the real partner and reviewer systems (ignored with an
   * external OIDC issuer). The sample clients are added to them where the config
   * asks for them (`dev`, or `-c sampleClients=true`).
   */
  clients: readonly ApiClientSpec[];
}

export interface PlatformStacks {
  data: DataStack;
  /** Absent when the context names an external OIDC issuer. */
  auth?: AuthStack;
  service: ServiceStack;
}

/** Every route scope must be one of the platform's scopes, or no client could ever call it. */
function checkRouteScopes(functions: readonly FunctionSpec[], scopes: readonly string[]): void {
  const known = new Set(scopes);
  for (const spec of functions) {
    for (const route of spec.routes ?? []) {
      const unknown = route.scopes.filter((s) => !known.has(s));
      if (unknown.length) throw new Error(`${spec.id} ${route.method} ${route.path}: unknown scopes ${unknown}`);
    }
  }
}

/** The app clients a Cognito stage gets: the given ones, and the samples where asked for. */
export function appClients(config: InfraConfig, scopes: readonly string[], clients: readonly ApiClientSpec[]) {
  const all = [...(config.sampleClients ? sampleClients(scopes) : []), ...clients];
  if (!all.length) {
    throw new ConfigError(
      `stage ${config.stage} has no app client: add the partner and reviewer systems to the clients in src/app.ts, ` +
        "or deploy the sample clients with -c sampleClients=true (a trial with synthetic data only)",
    );
  }
  return all;
}

/**
 * The platform's stacks, split by concern: Data (table and key; kept outside
 * `dev`), Auth (the Cognito authorization server; skipped with an external
 * issuer) and Service (everything stateless). Context: `stage` (default
 * `dev`), `oidcIssuer` + `oidcAudience` (+ `oidcScopePrefix`), `cognitoDomainPrefix`,
 * `region` (a China region needs the external issuer), `icpFiled`, `publicRoutesScope`, `sampleClients`.
 */
export function createPlatformStacks(app: App, props: PlatformAppProps): PlatformStacks {
  checkRouteScopes(props.functions, props.scopes);
  const config = readConfig(app.node);
  const prefix = `RdcMeasures-${config.stage}`;
  const description = (what: string) => `rdc-measures ${config.stage}: ${what}`;
  // With `-c region=…` the stacks are for that region (and its partition: aws-cn in China), so that
  // the CDK writes that partition's ARNs, principals and endpoints; without it they stay env-agnostic.
  const env = config.region ? { region: config.region } : undefined;

  const data = new DataStack(app, `${prefix}-Data`, { config, env, description: description("table and its key") });
  let auth: AuthStack | undefined;
  let authSettings: AuthSettings;
  if (config.oidc) {
    authSettings = config.oidc;
  } else {
    auth = new AuthStack(app, `${prefix}-Auth`, {
      config,
      scopes: props.scopes,
      clients: appClients(config, props.scopes, props.clients),
      env,
      description: description("OAuth2 client-credentials authorization server"),
    });
    authSettings = auth.settings;
  }
  const service = new ServiceStack(app, `${prefix}-Service`, {
    config,
    functions: props.functions,
    auth: authSettings,
    table: data.table,
    tableKey: data.tableKey,
    env,
    description: description("API, functions, processing, events and alarms"),
  });
  return { data, auth, service };
}
