import { CHINA_AVAILABILITY, type ChinaRegion } from "../src/aws-china/availability";

/** A resource's properties: CloudFormation's free-form JSON, read field by field below. */
// biome-ignore lint/suspicious/noExplicitAny: template properties are untyped JSON
export type CfnProperties = Record<string, any>;

/** A synthesized CloudFormation template (`Template.toJSON()` or a cloud assembly's template). */
export interface CfnTemplate {
  Resources?: Record<string, { Type: string; Properties?: CfnProperties }>;
}

type Resource = { Type: string; Properties?: CfnProperties };

const arnTarget = (value: unknown): string => JSON.stringify(value ?? "");
/** The service an ARN (or a GetAtt/Ref of one) points at, from the logical id or the ARN's service part. */
function destinationKind(value: unknown, template: CfnTemplate): string {
  const text = arnTarget(value);
  const getAtt = /"Fn::GetAtt":\["([^"]+)"/.exec(text);
  const type = getAtt ? template.Resources?.[getAtt[1] as string]?.Type : undefined;
  if (type === "AWS::SQS::Queue" || text.includes(":sqs:")) return "sqs";
  if (type === "AWS::S3::Bucket" || text.includes(":s3:")) return "s3";
  if (type === "AWS::SNS::Topic" || text.includes(":sns:")) return "sns";
  if (type === "AWS::Lambda::Function" || text.includes(":lambda:")) return "lambda";
  if (type === "AWS::Events::EventBus" || text.includes(":events:")) return "eventbridge";
  return "unknown";
}

/** Service principals named anywhere in a resource's properties (`Principal.Service`, a Lambda permission's `Principal`). */
function servicePrincipals(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) servicePrincipals(item, out);
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "Service") for (const p of [child].flat()) if (typeof p === "string") out.add(p);
      servicePrincipals(child, out);
    }
  }
}

/**
 * The features a template uses, by the ids of `availability.json`'s
 * `features`: read from the resources' properties, so that a new property
 * in infra shows up here as a feature to look up.
 */
export function featuresUsed(template: CfnTemplate): Set<string> {
  const used = new Set<string>();
  const principals = new Set<string>();
  for (const resource of Object.values(template.Resources ?? {}) as Resource[]) {
    const p = resource.Properties ?? {};
    servicePrincipals(p, principals);
    switch (resource.Type) {
      case "AWS::Lambda::Function":
        for (const arch of p.Architectures ?? ["x86_64"]) used.add(`lambda.architecture.${arch}`);
        if (p.Runtime) used.add(`lambda.runtime.${p.Runtime}`);
        if (p.TracingConfig?.Mode === "Active") used.add("lambda.tracing.active");
        if (p.TracingConfig?.Mode === "PassThrough") used.add("lambda.tracing.pass-through");
        if (p.LoggingConfig?.LogGroup) used.add("lambda.logging.custom-log-group");
        if (p.SnapStart) used.add("lambda.snapstart");
        if (p.KmsKeyArn) used.add("lambda.environment-kms-key");
        break;
      case "AWS::Lambda::Url":
        used.add("lambda.function-url");
        break;
      case "AWS::Lambda::Permission":
        if (typeof p.Principal === "string") principals.add(p.Principal);
        break;
      case "AWS::Lambda::EventSourceMapping": {
        const source = JSON.stringify(p.EventSourceArn ?? "");
        if (source.includes("StreamArn") || source.includes(":dynamodb:")) used.add("lambda.esm.dynamodb-streams");
        if (p.FilterCriteria) used.add("lambda.esm.filter-criteria");
        if (p.BisectBatchOnFunctionError) used.add("lambda.esm.bisect-on-error");
        if ((p.FunctionResponseTypes ?? []).includes("ReportBatchItemFailures"))
          used.add("lambda.esm.report-batch-item-failures");
        if (p.DestinationConfig?.OnFailure)
          used.add(`lambda.esm.on-failure.${destinationKind(p.DestinationConfig.OnFailure.Destination, template)}`);
        if (p.MetricsConfig) used.add("lambda.esm.metrics");
        if (p.ProvisionedPollerConfig) used.add("lambda.esm.provisioned-mode");
        if (p.Tags) used.add("lambda.esm.tags");
        break;
      }
      case "AWS::Lambda::EventInvokeConfig":
        for (const kind of ["OnFailure", "OnSuccess"] as const) {
          const destination = p.DestinationConfig?.[kind]?.Destination;
          if (destination)
            used.add(
              `lambda.async.${kind === "OnFailure" ? "on-failure" : "on-success"}.${destinationKind(destination, template)}`,
            );
        }
        break;
      case "AWS::ApiGatewayV2::Api":
        used.add(`apigateway.${String(p.ProtocolType).toLowerCase()}-api`);
        break;
      case "AWS::ApiGatewayV2::Authorizer":
        used.add(`apigateway.${String(p.AuthorizerType).toLowerCase()}-authorizer`);
        // A Cognito issuer: its URL, or the user pool's ProviderURL imported from the Auth stack.
        if (/cognito-idp|ProviderURL/.test(JSON.stringify(p.JwtConfiguration?.Issuer ?? "")))
          used.add("apigateway.cognito-authorizer");
        break;
      case "AWS::ApiGatewayV2::Route":
        if ((p.AuthorizationType ?? "NONE") === "NONE") used.add("apigateway.unauthenticated-route");
        break;
      case "AWS::ApiGatewayV2::Stage":
        if (p.AccessLogSettings) used.add("apigateway.access-logs");
        if (p.DefaultRouteSettings?.ThrottlingRateLimit !== undefined) used.add("apigateway.stage-throttling");
        break;
      case "AWS::ApiGateway::RestApi":
        if (JSON.stringify(p.EndpointConfiguration ?? "EDGE").includes("EDGE")) used.add("apigateway.edge-optimized");
        break;
      case "AWS::DynamoDB::Table":
        if (p.BillingMode === "PAY_PER_REQUEST") used.add("dynamodb.on-demand");
        if (p.PointInTimeRecoverySpecification?.PointInTimeRecoveryEnabled) used.add("dynamodb.pitr");
        if (p.SSESpecification?.SSEType === "KMS" && p.SSESpecification?.KMSMasterKeyId)
          used.add("dynamodb.sse-kms-customer-managed");
        if (p.StreamSpecification) used.add("dynamodb.streams");
        if (p.TimeToLiveSpecification?.Enabled) used.add("dynamodb.ttl");
        if (p.GlobalSecondaryIndexes?.length) used.add("dynamodb.gsi");
        if (p.DeletionProtectionEnabled) used.add("dynamodb.deletion-protection");
        break;
      case "AWS::DynamoDB::GlobalTable":
        if (p.MultiRegionConsistency === "STRONG") used.add("dynamodb.global-tables-mrsc");
        break;
      case "AWS::KMS::Key":
        if (p.EnableKeyRotation) used.add("kms.key-rotation");
        break;
      case "AWS::SQS::Queue":
        if (p.SqsManagedSseEnabled) used.add("sqs.sse-sqs-managed");
        if (p.KmsMasterKeyId) used.add("sqs.sse-kms");
        if (p.RedriveAllowPolicy) used.add("sqs.dlq-redrive");
        break;
      case "AWS::SecretsManager::Secret":
        if (p.GenerateSecretString) used.add("secretsmanager.generated-secret");
        break;
      case "AWS::Events::Rule":
        if (p.ScheduleExpression) used.add("eventbridge.schedule-rule");
        for (const target of p.Targets ?? []) {
          if (target.DeadLetterConfig) used.add("eventbridge.target-dead-letter-queue");
          if (target.RetryPolicy) used.add("eventbridge.target-retry-policy");
        }
        break;
      case "AWS::CloudWatch::Alarm":
        if (p.Metrics?.some((m: { Expression?: string }) => m.Expression)) used.add("cloudwatch.alarm.metric-math");
        break;
    }
  }
  for (const principal of principals) used.add(`iam.service-principal.${principal}`);
  return used;
}

export function resourceTypes(template: CfnTemplate): Set<string> {
  return new Set(Object.values(template.Resources ?? {}).map((r) => r.Type));
}

/**
 * What `template` uses that `region` does not offer (per `availability.json`),
 * one line each; an unknown resource type or feature is a finding too.
 */
export function unavailableIn(region: ChinaRegion, template: CfnTemplate, icpFiled: boolean): string[] {
  const findings: string[] = [];
  const check = (kind: "resourceTypes" | "features", id: string) => {
    const entry = CHINA_AVAILABILITY[kind][id];
    if (!entry) {
      findings.push(`${id}: not in availability.json ${kind}; look it up in AWS's China documentation and add it`);
      return;
    }
    const offer = entry[region];
    if (offer === "yes" || (offer === "icp" && icpFiled)) return;
    const source = CHINA_AVAILABILITY.sources[entry.source];
    findings.push(
      `${id}: ${offer === "icp" ? "needs an ICP filing" : "not offered"} in ${region} (${source?.url ?? entry.source})`,
    );
  };
  for (const type of resourceTypes(template)) check("resourceTypes", type);
  for (const feature of featuresUsed(template)) check("features", feature);
  return findings;
}
