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

/** The shared empty list of combined results (never written to: a list gets its own array once it has items). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * Combines results where `decisive` settles the whole (one ineligible
 * condition for `allOf`, one eligible alternative for `anyOf`); otherwise any
 * undetermined result makes the whole undetermined, with every missing fact
 * once; otherwise `fallback`. Reasons are those of the deciding results; the
 * trace keeps every result's. Plain loops: this runs tens of thousands of
 * times a second in the eligibility checks.
 */
function combine(results: readonly RuleResult[], decisive: Outcome, fallback: Outcome): RuleResult {
  if (results.length === 1 && results[0]) return results[0];
  let hasDecisive = false;
  let hasOpen = false;
  for (const r of results) {
    if (r.outcome === decisive) hasDecisive = true;
    else if (r.outcome === "undetermined") hasOpen = true;
  }
  const outcome: Outcome = hasDecisive ? decisive : hasOpen ? "undetermined" : fallback;
  const deciding: Outcome | null = hasDecisive ? decisive : hasOpen ? "undetermined" : null;
  // Arrays are made only when something goes in: most results carry no trace and no missing facts.
  let reasons: Reason[] = NONE;
  let missingFacts: string[] = NONE;
  let trace: TraceEntry[] = NONE;
  for (const r of results) {
    if (r.trace.length) {
      if (trace === NONE) trace = [...r.trace];
      else trace.push(...r.trace);
    }
    if (deciding !== null && r.outcome !== deciding) continue;
    if (r.reasons.length) {
      if (reasons === NONE) reasons = [...r.reasons];
      else reasons.push(...r.reasons);
    }
    if (outcome === "undetermined") {
      for (const f of r.missingFacts) {
        if (missingFacts === NONE) missingFacts = [f];
        else if (!missingFacts.includes(f)) missingFacts.push(f);
      }
    }
  }
  return { outcome, reasons, missingFacts, trace };
}

/**
 * All conditions must hold. One failed condition makes the whole `ineligible`
 * whatever else is missing; otherwise any undetermined condition makes it
 * `undetermined`, listing every missing fact once.
 */
export function allOf(results: readonly RuleResult[]): RuleResult {
  return combine(results, "ineligible", "eligible");
}

/** At least one alternative must hold: eligible if any is, ineligible only if all are. */
export function anyOf(results: readonly RuleResult[]): RuleResult {
  return combine(results, "eligible", "ineligible");
}

const NEGATED: Record<Outcome, Outcome> = {
  eligible: "ineligible",
  ineligible: "eligible",
  undetermined: "undetermined",
};

/** The negation: holds where the condition fails, fails where it holds, open where it is open. */
export function not(result: RuleResult): RuleResult {
  // Field by field rather than a spread: this runs several times in every data-export check.
  const { reasons, missingFacts, trace } = result;
  return { outcome: NEGATED[result.outcome], reasons, missingFacts, trace };
}
