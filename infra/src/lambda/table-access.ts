import type { FunctionSpec, ItemAction, TableAccess } from "@rdc/platform";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as kms from "aws-cdk-lib/aws-kms";

/** The item actions that change the table (the table key's encrypt actions go with them). */
export const WRITE_ACTIONS: ReadonlySet<ItemAction> = new Set<ItemAction>([
  "PutItem",
  "UpdateItem",
  "DeleteItem",
  "ConditionCheckItem",
]);
/** The same KMS actions CDK's own table grants give on the table key. */
export const KEY_READ_ACTIONS = ["kms:Decrypt", "kms:DescribeKey"];
export const KEY_WRITE_ACTIONS = ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"];

/** The IAM condition that limits item actions to partition keys matching `keys` (a Query on an index: the index's). */
export const leadingKeys = (keys: readonly string[]) => ({
  "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [...keys] },
});

/** A key pattern starts with a whole literal prefix of the key design (`SUB#*`, `WATCH`), and has no `?`. */
const KEY_PATTERN = /^[A-Z][A-Z0-9]*(#[^?]*)?$/;

function checkKeys(id: string, where: string, keys: readonly string[]): void {
  if (!keys.length) throw new Error(`${id}: ${where} names no key pattern (leave it out instead)`);
  for (const key of keys) {
    if (!KEY_PATTERN.test(key)) throw new Error(`${id}: ${where}: "${key}" is not a key prefix of the key design`);
  }
}

export function writesTable(access: FunctionSpec["tableAccess"]): boolean {
  return access !== "none" && access.items.some((grant) => grant.actions.some((a) => WRITE_ACTIONS.has(a)));
}

/**
 * Grants exactly what `spec.tableAccess` says: each item action on the table
 * only for the partition keys it names (`dynamodb:LeadingKeys`), Query on each
 * named index only for the index partition keys it names, and the matching use
 * of the table key. Nothing at all for `none`.
 */
export function grantTableAccess(
  grantee: iam.IGrantable,
  spec: Pick<FunctionSpec, "id" | "tableAccess">,
  table: dynamodb.ITable,
  tableKey: kms.IKey,
): void {
  const access: TableAccess | "none" = spec.tableAccess;
  if (access === "none") return;
  const add = (actions: readonly string[], resource: string, keys: readonly string[]) =>
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: [...actions], resources: [resource], conditions: leadingKeys(keys) }),
    );
  for (const grant of access.items) {
    checkKeys(spec.id, "an item grant", grant.keys);
    if (!grant.actions.length) throw new Error(`${spec.id}: an item grant names no action`);
    add(
      grant.actions.map((a) => `dynamodb:${a}`),
      table.tableArn,
      grant.keys,
    );
  }
  for (const [index, keys = []] of Object.entries(access.indexes)) {
    checkKeys(spec.id, `index ${index}`, keys);
    add(["dynamodb:Query"], `${table.tableArn}/index/${index}`, keys);
  }
  const reads = access.items.length > 0 || Object.keys(access.indexes).length > 0;
  if (!reads) throw new Error(`${spec.id}: tableAccess grants nothing: say "none"`);
  tableKey.grant(grantee, ...KEY_READ_ACTIONS, ...(writesTable(access) ? KEY_WRITE_ACTIONS : []));
}
