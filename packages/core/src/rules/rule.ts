/**
 * Rules over results that are not a single condition on facts (a pathway, a
 * derived date): a three-valued result turned into a cited rule that explains
 * itself when it applies or may apply, and leaves one trace entry when asked.
 */
import type { Text } from "../i18n";
import type { Citation } from "./citation";
import type { Outcome, RuleResult } from "./outcome";
import type { ParameterValue } from "./parameter";

function result(outcome: Outcome, missingFacts: string[] = []): RuleResult {
  return { outcome, reasons: [], missingFacts, trace: [] };
}

export const HOLDS: RuleResult = Object.freeze(result("eligible")) as RuleResult;
export const FAILS: RuleResult = Object.freeze(result("ineligible")) as RuleResult;

/** Cannot be told without these facts. */
export function unknown(...paths: string[]): RuleResult {
  return result("undetermined", paths);
}

/** A yes/no fact; absent is unknown. */
export function holds(value: boolean | undefined, path: string): RuleResult {
  if (value === undefined) return unknown(path);
  return value ? HOLDS : FAILS;
}

export interface RuleSpec {
  /** Stable code, e.g. `decree16.art7.ciio`. */
  code: string;
  /** What the rule says, read when it applies or may apply. */
  message: Text;
  citation: Citation;
  inputs: Record<string, unknown>;
  parameters?: ParameterValue<unknown>[];
}

/**
 * A cited rule: its outcome is its condition's; it explains itself when it
 * applies or may apply, and leaves one trace entry when `explain` is asked.
 */
export function rule(context: { readonly explain: boolean }, spec: RuleSpec, condition: RuleResult): RuleResult {
  const { code, message, citation, inputs, parameters = [] } = spec;
  const { outcome } = condition;
  return {
    outcome,
    reasons: outcome === "ineligible" ? [] : [{ code, message, citation }],
    missingFacts: outcome === "undetermined" ? condition.missingFacts : [],
    trace: context.explain
      ? [...condition.trace, { rule: code, outcome, inputs: known(inputs), parameters, citation }]
      : [],
  };
}

/** The inputs that were known: an unknown fact is absent, as in the facts themselves (and storable as JSON). */
function known(inputs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in inputs) if (inputs[key] !== undefined) out[key] = inputs[key];
  return out;
}
