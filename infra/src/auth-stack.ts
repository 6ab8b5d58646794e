import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from "aws-cdk-lib";
import * as cognito from "aws-cdk-lib/aws-cognito";
import type { Construct } from "constructs";
import { type ApiClientSpec, checkSeparationOfDuties } from "./clients";
import type { InfraConfig } from "./config";

/** What the HTTP API's JWT authorizer needs to know, from Cognito or an external issuer. */
export interface AuthSettings {
  issuer: string;
  /** Accepted `aud` values; Cognito client-credentials tokens have none, so their `client_id` is matched: the app client ids. */
  audience: string[];
  /** Put before each platform scope in tokens and in route `authorizationScopes`; handlers strip it (`SCOPE_PREFIX`). */
  scopePrefix: string;
}

export interface AuthStackProps extends StackProps {
  config: InfraConfig;
  /** The platform's logical scopes: the resource server's scopes. */
  scopes: readonly string[];
  clients: readonly ApiClientSpec[];
}

/** The resource server's identifier: tokens carry `rdc/<scope>`. */
export const RESOURCE_SERVER_ID = "rdc";

/**
 * A Cognito user pool used only as an OAuth2 authorization server for
 * machine clients (client-credentials grant): no users sign in to it.
 */
export class AuthStack extends Stack {
  readonly settings: AuthSettings;

  constructor(scope: Construct, id: string, props: AuthStackProps) {
    super(scope, id, props);
    const { config } = props;
    checkSeparationOfDuties(props.clients);

    const pool = new cognito.UserPool(this, "UserPool", {
      userPoolName: `rdc-measures-${config.stage}`,
      selfSignUpEnabled: false,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { sms: false, otp: true },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
      },
      accountRecovery: cognito.AccountRecovery.NONE,
      deletionProtection: !config.isDev,
      removalPolicy: config.isDev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    Validations.of(pool).acknowledge({
      id: "AwsSolutions-COG8",
      reason:
        "The pool only issues client-credentials tokens to machine clients; the Plus tier's threat protection acts on user sign-ins, and no user signs in.",
    });

    const domain = pool.addDomain("Domain", {
      cognitoDomain: { domainPrefix: config.cognitoDomainPrefix ?? `rdc-measures-${config.stage}-${Aws.ACCOUNT_ID}` },
    });

    const scopes = new Map(
      props.scopes.map((name) => [name, new cognito.ResourceServerScope({ scopeName: name, scopeDescription: name })]),
    );
    const server = pool.addResourceServer("ResourceServer", {
      identifier: RESOURCE_SERVER_ID,
      userPoolResourceServerName: "rdc-measures API",
      scopes: [...scopes.values()],
    });

    const clients = props.clients.map((client) => {
      const oauthScopes = client.scopes.map((name) => {
        const scope = scopes.get(name);
        if (!scope) throw new Error(`client ${client.id}: unknown scope "${name}"`);
        return cognito.OAuthScope.resourceServer(server, scope);
      });
      const appClient = pool.addClient(client.id, {
        userPoolClientName: client.id,
        generateSecret: true,
        oAuth: { flows: { clientCredentials: true }, scopes: oauthScopes },
        supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
        accessTokenValidity: Duration.hours(1),
        preventUserExistenceErrors: true,
      });
      new CfnOutput(this, `${client.id}ClientId`, { value: appClient.userPoolClientId });
      return appClient;
    });

    new CfnOutput(this, "TokenUrl", { value: `${domain.baseUrl()}/oauth2/token` });
    new CfnOutput(this, "UserPoolId", { value: pool.userPoolId });

    this.settings = {
      issuer: pool.userPoolProviderUrl,
      audience: clients.map((c) => c.userPoolClientId),
      scopePrefix: `${RESOURCE_SERVER_ID}/`,
    };
  }
}
