import { TABLE } from "@rdc/platform";
import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_CLIENTS, type FixtureTemplates, fixtureTemplates, logicalId } from "./synth";

let dev: FixtureTemplates;
let prod: FixtureTemplates;
beforeAll(() => {
  dev = fixtureTemplates();
  prod = fixtureTemplates({ stage: "prod" }, FIXTURE_CLIENTS);
}, 120_000);

describe("the table", () => {
  it("has the platform's keys, indexes, stream and TTL, on demand", () => {
    dev.data.hasResourceProperties("AWS::DynamoDB::Table", {
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: "HASH" },
        { AttributeName: TABLE.sortKey, KeyType: "RANGE" },
      ],
      BillingMode: "PAY_PER_REQUEST",
      StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
      GlobalSecondaryIndexes: TABLE.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    });
  });

  it("has point-in-time recovery", () => {
    dev.data.hasResourceProperties("AWS::DynamoDB::Table", {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it("is encrypted with a customer-managed key that rotates", () => {
    const keyId = logicalId(dev.data, "AWS::KMS::Key", "TableKey");
    dev.data.hasResourceProperties("AWS::KMS::Key", { EnableKeyRotation: true });
    dev.data.hasResourceProperties("AWS::DynamoDB::Table", {
      SSESpecification: { SSEEnabled: true, SSEType: "KMS", KMSMasterKeyId: { "Fn::GetAtt": [keyId, "Arn"] } },
    });
  });
});

describe("removal: dev may be destroyed, any other stage keeps its data", () => {
  it("dev: table and key are deleted with the stack, no deletion protection", () => {
    dev.data.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Delete",
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
    dev.data.hasResource("AWS::KMS::Key", { DeletionPolicy: "Delete" });
    dev.auth.hasResource("AWS::Cognito::UserPool", { DeletionPolicy: "Delete" });
  });

  it("prod: table, key and user pool are retained, with deletion protection", () => {
    prod.data.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
    prod.data.hasResource("AWS::KMS::Key", { DeletionPolicy: "Retain" });
    prod.auth.hasResource("AWS::Cognito::UserPool", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtection: "ACTIVE" }),
    });
  });

  it("names the stacks by stage", () => {
    expect(prod.stacks.data.stackName).toBe("RdcMeasures-prod-Data");
    expect(dev.stacks.service.stackName).toBe("RdcMeasures-dev-Service");
  });
});
