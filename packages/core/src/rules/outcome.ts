import type { Text } from "../i18n";
import type { Citation } from "./citation";
import type { ParameterValue } from "./parameter";

export type Outcome = "eligible" | "ineligible" | "undetermined";

export interface Reason {
  code: string;
  message: Text;
  citation: Citation;
}

/** One rule as it was evaluated: what it read, which figures were in force, what it concluded. */
export interface TraceEntry {
  rule: string;
  outcome: Outcome;
  inputs: Record<string, unknown>;
  parameters: ParameterValue<unknown>[];
  citation: Citation;
}

export interface RuleResult {
  outcome: Outcome;
  reasons: Reason[];
  /** Dotted paths of the facts that would decide an `undetermined` result, e.g. `center.fullTimeRdStaff`. */
  missingFacts: string[];
  trace: TraceEntry[];
}

/**
 * All conditions must hold. One failed condition makes the whole `ineligible`
 * whatever else is missing; otherwise any undetermined condition makes it
 * `undetermined`, listing every missing fact once.
 */
export function allOf(results: readonly RuleResult[]): RuleResult {
  const failed = results.filter((r) => r.outcome === "ineligible");
  const open = results.filter((r) => r.outcome === "undetermined");
  const outcome: Outcome = failed.length ? "ineligible" : open.length ? "undetermined" : "eligible";
  const deciding = failed.length ? failed : open.length ? open : results;
  return {
    outcome,
    reasons: deciding.flatMap((r) => r.reasons),
    missingFacts: failed.length ? [] : unique(open.flatMap((r) => r.missingFacts)),
    trace: results.flatMap((r) => r.trace),
  };
}

/** At least one alternative must hold: eligible if any is, ineligible only if all are. */
export function anyOf(results: readonly RuleResult[]): RuleResult {
  const passed = results.filter((r) => r.outcome === "eligible");
  const open = results.filter((r) => r.outcome === "undetermined");
  const outcome: Outcome = passed.length ? "eligible" : open.length ? "undetermined" : "ineligible";
  const deciding = passed.length ? passed : open.length ? open : results;
  return {
    outcome,
    reasons: deciding.flatMap((r) => r.reasons),
    missingFacts: passed.length ? [] : unique(open.flatMap((r) => r.missingFacts)),
    trace: results.flatMap((r) => r.trace),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
