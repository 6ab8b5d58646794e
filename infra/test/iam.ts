import type { Template } from "aws-cdk-lib/assertions";
import { roleStatements, type Statement } from "./synth";

/** What a statement's resource is, in the Service stack's terms: the table, one of its indexes, its stream, or `*`. */
export function resourceKind(resource: unknown): string {
  if (resource === "*") return "*";
  const json = JSON.stringify(resource);
  const index = json.match(/\/index\/([A-Za-z0-9_.-]+)/);
  if (index) return `index/${index[1]}`;
  if (/StreamArn/.test(json)) return "stream";
  if (/ImportValue/.test(json) && /Table[A-Z0-9]*Arn/.test(json)) return "table";
  if (/ImportValue/.test(json) && /TableKey/.test(json)) return "table-key";
  return json;
}

/** An IAM `StringLike` pattern as a regular expression (`*` any run of characters, `?` one). */
export function likePattern(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`, "s");
}

/** The `dynamodb:LeadingKeys` patterns a statement is limited to, or undefined when it is not. */
export function leadingKeysOf(statement: Statement): string[] | undefined {
  const keys = statement.Condition?.["ForAllValues:StringLike"]?.["dynamodb:LeadingKeys"];
  return keys === undefined ? undefined : [keys].flat();
}

export interface Request {
  /** e.g. `dynamodb:PutItem`. */
  action: string;
  /** `table`, `index/GSI1`, `stream`. */
  on: string;
  /** The partition key the request names (of the index, for a Query on one). */
  key?: string;
}

/**
 * Whether a role's Allow statements allow `request`, as IAM decides for the
 * statements infra writes: the action, the resource, and `dynamodb:LeadingKeys`
 * (ForAllValues:StringLike: every key the request names matches a pattern).
 * Any other condition is not modelled: the statement then does not count.
 */
export function allows(statements: readonly Statement[], request: Request): boolean {
  return statements.some((statement) => {
    if (statement.Effect !== "Allow") return false;
    const actions = [statement.Action].flat();
    if (!actions.some((a) => likePattern(a).test(request.action))) return false;
    const resources = [statement.Resource].flat().map(resourceKind);
    if (!resources.some((r) => r === "*" || r === request.on)) return false;
    const conditions = Object.entries(statement.Condition ?? {}).flatMap(([op, byKey]) =>
      Object.keys(byKey).map((key) => `${op} ${key}`),
    );
    if (conditions.some((c) => c !== "ForAllValues:StringLike dynamodb:LeadingKeys")) return false;
    const keys = leadingKeysOf(statement);
    if (keys === undefined) return true;
    return request.key === undefined || keys.some((k) => likePattern(k).test(request.key as string));
  });
}

/** A function's role statements in the Service template (by its FunctionSpec id). */
export const statementsOf = (service: Template, id: string) => roleStatements(service, `${id}Role`);

/** The DynamoDB actions on table items or indexes (not the stream's). */
export const ITEM_ACTION =
  /^dynamodb:(GetItem|BatchGetItem|Query|Scan|PutItem|UpdateItem|DeleteItem|BatchWriteItem|ConditionCheckItem|PartiQL\w*|\*)$/;
