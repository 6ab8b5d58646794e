import { createRequire } from "node:module";
import { ALL_SCOPES, APP_FUNCTIONS } from "@rdc/app";
import { FULL_PROFILE } from "@rdc/eligibility";
import type { FunctionSpec, IntakeCapability } from "@rdc/platform";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPlatformStacks } from "../src/platform-app";
import { allows, likePattern, type Request, statementsOf } from "./iam";
import { CDK_JSON_CONTEXT } from "./synth";

/**
 * Every function's real handler, run over an in-memory table that records each
 * DynamoDB request: each request must be allowed by the function's role in the
 * synthesized template (its action, on the table or the index, for the keys it
 * names), and each action the role grants must be sent by some request. What
 * is granted is what the code calls: no outage from a missing action, no
 * action no code sends.
 */

// The SDK classes as the platform's code loads them (one copy: pnpm's, through the platform package).
const platformRequire = createRequire(new URL("../../packages/platform/package.json", import.meta.url));
const { ConditionalCheckFailedException, TransactionCanceledException } = platformRequire("@aws-sdk/client-dynamodb");
const { marshall, unmarshall } = platformRequire("@aws-sdk/util-dynamodb");
const { EventBridgeClient } = platformRequire("@aws-sdk/client-eventbridge");

type Item = Record<string, unknown>;
type Names = Record<string, string> | undefined;
type Values = Record<string, unknown> | undefined;

const name = (token: string, names: Names) => (token.startsWith("#") ? (names?.[token] ?? token) : token);

/** The attribute values of a small `SET a = :x, b.c = :y REMOVE d` expression, applied to `item`. */
function applyUpdate(item: Item, expression: string, names: Names, values: Values): void {
  const [, set = "", remove = ""] = expression.match(/^\s*(?:SET\s+(.*?))?\s*(?:REMOVE\s+(.*))?$/s) ?? [];
  for (const part of set.split(",").filter((p) => p.trim())) {
    const [left = "", right = ""] = part.split("=").map((x) => x.trim());
    item[name(left, names)] = values?.[right];
  }
  for (const attribute of remove.split(",").filter((p) => p.trim())) delete item[name(attribute.trim(), names)];
}

const attributes = (item: Item) => marshall(item, { removeUndefinedValues: true });
const plainValues = (values: unknown) => (values ? (unmarshall(values) as Item) : undefined);

/** A request's attribute values (keys, items, expression values, also in each transaction item) as plain values. */
function plain(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  for (const field of ["Key", "Item", "ExpressionAttributeValues", "ExclusiveStartKey"]) {
    if (out[field] !== undefined) out[field] = plainValues(out[field]);
  }
  if (Array.isArray(input.TransactItems)) {
    out.TransactItems = input.TransactItems.map((entry: Record<string, Record<string, unknown>>) =>
      Object.fromEntries(Object.entries(entry).map(([op, body]) => [op, plain(body)])),
    );
  }
  return out;
}

/** An in-memory table that answers the requests the platform sends, and records them as IAM requests. */
class FakeTable {
  readonly items = new Map<string, Item>();
  readonly sent: { fn: string; request: Request }[] = [];
  fn = "";
  /** The next transaction fails as a throttled or unreachable table would (after recording its requests). */
  failNextTransaction = false;

  private id = (key: { PK?: unknown; SK?: unknown }) => `${String(key.PK)}\u0000${String(key.SK)}`;
  private record(action: string, on: string, key: unknown) {
    this.sent.push({ fn: this.fn, request: { action: `dynamodb:${action}`, on, key: String(key) } });
  }
  get(key: { PK: string; SK: string }): Item | undefined {
    return this.items.get(this.id(key));
  }
  put(item: Item): void {
    this.items.set(this.id(item), structuredClone(item));
  }

  private checks(existing: Item | undefined, condition: string | undefined, values: Values): boolean {
    if (!condition) return true;
    if (/^attribute_not_exists\(PK\)$/.test(condition.trim())) return existing === undefined;
    if (/^attribute_not_exists\(PK\) OR expiresAt < :now/.test(condition)) {
      return existing === undefined || Number(existing.expiresAt) < Number(values?.[":now"]);
    }
    const version = condition.match(/^version = (:\w+)$/);
    if (version) return existing?.version === values?.[version[1] as string];
    return true;
  }

  /** A request of the platform's client (attribute values), answered on plain items. */
  async send(command: { constructor: { name: string }; input: Record<string, unknown> }): Promise<unknown> {
    const kind = command.constructor.name;
    const input = plain(command.input);
    switch (kind) {
      case "GetItemCommand": {
        const key = input.Key as { PK: string; SK: string };
        this.record("GetItem", "table", key.PK);
        const item = this.get(key);
        return { Item: item && attributes(item) };
      }
      case "PutItemCommand": {
        const item = input.Item as Item;
        this.record("PutItem", "table", item.PK);
        if (
          !this.checks(
            this.items.get(this.id(item)),
            input.ConditionExpression as string,
            input.ExpressionAttributeValues as Values,
          )
        ) {
          throw new ConditionalCheckFailedException({ message: "The conditional request failed", $metadata: {} });
        }
        this.put(item);
        return {};
      }
      case "DeleteItemCommand": {
        const key = input.Key as { PK: string; SK: string };
        this.record("DeleteItem", "table", key.PK);
        this.items.delete(this.id(key));
        return {};
      }
      case "QueryCommand":
        return { Items: this.query(input).map(attributes) };
      case "TransactWriteItemsCommand":
        return this.transact(input.TransactItems as Item[]);
      default:
        this.record(kind.replace(/(Item)?Command$/, ""), "table", "?");
        throw new Error(`the fake table does not answer ${kind}`);
    }
  }

  private query(input: Record<string, unknown>) {
    const index = input.IndexName as string | undefined;
    const names = input.ExpressionAttributeNames as Names;
    const values = input.ExpressionAttributeValues as Values;
    const pkName = index ? `${index}PK` : "PK";
    const skName = index ? `${index}SK` : "SK";
    const condition = String(input.KeyConditionExpression);
    const eq = [...condition.matchAll(/([#\w]+)\s*=\s*(:\w+)/g)].find((m) => name(m[1] ?? "", names) === pkName);
    const partition = values?.[eq?.[2] ?? ""];
    this.record("Query", index ? `index/${index}` : "table", partition);
    let items = [...this.items.values()].filter((i) => i[pkName] === partition && i[skName] !== undefined);
    const begins = condition.match(/begins_with\(\s*([#\w]+)\s*,\s*(:\w+)\s*\)/);
    if (begins) items = items.filter((i) => String(i[skName]).startsWith(String(values?.[begins[2] ?? ""])));
    const between = condition.match(/([#\w]+) BETWEEN (:\w+) AND (:\w+)/);
    if (between) {
      const [from, until] = [values?.[between[2] ?? ""], values?.[between[3] ?? ""]].map(String);
      items = items.filter((i) => String(i[skName]) >= (from ?? "") && String(i[skName]) <= (until ?? ""));
    }
    const atMost = condition.match(/([#\w]+)\s*<=\s*(:\w+)/);
    if (atMost) items = items.filter((i) => String(i[skName]) <= String(values?.[atMost[2] ?? ""]));
    items.sort((a, b) => String(a[skName]).localeCompare(String(b[skName])));
    if (input.ScanIndexForward === false) items.reverse();
    return items;
  }

  private transact(entries: Item[]) {
    const writes: (() => void)[] = [];
    const reasons: { Code: string }[] = [];
    for (const entry of entries) {
      const [op, body] = Object.entries(entry)[0] as [string, Record<string, unknown>];
      const values = body.ExpressionAttributeValues as Values;
      const key = (op === "Put" ? body.Item : body.Key) as Item & { PK: string; SK: string };
      const action = {
        Put: "PutItem",
        Update: "UpdateItem",
        Delete: "DeleteItem",
        ConditionCheck: "ConditionCheckItem",
      }[op];
      this.record(action ?? op, "table", key.PK);
      const existing = this.get(key);
      const ok = this.checks(existing, body.ConditionExpression as string | undefined, values);
      reasons.push({ Code: ok ? "None" : "ConditionalCheckFailed" });
      if (op === "Put") writes.push(() => this.put(body.Item as Item));
      if (op === "Delete") writes.push(() => this.items.delete(this.id(key)));
      if (op === "Update") {
        writes.push(() => {
          const item = structuredClone(existing ?? { PK: key.PK, SK: key.SK });
          applyUpdate(item, String(body.UpdateExpression), body.ExpressionAttributeNames as Names, values);
          this.put(item);
        });
      }
    }
    if (this.failNextTransaction) {
      this.failNextTransaction = false;
      throw Object.assign(new Error("Throughput exceeds the current capacity of your table"), {
        name: "ProvisionedThroughputExceededException",
      });
    }
    if (reasons.some((r) => r.Code !== "None")) {
      throw new TransactionCanceledException({
        message: "Transaction cancelled",
        $metadata: {},
        CancellationReasons: reasons,
      });
    }
    for (const write of writes) write();
    return {};
  }
}

const table = new FakeTable();
let service: Template;
const handlers = new Map<string, (event: unknown, context: Context) => Promise<unknown>>();
const context = { functionName: "test", getRemainingTimeInMillis: () => 60_000 } as unknown as Context;

beforeAll(async () => {
  vi.stubEnv("TABLE_NAME", "rdc-test");
  vi.stubEnv("CURSOR_SECRET", "a-local-cursor-secret");
  vi.stubEnv("SCOPE_PREFIX", "");
  vi.stubEnv("FEED_SETTLE_MS", "0");
  vi.stubEnv("EVENT_BUS_NAME", "rdc-test");
  vi.stubEnv("AWS_REGION", "cn-northwest-1");
  const app = new App({ context: { ...CDK_JSON_CONTEXT, "aws:cdk:bundling-stacks": [] } });
  service = Template.fromStack(
    createPlatformStacks(app, { functions: APP_FUNCTIONS, scopes: ALL_SCOPES, clients: [] }).service,
  );
  const { dynamoClient, logger } = await import("@rdc/platform");
  logger.setLogLevel("SILENT");
  vi.spyOn(dynamoClient(), "send").mockImplementation(((command: never) => table.send(command)) as never);
  vi.spyOn(EventBridgeClient.prototype, "send").mockImplementation((async () => ({
    FailedEntryCount: 0,
    Entries: [{ EventId: "1" }],
  })) as never);
  for (const spec of APP_FUNCTIONS) {
    const module = (await import(spec.entry)) as { handler: (event: unknown, context: Context) => Promise<unknown> };
    handlers.set(spec.id, module.handler);
  }
}, 180_000);

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

interface Caller {
  sub: string;
  scopes: string[];
}
const PARTNER: Caller = {
  sub: "partner-a",
  scopes: ["eligibility", "submissions:write", "submissions:read", "events:read"],
};
const reviewer = (agency: string): Caller => ({
  sub: `reviewer-${agency.toLowerCase()}`,
  scopes: [`review:${agency}`, "events:read"],
});

interface Call {
  caller?: Caller;
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

/** One HTTP request to function `fn`, as API Gateway's HTTP API hands it over. */
async function http(fn: string, method: string, path: string, call: Call = {}) {
  const [rawPath = path, rawQuery = ""] = path.split("?");
  const query = { ...Object.fromEntries(new URLSearchParams(rawQuery)), ...call.query };
  const event = {
    version: "2.0",
    routeKey: `${method} ${rawPath}`,
    rawPath,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: {
      "accept-language": "en",
      ...(call.body === undefined ? {} : { "content-type": "application/json" }),
      ...call.headers,
    },
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    requestContext: {
      http: { method, path: rawPath, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "test" },
      requestId: `req-${Math.random()}`,
      authorizer: {
        principalId: "",
        integrationLatency: 0,
        jwt: {
          claims: call.caller ? { sub: call.caller.sub, scope: call.caller.scopes.join(" "), token_use: "access" } : {},
          scopes: [],
        },
      },
    },
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
  table.fn = fn;
  const handler = handlers.get(fn);
  if (!handler) throw new Error(`no handler ${fn}`);
  const response = (await handler(event, context)) as APIGatewayProxyStructuredResultV2;
  const text = typeof response.body === "string" ? response.body : "";
  return { status: response.statusCode, headers: response.headers ?? {}, body: text ? JSON.parse(text) : undefined };
}

/** A table stream record of `item` (as the event source mapping delivers it) to stream function `fn`. */
async function stream(fn: string, item: Item, eventName: "INSERT" | "MODIFY" = "INSERT") {
  table.fn = fn;
  const handler = handlers.get(fn);
  if (!handler) throw new Error(`no handler ${fn}`);
  const event = {
    Records: [
      {
        eventID: `e-${Math.random()}`,
        eventName,
        eventSource: "aws:dynamodb",
        eventSourceARN: "arn:aws-cn:dynamodb:cn-northwest-1:000000000000:table/rdc-test/stream/x",
        dynamodb: {
          Keys: marshall({ PK: item.PK, SK: item.SK }),
          NewImage: marshall(item, { removeUndefinedValues: true }),
          SequenceNumber: "1",
          StreamViewType: "NEW_AND_OLD_IMAGES",
        },
      },
    ],
  };
  const result = (await handler(event, context)) as { batchItemFailures: unknown[] };
  expect(result.batchItemFailures, `${fn}: the record failed`).toEqual([]);
}

const meta = (id: string) => table.get({ PK: `SUB#${id}`, SK: "META" }) as Item;
const etag = (id: string) => `"v${meta(id).version}"`;
const intakes = APP_FUNCTIONS.filter((f): f is FunctionSpec & { intake: IntakeCapability } => Boolean(f.intake));

describe("each function's requests, run for real over an in-memory table", () => {
  it("the public routes touch nothing", async () => {
    for (const path of [
      "/v1/measures",
      "/v1/measures/M07",
      "/v1/calendar/days/2027-02-09",
      "/v1/calendar/working-days?from=2027-02-04&add=10",
    ]) {
      expect((await http("PublicApi", "GET", path)).status, path).toBe(200);
    }
  });

  it("an eligibility check: stored with its idempotency record, replayed, read back", async () => {
    const body = { center: FULL_PROFILE, asOf: "2026-06-30" };
    const headers = { "idempotency-key": "check-1" };
    const created = await http("EligibilityApi", "POST", "/v1/eligibility-checks", { caller: PARTNER, body, headers });
    expect(created.status).toBe(201);
    const replayed = await http("EligibilityApi", "POST", "/v1/eligibility-checks", { caller: PARTNER, body, headers });
    expect(replayed.headers["idempotent-replayed"]).toBe("true");
    const read = await http("EligibilityApi", "GET", `/v1/eligibility-checks/${created.body.id}`, { caller: PARTNER });
    expect(read.status).toBe(200);
    // A check whose transaction fails frees its idempotency key (DeleteItem), so that the client's retry runs.
    table.failNextTransaction = true;
    const failed = await http("EligibilityApi", "POST", "/v1/eligibility-checks", {
      caller: PARTNER,
      body,
      headers: { "idempotency-key": "check-2" },
    });
    expect(failed.status).toBeGreaterThanOrEqual(500);
    const retried = await http("EligibilityApi", "POST", "/v1/eligibility-checks", {
      caller: PARTNER,
      body,
      headers: { "idempotency-key": "check-2" },
    });
    expect(retried.status).toBe(201);
  });

  it.each(intakes.map((f) => [f.intake.type, f] as const))(
    "%s: filed, replayed, listed, read, screened, swept, decided, supplemented, withdrawn",
    async (_type, api) => {
      const { intake } = api;
      const prefix = api.id.replace(/Api$/, "");
      const base = `/v1/${intake.collection}`;
      const payload = intake.example?.("2026-03-02");
      expect(payload, `${intake.type} has an example`).toBeDefined();

      const headers = { "idempotency-key": `file-${intake.type}` };
      const filed = await http(api.id, "POST", base, { caller: PARTNER, body: payload, headers });
      expect(filed.status, JSON.stringify(filed.body)).toBe(202);
      const id = filed.body.id as string;
      const replayed = await http(api.id, "POST", base, { caller: PARTNER, body: payload, headers });
      expect(replayed.headers["idempotent-replayed"]).toBe("true");
      expect((await http(api.id, "GET", base, { caller: PARTNER })).status).toBe(200);
      expect((await http(api.id, "GET", `${base}?status=received`, { caller: PARTNER })).status).toBe(200);
      expect((await http(api.id, "GET", `${base}/${id}`, { caller: PARTNER })).status).toBe(200);
      expect((await http(api.id, "GET", `${base}/${id}/history`, { caller: PARTNER })).status).toBe(200);

      await stream(`${prefix}Screening`, meta(id));
      if (meta(id).status !== "under_review") {
        // Whatever the example screens to, the review path below runs on a submission under review with its watch.
        table.put({
          ...meta(id),
          status: "under_review",
          agency: "CAC",
          GSI3PK: "QUEUE#CAC#under_review",
          GSI3SK: `2026-04-30#${id}`,
        });
        table.put({
          PK: `SUB#${id}`,
          SK: "WATCH#review_due",
          entity: "watch",
          kind: "review_due",
          date: "2026-04-30",
          warnDaysBefore: 5,
          label: { "zh-CN": "审核期限", en: "review due" },
          submissionId: id,
          submissionType: intake.type,
          owner: PARTNER.sub,
          agency: "CAC",
          phase: "approaching",
          GSI3PK: "WATCH",
          GSI3SK: `2026-04-25#${id}#review_due`,
        });
      }
      const agency = meta(id).agency as string;

      // The sweep: the provisional due dates, then the reminders (approaching, then overdue), at a time past the due date.
      vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-12-01T02:00:00Z") });
      try {
        table.fn = "DeadlineSweep";
        await handlers.get("DeadlineSweep")?.({}, context);
        await handlers.get("DeadlineSweep")?.({}, context);
      } finally {
        vi.useRealTimers();
      }

      // The feed and the queue, for the partner and the agency.
      expect((await http("CommonApi", "GET", "/v1/events", { caller: PARTNER })).status).toBe(200);
      expect((await http("CommonApi", "GET", "/v1/events", { caller: reviewer(agency) })).status).toBe(200);
      expect((await http("CommonApi", "GET", "/v1/review-queue", { caller: reviewer(agency) })).status).toBe(200);
      const events = [...table.items.values()].filter((i) => i.entity === "event" && i.PK === `SUB#${id}`);
      expect(events.length).toBeGreaterThan(1);
      for (const event of events) await stream("EventPublisher", event);

      // The reviewer asks for information (leaving review: the watch goes), the partner supplements, screening again.
      const asked = await http(api.id, "POST", `${base}/${id}/decisions`, {
        caller: reviewer(agency),
        body: { decision: "request_info", reason: "Please add the contract annex." },
        headers: { "if-match": etag(id), "idempotency-key": `ask-${intake.type}` },
      });
      expect(asked.status, JSON.stringify(asked.body)).toBe(200);
      const supplemented = await http(api.id, "POST", `${base}/${id}/supplements`, {
        caller: PARTNER,
        body: { payload: {}, note: "Annex attached." },
        headers: { "if-match": etag(id) },
      });
      expect(supplemented.status, JSON.stringify(supplemented.body)).toBe(200);
      await stream(`${prefix}Screening`, meta(id), "MODIFY");

      const final = ["approved", "rejected", "withdrawn", "not_required"].includes(String(meta(id).status));
      const withdrawn = await http(api.id, "POST", `${base}/${id}/withdraw`, {
        caller: PARTNER,
        body: { reason: "Filed twice." },
        headers: { "if-match": etag(id) },
      });
      expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(final ? 409 : 200);
      // Withdrawing again is a 409: its idempotency claim is released (DeleteItem on IDEM#).
      const again = await http(api.id, "POST", `${base}/${id}/withdraw`, {
        caller: PARTNER,
        headers: { "if-match": etag(id), "idempotency-key": `withdraw-${intake.type}` },
      });
      expect(again.status).toBe(409);
    },
    60_000,
  );
});

describe("the synthesized roles", () => {
  it("allow every request the code sent", () => {
    expect(table.sent.length).toBeGreaterThan(50);
    const refused = table.sent.filter(({ fn, request }) => !allows(statementsOf(service, fn), request));
    expect(refused.map(({ fn, request }) => `${fn}: ${request.action} on ${request.on} ${request.key}`)).toEqual([]);
  });

  it("grant no action for a key pattern that no request used", () => {
    const unused: string[] = [];
    for (const spec of APP_FUNCTIONS) {
      const sent = table.sent.filter((s) => s.fn === spec.id).map((s) => s.request);
      if (spec.tableAccess === "none") {
        expect(sent, spec.id).toEqual([]);
        continue;
      }
      for (const grant of spec.tableAccess.items) {
        for (const action of grant.actions) {
          for (const key of grant.keys) {
            const used = sent.some(
              (r) => r.action === `dynamodb:${action}` && r.on === "table" && likePattern(key).test(r.key ?? ""),
            );
            if (!used) unused.push(`${spec.id}: ${action} on ${key}`);
          }
        }
      }
      for (const [index, keys] of Object.entries(spec.tableAccess.indexes)) {
        for (const key of keys ?? []) {
          const used = sent.some((r) => r.on === `index/${index}` && likePattern(key).test(r.key ?? ""));
          if (!used) unused.push(`${spec.id}: Query on ${index} ${key}`);
        }
      }
    }
    expect(unused).toEqual([]);
  });
});
