import type { RouteSpec } from "@rdc/platform";
import { type RemovalPolicy, Validations } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import * as apigwv2 from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import type { AuthSettings } from "../auth-stack";
import type { PlatformFunction } from "../lambda/platform-function";

/** Stage-wide limits (requests per second, and the burst above them) for all callers together. */
export const THROTTLE = { rateLimit: 100, burstLimit: 200 };

/** One JSON line per request; no body, header or query string, so no personal data. */
const ACCESS_LOG_FIELDS = {
  requestId: "$context.requestId",
  requestTime: "$context.requestTime",
  routeKey: "$context.routeKey",
  status: "$context.status",
  responseLength: "$context.responseLength",
  latencyMs: "$context.responseLatency",
  integrationLatencyMs: "$context.integrationLatency",
  integrationError: "$context.integrationErrorMessage",
  authorizerError: "$context.authorizer.error",
  clientId: "$context.authorizer.claims.client_id",
  sourceIp: "$context.identity.sourceIp",
  userAgent: "$context.identity.userAgent",
};

export interface PlatformHttpApiProps {
  name: string;
  functions: readonly PlatformFunction[];
  auth: AuthSettings;
  /**
   * Routes without scopes: `open` (no authorizer), or behind the JWT
   * authorizer with one scope every partner and reviewer holds (a China
   * region without ICP filing, where API Gateway answers no unauthenticated request).
   */
  publicRoutes: "open" | { scope: string };
  logRetention: logs.RetentionDays;
  removalPolicy: RemovalPolicy;
}

/** A route's `authorizationScopes`: its logical scopes with the issuer's prefix. */
export function routeScopes(route: Pick<RouteSpec, "scopes">, scopePrefix: string): string[] {
  return route.scopes.map((scope) => `${scopePrefix}${scope}`);
}

/**
 * The HTTP API: every route of every `http` FunctionSpec. A route with scopes
 * goes through the JWT authorizer and needs any one of them; a route without
 * scopes (the measures catalogue, the OpenAPI document) is public, or, where
 * `publicRoutes` names a scope, needs a token with that scope.
 */
export class PlatformHttpApi extends Construct {
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;

  constructor(scope: Construct, id: string, props: PlatformHttpApiProps) {
    super(scope, id);
    if (!props.auth.audience.length) throw new Error("the JWT authorizer needs at least one audience (app client)");

    this.api = new apigwv2.HttpApi(this, "Api", { apiName: props.name, createDefaultStage: false });

    const accessLogs = new logs.LogGroup(this, "AccessLogs", {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.stage = new apigwv2.HttpStage(this, "DefaultStage", {
      httpApi: this.api,
      stageName: "$default",
      autoDeploy: true,
      throttle: THROTTLE,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const authorizer = new HttpJwtAuthorizer("Jwt", props.auth.issuer, { jwtAudience: props.auth.audience });
    const publicRoute = new apigwv2.HttpNoneAuthorizer();

    for (const fn of props.functions) {
      if (fn.spec.kind !== "http") continue;
      const integration = new HttpLambdaIntegration(`${fn.spec.id}Integration`, fn.fn);
      for (const route of fn.spec.routes ?? []) {
        const isPublic = route.scopes.length === 0 && props.publicRoutes === "open";
        const scopes =
          route.scopes.length === 0 && props.publicRoutes !== "open" ? [props.publicRoutes.scope] : route.scopes;
        const [httpRoute] = this.api.addRoutes({
          path: route.path,
          methods: [apigwv2.HttpMethod[route.method]],
          integration,
          authorizer: isPublic ? publicRoute : authorizer,
          authorizationScopes: isPublic ? undefined : routeScopes({ scopes }, props.auth.scopePrefix),
        });
        if (isPublic && httpRoute) {
          Validations.of(httpRoute).acknowledge({
            id: "AwsSolutions-APIG4",
            reason: `${route.method} ${route.path} is public by design (${route.operationId}: published, non-personal content).`,
          });
        }
      }
    }
  }
}
