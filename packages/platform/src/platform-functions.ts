import { fileURLToPath } from "node:url";
import { EVENT_OUTBOX_FILTER } from "./events/model";
import type { FunctionSpec } from "./functions";
import { COMMON_ROUTES } from "./handlers/common-http";
import type { Route } from "./http/stack";
import type { IntakeCapability } from "./submissions/capability";
import { submissionRoutes } from "./submissions/routes";
import { screeningFilter } from "./submissions/screening-processor";

const entry = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The platform's own functions: its API, the EventBridge publisher, the deadline sweep. */
export const PLATFORM_FUNCTIONS: FunctionSpec[] = [
  {
    id: "CommonApi",
    entry: entry("./handlers/common-http.ts"),
    kind: "http",
    routes: COMMON_ROUTES,
    tableAccess: "read",
    indexes: ["GSI1", "GSI2", "GSI3"],
  },
  {
    id: "EventPublisher",
    entry: entry("./handlers/event-publisher.ts"),
    kind: "stream",
    streamFilter: EVENT_OUTBOX_FILTER,
    tableAccess: "read",
    indexes: [],
    publishesEvents: true,
  },
  {
    id: "DeadlineSweep",
    entry: entry("./handlers/deadline-sweep.ts"),
    kind: "schedule",
    everyMinutes: 60,
    tableAccess: "readwrite",
    indexes: ["GSI3"],
  },
];

/**
 * The two functions of an intake: its HTTP API and its screening processor,
 * from the package's `handlers/http.ts` and `handlers/stream.ts` beside `packageSrc`
 * (pass `import.meta.url` of a module in the package's `src/`).
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
      tableAccess: "readwrite",
      indexes: ["GSI1", "GSI2"],
    },
    {
      id: `${idPrefix}Screening`,
      entry: handlers.stream,
      kind: "stream",
      streamFilter: screeningFilter(capability.type),
      tableAccess: "readwrite",
      indexes: [],
    },
  ];
}
