import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ALL_SCOPES, APP_FUNCTIONS } from "@rdc/app";
import {
  eventPut,
  type FunctionSpec,
  historyKey,
  newEvent,
  type SubmissionRecord,
  submissionIndexKeys,
  submissionKey,
  watchKey,
} from "@rdc/platform";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { createPlatformStacks } from "../src/platform-app";
import { allows, ITEM_ACTION, leadingKeysOf, likePattern, type Request, resourceKind, statementsOf } from "./iam";
import { actionsOf, CDK_JSON_CONTEXT } from "./synth";

/**
 * Least privilege per function, on the real app (every FunctionSpec of
 * APP_FUNCTIONS): each function reaches only the key prefixes it owns, with
 * only the actions its code sends; the publisher reads the stream only; the
 * public routes' function touches nothing.
 */
let service: Template;
beforeAll(() => {
  const app = new App({ context: { ...CDK_JSON_CONTEXT, "aws:cdk:bundling-stacks": [] } });
  service = Template.fromStack(
    createPlatformStacks(app, { functions: APP_FUNCTIONS, scopes: ALL_SCOPES, clients: [] }).service,
  );
}, 120_000);

const spec = (id: string) => {
  const found = APP_FUNCTIONS.find((f) => f.id === id);
  if (!found) throw new Error(`no function ${id}`);
  return found;
};
const serving = (method: string, path: string) =>
  APP_FUNCTIONS.filter((f) => f.routes?.some((r) => r.method === method && r.path === path));
const may = (id: string, request: Request) => allows(statementsOf(service, id), request);
const dynamo = (action: string) => `dynamodb:${action}`;
const itemStatements = (id: string) =>
  statementsOf(service, id).filter((s) => actionsOf([s]).some((a) => ITEM_ACTION.test(a)));
const envOf = (id: string): Record<string, unknown> => {
  const fns = service.findResources("AWS::Lambda::Function");
  const fn = Object.entries(fns).find(([logical]) => logical.startsWith(`${id}Function`));
  return fn?.[1].Properties.Environment?.Variables ?? {};
};

describe("every table and index permission is limited to key prefixes", () => {
  it("each statement on items or an index has a dynamodb:LeadingKeys condition, never `*`", () => {
    const statements = APP_FUNCTIONS.flatMap((f) => itemStatements(f.id).map((s) => ({ id: f.id, s })));
    expect(statements.length).toBeGreaterThan(APP_FUNCTIONS.length);
    for (const { id, s } of statements) {
      const keys = leadingKeysOf(s);
      expect(keys, `${id}: ${JSON.stringify(s.Action)}`).toBeDefined();
      for (const key of keys ?? []) expect(key, id).toMatch(/^[A-Z][A-Z0-9]*(#|$)/);
      for (const resource of [s.Resource].flat()) expect(resourceKind(resource), id).toMatch(/^(table|index\/GSI\d)$/);
    }
  });

  it("no function may Scan, use a batch action or PartiQL", () => {
    for (const f of APP_FUNCTIONS) {
      const actions = actionsOf(statementsOf(service, f.id));
      expect(
        actions.filter((a) => /^dynamodb:(Scan|Batch\w+|PartiQL\w*|\*)$/.test(a)),
        f.id,
      ).toEqual([]);
    }
  });
});

describe("who may touch which items", () => {
  const SUB = "SUB#01JB8ZXQ2V3K4M5N6P7Q8R9S0T";
  const cases: [string, Request, boolean][] = [
    // The eligibility function keeps its checks and its idempotency records, and cannot rewrite a submission.
    ["EligibilityApi", { action: dynamo("PutItem"), on: "table", key: "CHECK#01J" }, true],
    ["EligibilityApi", { action: dynamo("GetItem"), on: "table", key: "IDEM#abc" }, true],
    ["EligibilityApi", { action: dynamo("PutItem"), on: "table", key: SUB }, false],
    ["EligibilityApi", { action: dynamo("GetItem"), on: "table", key: SUB }, false],
    ["EligibilityApi", { action: dynamo("Query"), on: "index/GSI1", key: "OWNER#p#data-export" }, false],
    // An intake's API: submissions and idempotency records; its own intake's owner lists only.
    ["DataExportApi", { action: dynamo("PutItem"), on: "table", key: SUB }, true],
    ["DataExportApi", { action: dynamo("Query"), on: "table", key: SUB }, true],
    ["DataExportApi", { action: dynamo("UpdateItem"), on: "table", key: "IDEM#abc" }, true],
    ["DataExportApi", { action: dynamo("UpdateItem"), on: "table", key: SUB }, false],
    ["DataExportApi", { action: dynamo("PutItem"), on: "table", key: "CHECK#01J" }, false],
    ["DataExportApi", { action: dynamo("Query"), on: "index/GSI1", key: "OWNER#p#data-export" }, true],
    ["DataExportApi", { action: dynamo("Query"), on: "index/GSI2", key: "OWNER#p#data-export#received" }, true],
    ["DataExportApi", { action: dynamo("Query"), on: "index/GSI1", key: "OWNER#p#talent-title" }, false],
    ["DataExportApi", { action: dynamo("Query"), on: "index/GSI2", key: "OWNER#p#customs-extension#received" }, false],
    ["DataExportApi", { action: dynamo("Query"), on: "index/GSI1", key: "FEED#OWNER#p" }, false],
    ["DataExportApi", { action: dynamo("Query"), on: "index/GSI3", key: "QUEUE#CAC#under_review" }, false],
    ["TalentTitleApi", { action: dynamo("Query"), on: "index/GSI1", key: "OWNER#p#talent-title" }, true],
    ["TalentTitleApi", { action: dynamo("Query"), on: "index/GSI1", key: "OWNER#p#data-export" }, false],
    // A screening processor: the submission comes in the stream record; it only puts the screening's items.
    ["CustomsExtensionScreening", { action: dynamo("PutItem"), on: "table", key: SUB }, true],
    ["CustomsExtensionScreening", { action: dynamo("GetItem"), on: "table", key: SUB }, false],
    ["CustomsExtensionScreening", { action: dynamo("PutItem"), on: "table", key: "IDEM#abc" }, false],
    ["CustomsExtensionScreening", { action: dynamo("PutItem"), on: "table", key: "CHECK#01J" }, false],
    // The event feed and the review queue: indexes only, each on its own partitions.
    ["CommonApi", { action: dynamo("Query"), on: "index/GSI1", key: "FEED#OWNER#p" }, true],
    ["CommonApi", { action: dynamo("Query"), on: "index/GSI2", key: "FEED#AGENCY#CAC" }, true],
    ["CommonApi", { action: dynamo("Query"), on: "index/GSI3", key: "QUEUE#CAC#under_review" }, true],
    ["CommonApi", { action: dynamo("Query"), on: "index/GSI1", key: "OWNER#p#data-export" }, false],
    ["CommonApi", { action: dynamo("GetItem"), on: "table", key: SUB }, false],
    ["CommonApi", { action: dynamo("Query"), on: "table", key: SUB }, false],
    // The sweep: watches and review queues on GSI3, writes to submissions' partitions.
    ["DeadlineSweep", { action: dynamo("Query"), on: "index/GSI3", key: "WATCH" }, true],
    ["DeadlineSweep", { action: dynamo("Query"), on: "index/GSI3", key: "QUEUE#GACC#under_review" }, true],
    ["DeadlineSweep", { action: dynamo("UpdateItem"), on: "table", key: SUB }, true],
    ["DeadlineSweep", { action: dynamo("GetItem"), on: "table", key: SUB }, false],
    ["DeadlineSweep", { action: dynamo("PutItem"), on: "table", key: "CHECK#01J" }, false],
    ["DeadlineSweep", { action: dynamo("Query"), on: "index/GSI1", key: "FEED#OWNER#p" }, false],
    // The publisher: the stream, no item.
    ["EventPublisher", { action: dynamo("GetRecords"), on: "stream" }, true],
    ["EventPublisher", { action: dynamo("GetItem"), on: "table", key: SUB }, false],
    ["EventPublisher", { action: dynamo("Query"), on: "table", key: SUB }, false],
  ];

  it.each(cases)("%s: %j → %s", (id, request, allowed) => {
    expect(may(id, request)).toBe(allowed);
  });
});

describe("the event publisher", () => {
  it("reads the stream only: no item, no index, no write; decrypts with the table key; puts events", () => {
    const statements = statementsOf(service, "EventPublisher");
    const dynamoActions = actionsOf(statements).filter((a) => a.startsWith("dynamodb:"));
    expect(new Set(dynamoActions)).toEqual(
      new Set(["dynamodb:ListStreams", "dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"]),
    );
    for (const s of statements.filter((x) => actionsOf([x]).some((a) => a.startsWith("kms:")))) {
      expect(actionsOf([s]).sort()).toEqual(["kms:Decrypt", "kms:DescribeKey"]);
    }
    expect(actionsOf(statements)).toContain("events:PutEvents");
    expect(envOf("EventPublisher")).not.toHaveProperty("TABLE_NAME");
  });
});

describe("the public routes", () => {
  it("GET /v1/measures and the calendar are served by a function that serves public routes only", () => {
    for (const [method, path] of [
      ["GET", "/v1/measures"],
      ["GET", "/v1/measures/{measureId}"],
      ["GET", "/v1/calendar/days/{date}"],
    ] as const) {
      const fns = serving(method, path);
      expect(fns, `${method} ${path}`).toHaveLength(1);
      expect(
        fns[0]?.routes?.filter((r) => r.scopes.length > 0).map((r) => `${r.method} ${r.path}`),
        `${method} ${path}`,
      ).toEqual([]);
    }
  });

  it("a function that serves only public routes gets no table, index, stream, key or secret access", () => {
    const publicOnly = APP_FUNCTIONS.filter((f) => f.routes?.length && f.routes.every((r) => r.scopes.length === 0));
    expect(publicOnly.map((f) => f.id)).toEqual(serving("GET", "/v1/measures").map((f) => f.id));
    for (const f of publicOnly) {
      expect(f.tableAccess, f.id).toBe("none");
      const actions = actionsOf(statementsOf(service, f.id));
      expect(
        actions.filter((a) => /^(dynamodb|kms|secretsmanager):/.test(a)),
        f.id,
      ).toEqual([]);
      expect(envOf(f.id), f.id).not.toHaveProperty("TABLE_NAME");
      expect(envOf(f.id), f.id).not.toHaveProperty("CURSOR_SECRET_ARN");
    }
  });
});

describe("the keys the code writes fall under the grants of the functions that write them", () => {
  const id = "01JB8ZXQ2V3K4M5N6P7Q8R9S0T";
  const record = (type: string): SubmissionRecord => ({
    id,
    type,
    owner: "partner-a",
    status: "under_review",
    version: 2,
    createdAt: "2026-01-05T00:00:00.000Z",
    updatedAt: "2026-01-05T00:00:00.000Z",
    receivedAt: "2026-01-05T00:00:00.000Z",
    payload: {},
    screening: null,
    rulesVersion: null,
    summary: null,
    agency: "CAC",
    office: null,
    due: null,
    historyCount: 1,
  });

  it("a submission's item, history, watch and event items, and its index keys", () => {
    process.env.TABLE_NAME ??= "test";
    const put = eventPut(newEvent("submission.received", { id, type: "data-export" }, {}, new Date()), {
      owner: "partner-a",
      agency: "CAC",
    }).Put?.Item as Record<string, string>;
    for (const pk of [submissionKey(id).PK, historyKey(id, 3).PK, watchKey(id, "review_due").PK, put.PK]) {
      for (const writer of ["DataExportApi", "DataExportScreening", "DeadlineSweep"]) {
        expect(may(writer, { action: dynamo("PutItem"), on: "table", key: pk }), `${writer} ${pk}`).toBe(true);
      }
      expect(may("EligibilityApi", { action: dynamo("PutItem"), on: "table", key: pk })).toBe(false);
    }
    expect(may("CommonApi", { action: dynamo("Query"), on: "index/GSI1", key: put.GSI1PK })).toBe(true);
    expect(may("CommonApi", { action: dynamo("Query"), on: "index/GSI2", key: put.GSI2PK })).toBe(true);

    for (const [type, api] of [
      ["data-export", "DataExportApi"],
      ["customs-extension", "CustomsExtensionApi"],
      ["talent-title", "TalentTitleApi"],
    ] as const) {
      const keys = submissionIndexKeys(record(type));
      expect(may(api, { action: dynamo("Query"), on: "index/GSI1", key: keys.GSI1PK })).toBe(true);
      expect(may(api, { action: dynamo("Query"), on: "index/GSI2", key: keys.GSI2PK })).toBe(true);
      for (const other of ["DataExportApi", "CustomsExtensionApi", "TalentTitleApi"].filter((o) => o !== api)) {
        expect(may(other, { action: dynamo("Query"), on: "index/GSI1", key: keys.GSI1PK }), other).toBe(false);
        expect(may(other, { action: dynamo("Query"), on: "index/GSI2", key: keys.GSI2PK }), other).toBe(false);
      }
      expect(may("CommonApi", { action: dynamo("Query"), on: "index/GSI3", key: keys.GSI3PK })).toBe(true);
    }
  });

  /** The literal prefixes of the partition keys (table and indexes) the packages' code writes. */
  function writtenPrefixes(): Map<string, Set<string>> {
    const root = fileURLToPath(new URL("../../packages", import.meta.url));
    const found = new Map<string, Set<string>>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (name === "node_modules" || name === "local-stack") continue;
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) {
          const source = readFileSync(path, "utf8");
          for (const m of source.matchAll(/\b(PK|GSI\dPK):\s*[`"]([A-Z][A-Z0-9]*(?:#[A-Z][A-Z0-9]*)*)(#|[`"])/g)) {
            const on = m[1] === "PK" ? "table" : `index/GSI${m[1]?.slice(3, 4)}`;
            const prefix = `${m[2]}${m[3] === "#" ? "#" : ""}`;
            found.set(on, (found.get(on) ?? new Set()).add(prefix));
          }
        }
      }
    };
    walk(root);
    return found;
  }

  it("every partition-key prefix in the code is some function's, and every granted prefix is in the code", () => {
    const written = writtenPrefixes();
    expect([...(written.get("table") ?? [])].sort()).toEqual(["CHECK#", "IDEM#", "SUB#"]);
    const granted = new Map<string, Set<string>>();
    for (const f of APP_FUNCTIONS as FunctionSpec[]) {
      if (f.tableAccess === "none") continue;
      const add = (on: string, keys: readonly string[]) => {
        for (const key of keys) granted.set(on, (granted.get(on) ?? new Set()).add(key));
      };
      for (const g of f.tableAccess.items) add("table", g.keys);
      for (const [index, keys] of Object.entries(f.tableAccess.indexes)) add(`index/${index}`, keys ?? []);
    }
    for (const [on, prefixes] of written) {
      for (const prefix of prefixes) {
        const patterns = [...(granted.get(on) ?? [])];
        expect(
          patterns.some((p) => p.startsWith(prefix) || likePattern(p).test(prefix)),
          `${on} ${prefix}`,
        ).toBe(true);
      }
    }
    for (const [on, patterns] of granted) {
      for (const pattern of patterns) {
        const literal = pattern.split("*")[0] ?? "";
        expect(
          [...(written.get(on) ?? [])].some((prefix) => literal.startsWith(prefix) || prefix.startsWith(literal)),
          `${on} ${pattern}`,
        ).toBe(true);
      }
    }
  });
});

describe("the cursor secret", () => {
  it("is in no function's environment and in no dynamic reference: its ARN goes only to the functions with cursors", () => {
    expect(JSON.stringify(service.toJSON())).not.toContain("{{resolve:secretsmanager");
    for (const f of APP_FUNCTIONS) {
      const env = envOf(f.id);
      expect(env, f.id).not.toHaveProperty("CURSOR_SECRET");
      expect("CURSOR_SECRET_ARN" in env, f.id).toBe(Boolean(f.cursors));
      const reads = actionsOf(statementsOf(service, f.id)).filter((a) => a.startsWith("secretsmanager:"));
      expect(reads.length > 0, f.id).toBe(Boolean(f.cursors));
    }
    expect(APP_FUNCTIONS.filter((f) => f.cursors).map((f) => f.id)).toEqual([
      "CommonApi",
      "DataExportApi",
      "CustomsExtensionApi",
      "TalentTitleApi",
    ]);
  });
});

describe("the environment carries no table name where there is no table access", () => {
  it.each(APP_FUNCTIONS.map((f) => [f.id, f] as const))("%s", (id, f) => {
    expect("TABLE_NAME" in envOf(id)).toBe(f.tableAccess !== "none");
    expect(spec(id)).toBe(f);
  });
});
