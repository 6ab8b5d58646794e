import { type Action, SUBMISSION_STATUSES, text } from "@rdc/core";
import * as z from "zod";
import { REVIEW_SCOPES, SCOPES } from "../auth/caller";
import { type RequestContext, type Route, route } from "../http/stack";
import { parseOrThrow } from "../http/validation";
import { idempotent } from "../idempotency/idempotency";
import { explainQuery } from "../schema/common";
import type { IntakeCapability } from "./capability";
import {
  historySchema,
  openScreeningSchema,
  requestSchemaOf,
  resourceName,
  submissionSchemas,
} from "./response-schema";
import {
  type ActionRequest,
  act,
  createSubmission,
  screeningExplanation,
  submissionView,
  visibleSubmission,
} from "./service";
import { historyOf, listOwned } from "./store";

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(2048).optional(),
};

const listQuery = z.strictObject({ status: z.enum(SUBMISSION_STATUSES).optional(), ...pageQuery });

const decisionBody = z
  .strictObject({
    decision: z.enum(["approve", "reject", "request_info"]),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(4000)
      .optional()
      .meta({ description: "required to `reject` or to `request_info`" }),
  })
  .superRefine((value, ctx) => {
    if (value.decision !== "approve" && !value.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        params: { text: text("驳回或要求补正时必须说明理由", "a reason is required to reject or request information") },
      });
    }
  })
  .meta({ id: "Decision" });

const supplementBody = z
  .strictObject({
    payload: z
      .record(z.string(), z.unknown())
      .meta({ description: "merged into the stored payload: objects key by key, arrays and values replaced" }),
    note: z.string().trim().min(1).max(4000).optional(),
  })
  .meta({ id: "Supplement" });

const withdrawBody = z
  .strictObject({ reason: z.string().trim().min(1).max(4000).optional() })
  .meta({ id: "Withdrawal" })
  .optional();

/** Request bodies of the change routes, for the OpenAPI document. */
const CHANGE_EXAMPLES = {
  withdraw: { withReason: { reason: "No longer needed: the project was cancelled." } },
  decide: {
    approve: { decision: "approve" },
    requestInfo: { decision: "request_info", reason: "Attach the missing document the screening names." },
  },
};

/** A supplement that supplies a whole valid payload again (any part of one merges the same way). */
function supplementExamples(examples: Readonly<Record<string, unknown>>) {
  const [payload] = Object.values(examples);
  return { wholePayload: { payload, note: "The complete application, as asked for." } };
}

/** Objects merge key by key; arrays and values replace. Own properties only (no prototype keys). */
export function mergePatch(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const keys = new Set([...Object.keys(base), ...Object.keys(patch)]);
  return Object.fromEntries(
    [...keys].map((k) => [k, Object.hasOwn(patch, k) ? mergePatch(base[k], patch[k]) : base[k]]),
  );
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The shared routes of an intake under `/v1/<collection>`. */
export function submissionRoutes(capability: IntakeCapability): Route<never, never>[] {
  const base = `/v1/${capability.collection}`;
  const name = resourceName(capability);
  const what = capability.title.en;
  const readScopes = [SCOPES.submissionsRead, ...REVIEW_SCOPES];
  const tag = {
    name: capability.type.replace(/-/g, " "),
    description: `${capability.title["zh-CN"]} (${what}): a partner files an application and follows it; screening routes it to the reviewing agency, whose reviewer decides.`,
  };
  const { submission, page } = submissionSchemas(capability, capability.screeningSchema ?? openScreeningSchema);
  /** The answer of every change: the submission as it is now, with its new ETag. */
  const changed = {
    response: submission,
    successStatus: 200,
    successHeaders: ["location", "etag"],
    ifMatch: true,
    idempotent: true,
    tag,
  } as const;
  /** A change of an existing submission by its owner or reviewer: idempotent, If-Match, lifecycle. */
  const change = (
    ctx: RequestContext<unknown, unknown>,
    action: Action,
    reason: string | null,
    patch?: ActionRequest["patch"],
  ) =>
    idempotent(ctx, "POST", `${base}/${ctx.params.id}/${action}`, (claim) =>
      act({
        capability,
        id: ctx.params.id ?? "",
        caller: ctx.caller,
        action,
        ifMatch: ctx.headers["if-match"],
        reason,
        at: ctx.now,
        claim,
        ...(patch ? { patch } : {}),
      }),
    );
  const routes = [
    route(
      {
        method: "POST",
        path: base,
        scopes: [SCOPES.submissionsWrite],
        operationId: `create${name}`,
        summary: `File a new ${what}`,
        description:
          "Stores the application and answers at once (202, status `received`, with `Location` and `ETag`); screening runs next and moves it on (follow `GET` or the event feed).",
        tag,
        body: requestSchemaOf(capability),
        ...(capability.examples ? { examples: capability.examples } : {}),
        response: submission,
        successStatus: 202,
        successHeaders: ["location", "etag"],
        idempotent: true,
      },
      (ctx) =>
        idempotent(ctx, "POST", base, (claim) => createSubmission(capability, ctx.caller, ctx.body, ctx.now, claim)),
    ),
    route(
      {
        method: "GET",
        path: base,
        scopes: [SCOPES.submissionsRead],
        operationId: `list${name}s`,
        summary: `The caller's own ${what} submissions, newest first`,
        description:
          "One page of the caller's own submissions, optionally of one status; personal fields are masked. Pass `nextCursor` as `cursor` for the next page.",
        tag,
        query: listQuery,
        response: page,
        successStatus: 200,
      },
      async (ctx) => {
        const page = await listOwned(
          ctx.caller.id,
          capability.type,
          ctx.query.status,
          ctx.query.limit,
          ctx.query.cursor,
        );
        return {
          status: 200,
          body: { items: page.items.map((r) => submissionView(capability, r, true)), nextCursor: page.nextCursor },
        };
      },
    ),
    route(
      {
        method: "GET",
        path: `${base}/{id}`,
        scopes: readScopes,
        operationId: `get${name}`,
        summary: `One ${what} submission, with its ETag`,
        description:
          "The whole submission, to its owner and to a reviewer of the routed agency (anyone else gets a 404); its `ETag` is what `If-Match` of a change needs. `?explain=true` adds `explanation`, the screening's trace.",
        tag,
        query: explainQuery,
        response: submission,
        successStatus: 200,
        successHeaders: ["etag"],
      },
      async (ctx) => {
        const record = await visibleSubmission(capability, ctx.params.id ?? "", ctx.caller);
        const view = submissionView(capability, record);
        const body = ctx.query.explain ? { ...view, explanation: screeningExplanation(capability, record) } : view;
        return { status: 200, body, headers: { etag: `"v${record.version}"` } };
      },
    ),
    route(
      {
        method: "GET",
        path: `${base}/{id}/history`,
        scopes: readScopes,
        operationId: `get${name}History`,
        summary: "The audit trail: who changed what, when, and why",
        description:
          "Every change of the submission, oldest first: the actor, the action, the statuses and the reason.",
        tag,
        response: historySchema,
        successStatus: 200,
      },
      async (ctx) => {
        const record = await visibleSubmission(capability, ctx.params.id ?? "", ctx.caller);
        return { status: 200, body: { submissionId: record.id, items: await historyOf(record.id) } };
      },
    ),
    route(
      {
        method: "POST",
        path: `${base}/{id}/withdraw`,
        scopes: [SCOPES.submissionsWrite],
        operationId: `withdraw${name}`,
        summary: "Withdraw a submission that is not final (owner; If-Match required)",
        description:
          "The owner withdraws a submission that is not final; the body (a reason) may be left out. `If-Match` must carry the current `ETag`.",
        body: withdrawBody,
        examples: CHANGE_EXAMPLES.withdraw,
        ...changed,
      },
      (ctx) => change(ctx, "withdraw", ctx.body?.reason ?? null),
    ),
    route(
      {
        method: "POST",
        path: `${base}/{id}/supplements`,
        scopes: [SCOPES.submissionsWrite],
        operationId: `supplement${name}`,
        summary: "Supply what screening or the reviewer asked for; it is screened again",
        description:
          "The owner of a `needs_info` submission supplies what was asked for: `payload` is merged into the stored payload (objects key by key, arrays and values replaced), the result must be a valid payload, and the submission goes back to `received` for screening. `If-Match` must carry the current `ETag`.",
        body: supplementBody,
        ...(capability.examples ? { examples: supplementExamples(capability.examples) } : {}),
        ...changed,
      },
      (ctx) =>
        change(ctx, "supplement", ctx.body.note ?? null, (current) => ({
          payload: parseOrThrow(
            capability.payload,
            mergePatch(current.payload, ctx.body.payload),
            ctx.locale,
            "body.payload",
          ),
          receivedAt: ctx.now.toISOString(),
          screening: null,
          rulesVersion: null,
          summary: null,
          due: null,
        })),
    ),
    route(
      {
        method: "POST",
        path: `${base}/{id}/decisions`,
        scopes: REVIEW_SCOPES,
        operationId: `decide${name}`,
        summary: "A reviewer of the routed agency approves, rejects or asks for information (If-Match required)",
        description:
          "A reviewer of the agency the submission is routed to decides on it while it is `under_review`; a reason is required to reject or to ask for information, and no reviewer decides on a submission it filed itself. `If-Match` must carry the current `ETag`.",
        body: decisionBody,
        examples: CHANGE_EXAMPLES.decide,
        ...changed,
      },
      (ctx) => change(ctx, ctx.body.decision satisfies Action, ctx.body.reason ?? null),
    ),
  ];
  // An intake's own routes (e.g. triage) belong to its tag too.
  const extra = (capability.extraRoutes ?? []).map((r) => ({ tag, ...r }));
  return [...routes, ...extra] as Route<never, never>[];
}
