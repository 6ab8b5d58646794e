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
  /** What it does with the table, and which indexes it queries. */
  tableAccess: "read" | "readwrite";
  indexes: readonly IndexName[];
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
