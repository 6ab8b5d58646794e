import type { FunctionSpec } from "@rdc/platform";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as kms from "aws-cdk-lib/aws-kms";

/** Item reads. No Scan: no request path scans the table. */
export const READ_ACTIONS = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"];
/** Item writes, including transactions (which need these per item) and their condition checks. */
export const WRITE_ACTIONS = [
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
];
/** The same KMS actions CDK's own table grants give on the table key. */
export const KEY_READ_ACTIONS = ["kms:Decrypt", "kms:DescribeKey"];
export const KEY_WRITE_ACTIONS = ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"];

/**
 * Grants exactly what `spec.tableAccess` and `spec.indexes` say: item actions
 * on the table, Query on the named indexes only, and the matching use of the
 * table key through its grant.
 */
export function grantTableAccess(
  grantee: iam.IGrantable,
  spec: Pick<FunctionSpec, "tableAccess" | "indexes">,
  table: dynamodb.ITable,
  tableKey: kms.IKey,
): void {
  const write = spec.tableAccess === "readwrite";
  iam.Grant.addToPrincipal({
    grantee,
    actions: write ? [...READ_ACTIONS, ...WRITE_ACTIONS] : READ_ACTIONS,
    resourceArns: [table.tableArn],
  });
  if (spec.indexes.length) {
    iam.Grant.addToPrincipal({
      grantee,
      actions: ["dynamodb:Query"],
      resourceArns: spec.indexes.map((name) => `${table.tableArn}/index/${name}`),
    });
  }
  tableKey.grant(grantee, ...KEY_READ_ACTIONS, ...(write ? KEY_WRITE_ACTIONS : []));
}
