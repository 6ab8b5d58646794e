import {
  type Action,
  allowedFrom,
  chinaToday,
  findTransition,
  isFinal,
  maskedForList,
  RULES_VERSION,
  type SubmissionStatus,
  text,
  withSources,
} from "@rdc/core";
import type { Caller } from "../auth/caller";
import { ConditionFailed, transact, WriteConflict } from "../dynamo/transact";
import { problems } from "../http/problem";
import type { HttpResult } from "../http/stack";
import type { IdempotencyClaim } from "../idempotency/idempotency";
import { newUlid } from "../ids";
import { personalFields } from "../schema/personal";
import type { IntakeCapability } from "./capability";
import { type ChangeRequest, changeItems, creationItems } from "./changes";
import { canSee, etagOf, type SubmissionRecord, versionFromEtag } from "./model";
import { getSubmission } from "./store";

/**
 * The payload as every list view shows it: core's masking policy applied to
 * the fields the intake's schema marks personal (no contact data, names as
 * initials, document numbers as `*` and their last 3, no birth dates).
 */
export function listPayload(capability: IntakeCapability, payload: unknown): unknown {
  return maskedForList(payload, personalFields(capability.payload));
}

/**
 * The submission as the API shows it: whole on the single-resource GET (to
 * the owner and the routed reviewer), masked in lists (`list`).
 */
export function submissionView(capability: IntakeCapability, record: SubmissionRecord, list = false) {
  const self = `/v1/${capability.collection}/${record.id}`;
  const links: Record<string, string> = { self, history: `${self}/history` };
  if (!isFinal(record.status)) links.withdraw = `${self}/withdraw`;
  if (record.status === "needs_info") links.supplements = `${self}/supplements`;
  if (record.status === "under_review") links.decisions = `${self}/decisions`;
  return {
    id: record.id,
    type: record.type,
    status: record.status,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    receivedAt: record.receivedAt,
    payload: list ? listPayload(capability, record.payload) : record.payload,
    personalDataErasedAt: record.personalDataErasedAt ?? null,
    screening: record.screening,
    rulesVersion: record.rulesVersion ?? null,
    rulesChange: record.rulesChange ?? null,
    summary: record.summary,
    agency: record.agency,
    office: record.office,
    dueDate: record.status === "under_review" ? (record.due?.date ?? null) : null,
    due: record.status === "under_review" ? record.due : null,
    links,
  };
}

/**
 * Why the screening decided as it did, in the eligibility check's trace
 * format: the stored payload screened again with the trace on (the trace is
 * never stored). `sameRules` says whether the rules in force now are those the
 * screening was made under; when they are not, the trace shows what the
 * current rules would decide. Null before the first screening.
 */
export function screeningExplanation(capability: IntakeCapability, record: SubmissionRecord) {
  if (record.screening === null) return null;
  const receivedOn = chinaToday(new Date(record.receivedAt));
  const { trace = [] } = capability.screen(record.payload, { receivedOn, explain: true });
  return withSources({
    rulesVersion: RULES_VERSION,
    screenedUnderRulesVersion: record.rulesVersion ?? null,
    sameRules: record.rulesVersion === RULES_VERSION,
    trace,
  });
}

function submissionResult(capability: IntakeCapability, record: SubmissionRecord, status: number): HttpResult {
  return {
    status,
    body: submissionView(capability, record),
    headers: { etag: etagOf(record.version), location: `/v1/${capability.collection}/${record.id}` },
  };
}

export async function createSubmission(
  capability: IntakeCapability,
  caller: Caller,
  payload: unknown,
  at: Date,
  claim: IdempotencyClaim | null,
): Promise<HttpResult> {
  const record = receivedRecord(capability, newUlid(at.getTime()), caller.id, payload, at);
  const result = submissionResult(capability, record, 202);
  const { items } = creationItems(record, { kind: "partner", id: caller.id }, at);
  await transact(claim ? [...items, claim.complete(result)] : items);
  return result;
}

/** A submission as filed: `received`, version 1, nothing screened yet. */
export function receivedRecord(
  capability: IntakeCapability,
  id: string,
  owner: string,
  payload: unknown,
  at: Date,
): SubmissionRecord {
  const now = at.toISOString();
  return {
    id,
    type: capability.type,
    owner,
    status: "received",
    version: 1,
    createdAt: now,
    updatedAt: now,
    receivedAt: now,
    payload,
    screening: null,
    rulesVersion: null,
    summary: null,
    agency: null,
    office: null,
    due: null,
    historyCount: 1,
  };
}

/** The submission if the caller may see it (and it is of this capability), else a 404. */
export async function visibleSubmission(capability: IntakeCapability, id: string, caller: Caller) {
  const record = await getSubmission(id);
  if (!record || record.type !== capability.type || !canSee(record, caller)) {
    throw problems.notFound(text("申请不存在。", "No such submission."));
  }
  return record;
}

export interface ActionRequest {
  capability: IntakeCapability;
  id: string;
  caller: Caller;
  action: Action;
  ifMatch: string | undefined;
  reason: string | null;
  at: Date;
  claim: IdempotencyClaim | null;
  /** Extra fields the action sets, from the current record (a supplement's merged payload), once the change is allowed. */
  patch?: (current: SubmissionRecord) => ChangeRequest["patch"];
  /** For `approve` etc.: the status to move to when an action allows several. */
  to?: SubmissionStatus;
}

/**
 * A partner's or reviewer's change to an existing submission: visibility
 * (404), who may act (403), If-Match (428/412), the lifecycle (409), then one
 * transaction conditional on the version that was read (a lost race is a 412).
 */
export async function act(request: ActionRequest): Promise<HttpResult> {
  const { capability, caller, action, at } = request;
  const record = await visibleSubmission(capability, request.id, caller);
  const reviewer = action === "approve" || action === "reject" || action === "request_info";
  if (reviewer ? caller.agency !== record.agency : record.owner !== caller.id) {
    throw problems.forbidden(reviewer ? [`review:${record.agency ?? "?"}`] : ["owner"]);
  }
  if (reviewer && record.owner === caller.id) throw problems.ownSubmission();
  if (request.ifMatch === undefined) throw problems.preconditionRequired();
  if (versionFromEtag(request.ifMatch) !== record.version) throw problems.preconditionFailed(etagOf(record.version));
  const transition = findTransition(record.status, action, request.to);
  if (!transition) {
    throw problems.conflict(
      text(
        `当前状态 ${record.status} 不允许此操作（${action}）。`,
        `The action ${action} is not allowed in status ${record.status}.`,
      ),
      {
        currentStatus: record.status,
        allowedTransitions: allowedFrom(record.status).filter((t) => t.actor !== "system"),
      },
    );
  }
  const leavingReview = record.status === "under_review";
  const approved = transition.to === "approved" ? capability.onApproved?.(record.payload, record.screening) : null;
  const { next, items } = changeItems({
    current: record,
    transition,
    actor: { kind: reviewer ? "reviewer" : "partner", id: caller.id },
    reason: request.reason,
    at,
    patch: request.patch?.(record) ?? {},
    unwatch: leavingReview ? ["review_due"] : [],
    watch: approved ?? null,
    personalFields: personalFields(capability.payload),
  });
  const result = submissionResult(capability, next, 200);
  try {
    await transact(request.claim ? [...items, request.claim.complete(result)] : items);
  } catch (error) {
    if ((error instanceof ConditionFailed && error.index === 0) || error instanceof WriteConflict) {
      const latest = await getSubmission(record.id);
      throw problems.preconditionFailed(etagOf(latest?.version ?? record.version + 1));
    }
    throw error;
  }
  return result;
}
