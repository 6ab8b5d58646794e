import { allowedFrom, findTransition, LOCALES, type Locale, localize, text, withoutPersonal } from "@rdc/core";
import {
  type HistoryEntry,
  type IntakeCapability,
  personalFields,
  problemSchema,
  problems,
  type RequestContext,
  type Route,
  type RouteSpec,
  receivedRecord,
  resourceName,
  type SubmissionRecord,
  screeningChange,
  screeningExplanation,
  submissionView,
  type TransactItem,
  validationProblemSchema,
} from "@rdc/platform";
import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";
// Not part of @rdc/platform's API: the pure builders of the queue's items and of the history and events.
import { queueItemView } from "../../platform/src/api/review-queue-route";
import { changeItems, creationItems } from "../../platform/src/submissions/changes";
import { apiRoutes, appIntakes } from "./index";

/**
 * Real answers, built by the code that builds them (service.ts, store.ts, the
 * routes' handlers), parsed strictly with the response schemas the OpenAPI
 * document publishes: a field added, renamed or retyped on either side fails here.
 */
process.env.TABLE_NAME ??= "answer-schemas-test";

const routes = apiRoutes() as Route[];
const byId = (operationId: string): Route => {
  const found = routes.find((r) => r.operationId === operationId);
  if (!found) throw new Error(`no route ${operationId}`);
  return found;
};
const responseOf = (operationId: string): ZodType => {
  const schema = byId(operationId).response;
  if (!schema) throw new Error(`${operationId} has no response schema`);
  return schema;
};
const AT = new Date("2025-10-20T02:00:00.000Z");

/** Parses each localized form of `answer`; zod's message names the field that drifted. */
function expectValid(schema: ZodType, answer: unknown) {
  for (const locale of LOCALES) {
    const result = schema.safeParse(localize(answer, locale));
    expect(result.error?.issues ?? [], locale).toEqual([]);
  }
}

async function handled(operationId: string, input: Partial<RequestContext> & { rawQuery?: Record<string, string> }) {
  const r = byId(operationId);
  const { rawQuery = {}, ...rest } = input;
  const ctx = {
    caller: { id: "", scopes: new Set<string>(), agency: null },
    body: undefined,
    query: r.query ? r.query.parse(rawQuery) : {},
    params: {},
    headers: {},
    locale: "en" as Locale,
    requestId: "test",
    now: AT,
    ...rest,
  };
  return (await r.handle(ctx as never)).body;
}

function received(capability: IntakeCapability, payload: unknown): SubmissionRecord {
  return receivedRecord(capability, "01K7ZQ3M4N5P6Q7R8S9T0V1W2X", "partner-a", capability.payload.parse(payload), AT);
}

/** The change the screening processor makes. */
const screening = (capability: IntakeCapability, record: SubmissionRecord) => screeningChange(capability, record, AT);

const screened = (capability: IntakeCapability, record: SubmissionRecord) => screening(capability, record).next;

/** The history entries among a change's transaction items. */
const historyIn = (items: TransactItem[]) =>
  items.flatMap((i) => (i.Put?.Item?.entity === "history" ? [i.Put.Item.entry as HistoryEntry] : []));

const intakes = appIntakes().map((capability) => ({
  capability,
  name: resourceName(capability),
  examples: Object.entries(capability.examples ?? {}),
}));

describe.each(intakes)("the answers of $name", ({ capability, name, examples }) => {
  it("has examples to build them from", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)(
    "%s: the submission on create, once screened, with its explanation, and as listed",
    (_, example) => {
      const submission = responseOf(`get${name}`);
      const fresh = received(capability, example);
      expectValid(responseOf(`create${name}`), submissionView(capability, fresh));
      const record = screened(capability, fresh);
      expectValid(submission, submissionView(capability, record));
      expectValid(submission, {
        ...submissionView(capability, record),
        explanation: screeningExplanation(capability, record),
      });
      expectValid(responseOf(`list${name}s`), { items: [submissionView(capability, record, true)], nextCursor: "c" });
      // As the retention sweep leaves it (customs requests hold no personal data: nothing goes).
      const erased = withoutPersonal(record.payload, personalFields(capability.payload));
      expectValid(submission, {
        ...submissionView(capability, { ...record, payload: erased.payload }),
        personalDataErasedAt: AT.toISOString(),
      });
      expectValid(responseOf("listReviewQueue"), { items: [queueItemView(record)], nextCursor: null });
    },
  );

  it("a withdrawn submission, its history and its events, as changes.ts writes them", () => {
    const [, example] = examples[0] ?? [];
    const fresh = received(capability, example);
    const created = creationItems(fresh, { kind: "partner", id: "partner-a" }, AT);
    const screen = screening(capability, fresh);
    const transition = findTransition(screen.next.status, "withdraw");
    if (!transition) throw new Error(`no withdraw from ${screen.next.status}`);
    const withdraw = changeItems({
      current: screen.next,
      transition,
      actor: { kind: "partner", id: "partner-a" },
      reason: "not needed",
      at: AT,
    });
    const history = historyIn([...created.items, ...screen.items, ...withdraw.items]);
    expect(history.map((h) => h.action)).toEqual(["submit", "screen", "withdraw"]);
    expectValid(responseOf(`get${name}History`), { submissionId: fresh.id, items: history });
    const events = [...created.events, ...screen.events, ...withdraw.events];
    expectValid(responseOf("listEvents"), { items: events, nextCursor: events.at(-1)?.id ?? null });
    expectValid(responseOf(`withdraw${name}`), submissionView(capability, withdraw.next));
  });
});

/** Every source id an answer names (`source`, `citations`), wherever it stands in it. */
function sourceIdsIn(value: unknown, ids: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) sourceIdsIn(v, ids);
  else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "source" && typeof v === "string") ids.push(v);
      else if (key === "citations" && Array.isArray(v)) ids.push(...v.filter((id) => typeof id === "string"));
      else if (key !== "sources") sourceIdsIn(v, ids);
    }
  }
  return ids;
}

describe.each(intakes)("the screenings of $name cite by reference", ({ capability, examples }) => {
  it.each(examples)("%s: every source the screening names is in its own sources", (_, example) => {
    const { screening } = screened(capability, received(capability, example)) as {
      screening: { sources: Record<string, unknown> };
    };
    const named = sourceIdsIn(screening);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(screening.sources[id], id).toBeDefined();
  });
});

/** Each intake's own routes (the data-export triage), on each of its examples. */
const extraCases = intakes.flatMap(({ capability, examples }) =>
  (capability.extraRoutes ?? []).flatMap((r) => examples.map(([name, example]) => ({ r, name, example }))),
);

describe("the intakes' own routes", () => {
  it("exist (the data-export triage)", () => {
    expect(extraCases.map((c) => c.r.operationId)).toContain("triageDataExportAssessment");
  });

  it.each(extraCases)("$r.operationId of $name", async ({ r, example }) => {
    if (!r.response) throw new Error(`${r.operationId} has no response schema`);
    expectValid(r.response, await handled(r.operationId, { body: r.body?.parse(example) }));
  });
});

describe("the public answers", () => {
  it("the measures, all and one", async () => {
    expectValid(responseOf("listMeasures"), await handled("listMeasures", {}));
    expectValid(responseOf("listMeasures"), await handled("listMeasures", { rawQuery: { part: "2" } }));
    expectValid(responseOf("getMeasure"), await handled("getMeasure", { params: { measureId: "M07" } }));
  });

  it("the calendar's three answers", async () => {
    for (const date of ["2025-10-01", "2025-09-28", "2025-10-20", "2031-05-01"]) {
      expectValid(responseOf("getCalendarDay"), await handled("getCalendarDay", { params: { date } }));
    }
    expectValid(
      responseOf("addWorkingDays"),
      await handled("addWorkingDays", { rawQuery: { from: "2025-09-30", add: "20" } }),
    );
    expectValid(
      responseOf("countWorkingDays"),
      await handled("countWorkingDays", { rawQuery: { from: "2025-09-30", to: "2027-01-05" } }),
    );
  });
});

describe("the problem schemas", () => {
  const body = (p: ReturnType<(typeof problems)["notFound"]>, locale: Locale) => p.body(locale, "/v1/x");
  it("parse every problem the HTTP stack answers", () => {
    const each = [
      problems.unauthorized(),
      problems.forbidden(["submissions:read", "review:CAC"]),
      problems.ownSubmission(),
      problems.notFound(),
      problems.methodNotAllowed(["GET", "POST"]),
      problems.conflict(text("冲突", "conflict"), {
        currentStatus: "approved",
        allowedTransitions: allowedFrom("under_review").filter((t) => t.actor !== "system"),
      }),
      problems.preconditionFailed('"v3"'),
      problems.payloadTooLarge(262144),
      problems.serviceUnavailable(),
      problems.internal(),
    ];
    const invalid = [
      problems.validation([{ path: "body.exporter.uscc", code: "custom", message: "bad" }]),
      problems.malformedJson("Unexpected token"),
      problems.badCursor(),
      problems.unsupportedMediaType("text/plain"),
      problems.unprocessable(text("重复", "reused"), [
        { path: "header.idempotency-key", code: "key_reused", message: "x" },
      ]),
      problems.preconditionRequired(),
    ];
    for (const locale of LOCALES) {
      for (const p of [...each, ...invalid])
        expect(problemSchema.safeParse(body(p, locale)).error?.issues ?? [], p.slug).toEqual([]);
      for (const p of invalid)
        expect(validationProblemSchema.safeParse(body(p, locale)).error?.issues ?? [], p.slug).toEqual([]);
    }
    expect(problemSchema.safeParse({ ...body(problems.notFound(), "en"), extra: 1 }).success).toBe(false);
  });
});

/** The routes' schemas are those the document names, so every answer above is checked against the document. */
describe("the response schemas", () => {
  it("are set on every route", () => {
    const missing = routes.filter((r: RouteSpec) => !r.response).map((r) => r.operationId);
    expect(missing).toEqual([]);
  });
});
