import type { IndexName } from "./dynamo/table";
import type { RouteSpec } from "./http/route";
import type { IntakeCapability } from "./submissions/capability";

/**
 * A Lambda-style event filter pattern (the subset the platform uses: nested
 * objects whose leaves are arrays of allowed values). The same object goes to
 * CDK's `FilterCriteria.filter` and to the local stack's stream poller.
 */
export type FilterPattern = { [key: string]: readonly (string | number | boolean)[] | FilterPattern };

/**
 * A DynamoDB item action a function's code calls (the SDK command it sends;
 * a transaction needs the action of each of its items: `Put` → PutItem …).
 * No Scan and no batch actions: no function sends them.
 */
export type ItemAction = "GetItem" | "Query" | "PutItem" | "UpdateItem" | "DeleteItem" | "ConditionCheckItem";

/**
 * `actions` on the items whose partition key matches one of `keys`: IAM
 * `StringLike` patterns over the key design's prefixes (`*` is any run of
 * characters), e.g. `SUB#*` (README "Single-table access patterns").
 */
export interface KeyGrant {
  keys: readonly string[];
  actions: readonly ItemAction[];
}

/** What a function may do with the table: item actions by partition key, and Query on indexes by the index's partition key. */
export interface TableAccess {
  items: readonly KeyGrant[];
  indexes: Partial<Record<IndexName, readonly string[]>>;
}

/**
 * One deployable function as data: infra/ makes a NodejsFunction of it, the
 * local stack imports `entry` and calls the same `handler`.
 */
export interface FunctionSpec {
  /** PascalCase, unique: the CDK construct id and the local stack's name. */
  id: string;
  /** Absolute path of the handler module; its export is named `handler`. */
  entry: string;
  kind: "http" | "stream" | "schedule";
  /** For `http`: the routes this function answers. */
  routes?: readonly RouteSpec[];
  /** For `stream`: which table stream records reach it. */
  streamFilter?: FilterPattern;
  /** For `schedule`: how often, in minutes. */
  everyMinutes?: number;
  /**
   * What it may do with the table, by key prefix and action (infra/ grants
   * exactly this, as `dynamodb:LeadingKeys` conditions; the local stack
   * ignores it). `none`: it never touches the table (a stream function's
   * stream is not table access).
   */
  tableAccess: TableAccess | "none";
  /** Signs or checks pagination cursors: gets the cursor key (in the cloud, read access to its secret). */
  cursors?: boolean;
  /** The intake whose HTTP API this is: how the app's one list of functions also lists its intakes. */
  intake?: IntakeCapability;
  /** Puts domain events on the EventBridge bus. */
  publishesEvents?: boolean;
}

/**
 * How table-stream records reach a processor: the cloud's event source
 * mapping and the local poller both use these. Lambda keeps records with the
 * same partition key in order across parallel batches, so one submission's
 * changes are still handled one after another.
 */
export const STREAM_DELIVERY = {
  batchSize: 10,
  parallelizationFactor: 4,
  retryAttempts: 3,
  maxRecordAgeSeconds: 24 * 60 * 60,
} as const;
