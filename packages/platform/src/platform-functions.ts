import { fileURLToPath } from "node:url";
import { EVENT_OUTBOX_FILTER } from "./events/model";
import type { FunctionSpec, KeyGrant } from "./functions";
import { COMMON_ROUTES } from "./handlers/common-http";
import { PUBLIC_ROUTES } from "./handlers/public-http";
import type { Route } from "./http/stack";
import type { IntakeCapability } from "./submissions/capability";
import { submissionRoutes } from "./submissions/routes";
import { screeningFilter } from "./submissions/screening-processor";

const entry = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * The key design's partition keys (README "Single-table access patterns"),
 * as the IAM `StringLike` patterns the functions' `tableAccess` grants:
 * table keys, then each index's. Caller ids never contain `#`, so `*` in an
 * owner partition stands for one caller.
 */
export const KEY_PATTERNS = {
  /** Every item of every submission (META, HIST#, EVT#, WATCH#), whatever its intake: the id says nothing of the type. */
  submission: "SUB#*",
  eligibilityCheck: "CHECK#*",
  idempotency: "IDEM#*",
  /** GSI1: one partner's submissions of one intake. */
  ownerList: (type: string) => `OWNER#*#${type}`,
  /** GSI2: the same, one status. */
  ownerStatusList: (type: string) => `OWNER#*#${type}#*`,
  /** GSI1: a partner's event feed. */
  partnerFeed: "FEED#OWNER#*",
  /** GSI2: an agency's event feed. */
  agencyFeed: "FEED#AGENCY#*",
  /** GSI3: an agency's review queue, one status. */
  reviewQueue: "QUEUE#*",
  /** GSI3: the deadlines to sweep. */
  watches: "WATCH",
} as const;

/** The idempotency records of a function that takes `Idempotency-Key` (claim, replay, complete in the transaction, release). */
export const IDEMPOTENCY_GRANT: KeyGrant = {
  keys: [KEY_PATTERNS.idempotency],
  actions: ["GetItem", "PutItem", "UpdateItem", "DeleteItem"],
};

/** The platform's own functions: its APIs, the EventBridge publisher, the deadline sweep. */
export const PLATFORM_FUNCTIONS: FunctionSpec[] = [
  {
    id: "PublicApi",
    entry: entry("./handlers/public-http.ts"),
    kind: "http",
    routes: PUBLIC_ROUTES,
    // The measures and the calendar are code and data in the bundle.
    tableAccess: "none",
  },
  {
    id: "CommonApi",
    entry: entry("./handlers/common-http.ts"),
    kind: "http",
    routes: COMMON_ROUTES,
    // The event feed and the review queue read the indexes only (every attribute is projected).
    tableAccess: {
      items: [],
      indexes: {
        GSI1: [KEY_PATTERNS.partnerFeed],
        GSI2: [KEY_PATTERNS.agencyFeed],
        GSI3: [KEY_PATTERNS.reviewQueue],
      },
    },
    cursors: true,
  },
  {
    id: "EventPublisher",
    entry: entry("./handlers/event-publisher.ts"),
    kind: "stream",
    streamFilter: EVENT_OUTBOX_FILTER,
    // Each event is in the stream record's new image: the stream, and no item.
    tableAccess: "none",
    publishesEvents: true,
  },
  {
    id: "DeadlineSweep",
    entry: entry("./handlers/deadline-sweep.ts"),
    kind: "schedule",
    everyMinutes: 60,
    // Finds watches and queued submissions on GSI3; moves or deletes a watch, writes the change,
    // its history entry and its event, restamps a due date's calendar version.
    tableAccess: {
      items: [{ keys: [KEY_PATTERNS.submission], actions: ["PutItem", "UpdateItem", "DeleteItem"] }],
      indexes: { GSI3: [KEY_PATTERNS.watches, KEY_PATTERNS.reviewQueue] },
    },
  },
];

/**
 * The two functions of an intake: its HTTP API and its screening processor,
 * from the package's `handlers/http.ts` and `handlers/stream.ts` beside `packageSrc`
 * (pass `import.meta.url` of a module in the package's `src/`). Call it in
 * the package's `functions.ts`, not in a module its handlers import: this
 * module holds the platform's own functions too, and a top-level call keeps
 * them all in the handler's bundle (infra/test/bundles.test.ts checks).
 */
export function intakeFunctions(capability: IntakeCapability, idPrefix: string, packageSrc: string): FunctionSpec[] {
  const handlers = {
    http: fileURLToPath(new URL("./handlers/http.ts", packageSrc)),
    stream: fileURLToPath(new URL("./handlers/stream.ts", packageSrc)),
  };
  return [
    {
      id: `${idPrefix}Api`,
      entry: handlers.http,
      kind: "http",
      routes: submissionRoutes(capability) as Route[],
      intake: capability,
      // Reads a submission and its history, writes a new one or a change (item, history entry, events,
      // watch put or deleted); lists its own intake's submissions of the caller (GSI1, GSI2).
      tableAccess: {
        items: [
          { keys: [KEY_PATTERNS.submission], actions: ["GetItem", "Query", "PutItem", "DeleteItem"] },
          IDEMPOTENCY_GRANT,
        ],
        indexes: {
          GSI1: [KEY_PATTERNS.ownerList(capability.type)],
          GSI2: [KEY_PATTERNS.ownerStatusList(capability.type)],
        },
      },
      cursors: true,
    },
    {
      id: `${idPrefix}Screening`,
      entry: handlers.stream,
      kind: "stream",
      streamFilter: screeningFilter(capability.type),
      // The submission comes in the stream record; the screening is one transaction of puts
      // (the item conditional on its version, history entry, events, review watch).
      tableAccess: { items: [{ keys: [KEY_PATTERNS.submission], actions: ["PutItem"] }], indexes: {} },
    },
  ];
}
