/**
 * From rule results to an intake's screening, the one way: each intake says
 * what a rule that is not met means for it, and the kernel does the rest.
 *
 *   met                        → an `info` finding (the reviewer reads why it holds)
 *   not met, `reject`          → `rejected`
 *   not met, `needs_info`      → `needs_info`, with every item to supply or correct
 *   not met, `flag`            → a `flagged` finding for the reviewer; no change of status
 *   not met, `{ route }`       → the submission takes that route instead (e.g. the normal route)
 *   undetermined               → `needs_info`, with every missing item
 *
 * The verdict is the most severe: rejected > needs_info > pass.
 */
import type { Text } from "../i18n";
import type { Citation } from "./citation";
import type { Outcome, RuleResult, TraceEntry } from "./outcome";

export type IfNotMet = "reject" | "needs_info" | "flag" | { route: string };

export const FINDING_SEVERITIES = ["rejected", "needs_info", "flagged", "rerouted", "info"] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** What one rule concluded, as a reviewer reads it. */
export interface Finding {
  code: string;
  outcome: Outcome;
  severity: FindingSeverity;
  message: Text;
  citation: Citation;
}

/** Something the partner must supply or correct before review; `field` is the payload's dotted path. */
export interface MissingItem {
  field: string;
  message: Text;
  citation: Citation;
}

/** What to supply or correct when a rule is not met (or cannot be told): the payload field and how. */
export interface Fix {
  field: string;
  message: Text;
  /** Defaults to the citation of the rule's first reason. */
  citation?: Citation;
}

/** A rule an intake checks, with what its failure means there. */
export interface ScreeningCheck {
  result: RuleResult;
  ifNotMet: IfNotMet;
  /** Items to supply or correct when the rule is not met (`needs_info`) or undetermined; by default its missing facts. */
  fixes?: readonly Fix[];
}

export type Verdict = "rejected" | "needs_info" | "pass";

export interface ScreeningOutcome {
  verdict: Verdict;
  /** The route a failed rule sent the submission to, if any (the first one). */
  route: string | null;
  findings: Finding[];
  missingItems: MissingItem[];
  trace: TraceEntry[];
}

function severityOf(check: ScreeningCheck): FindingSeverity {
  const { outcome } = check.result;
  if (outcome === "eligible") return "info";
  if (outcome === "undetermined") return "needs_info";
  const { ifNotMet } = check;
  if (ifNotMet === "reject") return "rejected";
  if (ifNotMet === "needs_info") return "needs_info";
  if (ifNotMet === "flag") return "flagged";
  return "rerouted";
}

function itemsOf(check: ScreeningCheck, citation: Citation | undefined): MissingItem[] {
  const fallback = citation as Citation;
  if (check.fixes?.length)
    return check.fixes.map((f) => ({ field: f.field, message: f.message, citation: f.citation ?? fallback }));
  const message = check.result.reasons[0]?.message;
  return check.result.missingFacts.map((field) => ({
    field,
    message: message ?? { "zh-CN": field, en: field },
    citation: fallback,
  }));
}

export function toScreening(checks: readonly ScreeningCheck[]): ScreeningOutcome {
  const findings: Finding[] = [];
  const missingItems: MissingItem[] = [];
  const trace: TraceEntry[] = [];
  let rejected = false;
  let needsInfo = false;
  let route: string | null = null;
  for (const check of checks) {
    const severity = severityOf(check);
    const { outcome, reasons } = check.result;
    for (const reason of reasons) findings.push({ code: reason.code, outcome, severity, ...pick(reason) });
    trace.push(...check.result.trace);
    if (severity === "rejected") rejected = true;
    if (severity === "needs_info") {
      needsInfo = true;
      for (const item of itemsOf(check, reasons[0]?.citation))
        if (!missingItems.some((m) => m.field === item.field && m.message === item.message)) missingItems.push(item);
    }
    if (severity === "rerouted" && route === null && typeof check.ifNotMet === "object") route = check.ifNotMet.route;
  }
  const verdict: Verdict = rejected ? "rejected" : needsInfo ? "needs_info" : "pass";
  return { verdict, route, findings, missingItems, trace };
}

function pick(reason: { message: Text; citation: Citation }) {
  return { message: reason.message, citation: reason.citation };
}
