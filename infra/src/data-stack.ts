import { TABLE } from "@rdc/platform";
import { RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as kms from "aws-cdk-lib/aws-kms";
import type { Construct } from "constructs";
import type { InfraConfig } from "./config";

export interface DataStackProps extends StackProps {
  config: InfraConfig;
}

/** The one table (from the platform's `TABLE`) and its customer-managed key. Kept outside `dev`. */
export class DataStack extends Stack {
  readonly table: dynamodb.Table;
  readonly tableKey: kms.Key;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removalPolicy = config.isDev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;

    this.tableKey = new kms.Key(this, "TableKey", {
      description: `rdc-measures ${config.stage}: encrypts the table (personal data at rest)`,
      alias: `alias/rdc-measures-${config.stage}-table`,
      enableKeyRotation: true,
      removalPolicy,
    });

    const str = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });
    // Table, not TableV2: TableV2's customer-managed key needs a region-specific stack, and these stacks are env-agnostic.
    this.table = new dynamodb.Table(this, "Table", {
      partitionKey: str(TABLE.partitionKey),
      sortKey: str(TABLE.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.tableKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: dynamodb.StreamViewType[TABLE.stream],
      timeToLiveAttribute: TABLE.ttlAttribute,
      deletionProtection: !config.isDev,
      removalPolicy,
    });
    for (const index of TABLE.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: str(index.partitionKey),
        sortKey: str(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }
}
