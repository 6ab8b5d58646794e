/**
 * The life of an application, the same for every intake: statuses, who may
 * move it from where to where, and the events each change emits. Pure data
 * and functions; storage and HTTP live in @rdc/platform.
 */

export const SUBMISSION_STATUSES = [
  "received",
  "needs_info",
  "under_review",
  "approved",
  "rejected",
  "withdrawn",
  "not_required",
] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const FINAL_STATUSES: readonly SubmissionStatus[] = ["approved", "rejected", "withdrawn", "not_required"];

export function isFinal(status: SubmissionStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** The reviewing agencies, as in the reviewer scopes `review:CAC`, `review:GACC`, `review:MOHRSS`. */
export const AGENCIES = ["CAC", "GACC", "MOHRSS"] as const;
export type Agency = (typeof AGENCIES)[number];

export type Actor = "system" | "partner" | "reviewer";

export type Action =
  | "screen"
  | "rescreen"
  | "flag_rules_change"
  | "recompute_due"
  | "erase_personal_data"
  | "supplement"
  | "withdraw"
  | "approve"
  | "reject"
  | "request_info";

export interface Transition {
  from: SubmissionStatus;
  to: SubmissionStatus;
  actor: Actor;
  action: Action;
}

const NON_FINAL: readonly SubmissionStatus[] = ["received", "needs_info", "under_review"];

/** Every allowed change, in one table. */
export const TRANSITIONS: readonly Transition[] = [
  { from: "received", to: "under_review", actor: "system", action: "screen" },
  { from: "received", to: "needs_info", actor: "system", action: "screen" },
  { from: "received", to: "not_required", actor: "system", action: "screen" },
  { from: "received", to: "rejected", actor: "system", action: "screen" },
  { from: "needs_info", to: "received", actor: "partner", action: "supplement" },
  // When the rules change (see README "When a rule changes"): screened again, or flagged for the reviewer.
  { from: "needs_info", to: "received", actor: "system", action: "rescreen" },
  { from: "under_review", to: "under_review", actor: "system", action: "flag_rules_change" },
  // When a holiday notice is added (README "When a holiday notice is added"): a provisional due date counted again.
  { from: "under_review", to: "under_review", actor: "system", action: "recompute_due" },
  ...NON_FINAL.map((from): Transition => ({ from, to: "withdrawn", actor: "partner", action: "withdraw" })),
  { from: "under_review", to: "approved", actor: "reviewer", action: "approve" },
  { from: "under_review", to: "rejected", actor: "reviewer", action: "reject" },
  { from: "under_review", to: "needs_info", actor: "reviewer", action: "request_info" },
  // When the retention period of a final submission ends (README "Security and privacy"): its personal fields are erased.
  ...FINAL_STATUSES.map((from): Transition => ({ from, to: from, actor: "system", action: "erase_personal_data" })),
];

export function findTransition(from: SubmissionStatus, action: Action, to?: SubmissionStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.action === action && (to === undefined || t.to === to));
}

export function allowedFrom(from: SubmissionStatus): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from);
}

export const DOMAIN_EVENT_TYPES = [
  "submission.received",
  "submission.screened",
  "submission.status_changed",
  "submission.deadline_approaching",
  "submission.overdue",
  "submission.rules_changed",
  "submission.due_date_changed",
  "submission.personal_data_erased",
] as const;
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];
