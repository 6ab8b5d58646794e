/**
 * The routes the HTTP benchmark drives, each with the DynamoDB calls one of
 * its requests makes, read from the services:
 * - eligibility check, create: packages/eligibility/src/service.ts `createCheck`
 *   → `putNewRecord` (dynamo/records.ts) → `transact` of one item, which
 *   dynamo/transact.ts sends as a conditional PutItem; with an
 *   `Idempotency-Key`, idempotency/idempotency.ts first claims the key with a
 *   conditional PutItem, then the check and the key's completion go in one
 *   TransactWriteItems of 2 items.
 * - eligibility check, read: `readCheck` → `getRecord`: GetItem (eventually consistent); once
 *   more with `Accept-Encoding: gzip`, as a partner's HTTP client asks (http/content-coding.ts).
 * - intake create: submissions/service.ts `createSubmission` → `creationItems`
 *   (changes.ts): TransactWriteItems of 3 items (submission, history entry, event).
 * - intake read: `visibleSubmission` → store.ts `getSubmission`: GetItem (consistent).
 * - list page: store.ts `listOwned` → `queryIndex`: Query GSI1, Limit 20.
 * - decision (approve): `act` → GetItem (consistent), then TransactWriteItems of
 *   `changeItems`: submission, history entry, status event, the review clock's
 *   deletion, and (into a final status with personal fields) the retention
 *   record: 5 items.
 * - event feed: events/feed.ts: Query GSI1, Limit 50.
 * The floor makes the same calls on small items (floor/calls.ts); a read
 * route's `ownData` makes them once more on the item or partition it reads.
 */
import { randomUUID } from "node:crypto";
import { LOCAL_TABLE_NAME } from "@rdc/local-stack";
import { submissionKey } from "@rdc/platform";
import type autocannon from "autocannon";
import { type Call, get, put, query, transaction } from "./calls";
import { CHECK_BODY, INTAKES, type Intake } from "./intakes";
import { headers, LIST_PAGE, type Target } from "./target";

export interface RouteSpec {
  name: string;
  label: string;
  calls: Call[];
  /** Files submissions (so the stream must settle before the next floor run). */
  files?: boolean;
  /** Decides submissions from the target's pool (one each). */
  decides?: boolean;
  load(t: Target): Pick<autocannon.Options, "url" | "method" | "headers" | "body" | "requests">;
  /**
   * A read route's calls on its own stored item or partition (the current
   * stack's table) rather than small ones: how much of the gap to the floor is
   * DynamoDB Local and the SDK handling the route's real data.
   */
  ownData?(t: Target): Call[];
}

const ownItem = (consistent: boolean, key: { PK: string; SK: string }): Call => ({
  op: "GetItem",
  consistent,
  own: { table: LOCAL_TABLE_NAME, key },
});
/** A check's item key, as packages/eligibility/src/service.ts `checkKey` writes it. */
const checkItemKey = (id: string) => ({ PK: `CHECK#${id}`, SK: "META" });
const ownPartition = (limit: number, partition: string): Call => ({
  op: "Query",
  limit,
  own: { table: LOCAL_TABLE_NAME, partition },
});

const freshKey: autocannon.Request["setupRequest"] = (req) => ({
  ...req,
  headers: { ...req.headers, "idempotency-key": randomUUID() },
});

const intakeRoutes = (Object.entries(INTAKES) as [Intake, (typeof INTAKES)[Intake]][]).flatMap(
  ([name, intake]): RouteSpec[] => [
    {
      name: `${name}-create`,
      label: `POST /v1/${intake.collection}`,
      calls: [transaction(3)],
      files: true,
      load: (t) => ({
        url: `${t.stack.url}/v1/${intake.collection}`,
        method: "POST",
        headers: headers(t.partner),
        body: JSON.stringify(intake.body(1)),
      }),
    },
    {
      name: `${name}-read`,
      label: `GET /v1/${intake.collection}/{id}`,
      calls: [get(true)],
      ownData: (t) => [ownItem(true, submissionKey(t.submissionIds[name]))],
      load: (t) => ({
        url: `${t.stack.url}/v1/${intake.collection}/${t.submissionIds[name]}`,
        headers: headers(t.partner),
      }),
    },
  ],
);

export const ROUTES: RouteSpec[] = [
  {
    name: "check-create",
    label: "POST /v1/eligibility-checks (M01)",
    calls: [put],
    load: (t) => ({
      url: `${t.stack.url}/v1/eligibility-checks`,
      method: "POST",
      headers: headers(t.partner),
      body: JSON.stringify(CHECK_BODY),
    }),
  },
  {
    name: "check-create-key",
    label: "POST /v1/eligibility-checks (M01), fresh Idempotency-Key",
    calls: [put, transaction(2)],
    load: (t) => ({
      url: `${t.stack.url}/v1/eligibility-checks`,
      method: "POST",
      headers: headers(t.partner),
      body: JSON.stringify(CHECK_BODY),
      requests: [{ setupRequest: freshKey }],
    }),
  },
  {
    name: "check-read",
    label: "GET /v1/eligibility-checks/{id}",
    calls: [get(false)],
    ownData: (t) => [ownItem(false, checkItemKey(t.checkId))],
    load: (t) => ({ url: `${t.stack.url}/v1/eligibility-checks/${t.checkId}`, headers: headers(t.partner) }),
  },
  {
    name: "check-read-gzip",
    label: "GET /v1/eligibility-checks/{id}, Accept-Encoding: gzip",
    calls: [get(false)],
    ownData: (t) => [ownItem(false, checkItemKey(t.checkId))],
    load: (t) => ({
      url: `${t.stack.url}/v1/eligibility-checks/${t.checkId}`,
      headers: headers(t.partner, { "accept-encoding": "gzip" }),
    }),
  },
  ...intakeRoutes,
  {
    name: "list",
    label: `GET /v1/customs-extension-requests?limit=${LIST_PAGE}`,
    calls: [query(LIST_PAGE)],
    ownData: (t) => [ownPartition(LIST_PAGE, `OWNER#${t.owner}#customs-extension`)],
    load: (t) => ({
      url: `${t.stack.url}/v1/customs-extension-requests?limit=${LIST_PAGE}`,
      headers: headers(t.partner),
    }),
  },
  {
    name: "decision",
    label: "POST /v1/customs-extension-requests/{id}/decisions (approve)",
    calls: [get(true), transaction(5)],
    decides: true,
    load: (t) => ({
      url: t.stack.url,
      method: "POST",
      headers: headers(t.reviewer, { "if-match": '"v2"' }),
      body: JSON.stringify({ decision: "approve" }),
      requests: [
        {
          setupRequest: (req) => {
            const id = t.pool.pop() ?? "pool-exhausted";
            return { ...req, path: `/v1/customs-extension-requests/${id}/decisions` };
          },
        },
      ],
    }),
  },
  {
    name: "events",
    label: "GET /v1/events?limit=50",
    calls: [query(50)],
    ownData: (t) => [ownPartition(50, `FEED#OWNER#${t.owner}`)],
    load: (t) => ({ url: `${t.stack.url}/v1/events?limit=50`, headers: headers(t.partner) }),
  },
];
