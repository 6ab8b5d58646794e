import { type Action, SUBMISSION_STATUSES, text } from "@rdc/core";
import * as z from "zod";
import { REVIEW_SCOPES, SCOPES } from "../auth/caller";
import { type RequestContext, type Route, route } from "../http/stack";
import { parseOrThrow } from "../http/validation";
import { idempotent } from "../idempotency/idempotency";
import { explainQuery } from "../schema/common";
import type { IntakeCapability } from "./capability";
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
    reason: z.string().trim().min(1).max(4000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision !== "approve" && !value.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        params: { text: text("驳回或要求补正时必须说明理由", "a reason is required to reject or request information") },
      });
    }
  });

const supplementBody = z.strictObject({
  payload: z.record(z.string(), z.unknown()),
  note: z.string().trim().min(1).max(4000).optional(),
});

const withdrawBody = z.strictObject({ reason: z.string().trim().min(1).max(4000).optional() }).optional();

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
  const name = capability.collection.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const readScopes = [SCOPES.submissionsRead, ...REVIEW_SCOPES];
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
        operationId: `create_${name}`,
        summary: `File a new ${capability.title.en}`,
        body: capability.payload,
        successStatus: 202,
      },
      (ctx) =>
        idempotent(ctx, "POST", base, (claim) => createSubmission(capability, ctx.caller, ctx.body, ctx.now, claim)),
    ),
    route(
      {
        method: "GET",
        path: base,
        scopes: [SCOPES.submissionsRead],
        operationId: `list_${name}`,
        summary: `The caller's own ${capability.title.en} submissions, newest first`,
        query: listQuery,
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
        operationId: `get_${name}`,
        summary: `One ${capability.title.en} submission, with its ETag; \`?explain=true\` adds the screening's trace`,
        query: explainQuery,
        successStatus: 200,
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
        operationId: `history_${name}`,
        summary: "The audit trail: who changed what, when, and why",
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
        operationId: `withdraw_${name}`,
        summary: "Withdraw a submission that is not final (owner; If-Match required)",
        body: withdrawBody,
        successStatus: 200,
      },
      (ctx) => change(ctx, "withdraw", ctx.body?.reason ?? null),
    ),
    route(
      {
        method: "POST",
        path: `${base}/{id}/supplements`,
        scopes: [SCOPES.submissionsWrite],
        operationId: `supplement_${name}`,
        summary: "Supply what screening or the reviewer asked for (merged into the payload); it is screened again",
        body: supplementBody,
        successStatus: 200,
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
        operationId: `decide_${name}`,
        summary: "A reviewer of the routed agency approves, rejects or asks for information (If-Match required)",
        body: decisionBody,
        successStatus: 200,
      },
      (ctx) => change(ctx, ctx.body.decision satisfies Action, ctx.body.reason ?? null),
    ),
  ];
  return [...routes, ...(capability.extraRoutes ?? [])] as Route<never, never>[];
}
