/**
 * Three-valued conditions on single facts, and the wrapper that turns a
 * condition into a cited rule. "eligible" reads "the condition holds".
 */
import type { Text } from "../i18n";
import type { Citation, Outcome, ParameterValue, RuleResult } from "../rules";

function result(outcome: Outcome, missingFacts: string[] = []): RuleResult {
  return { outcome, reasons: [], missingFacts, trace: [] };
}

export const HOLDS: RuleResult = result("eligible");
export const FAILS: RuleResult = result("ineligible");

/** Cannot be told without these facts. */
export function unknown(...paths: string[]): RuleResult {
  return result("undetermined", paths);
}

/** A yes/no fact; absent is unknown. */
export function isTrue(value: boolean | undefined, path: string): RuleResult {
  if (value === undefined) return unknown(path);
  return value ? HOLDS : FAILS;
}

/** The negation: holds where the condition fails, unknown where it is unknown. */
export function not(condition: RuleResult): RuleResult {
  const flipped: Record<Outcome, Outcome> = {
    eligible: "ineligible",
    ineligible: "eligible",
    undetermined: "undetermined",
  };
  return { ...condition, outcome: flipped[condition.outcome] };
}

/** 以上: the count reaches the threshold (the threshold itself included). */
export function atLeast(count: number | undefined, threshold: number, path: string): RuleResult {
  if (count === undefined) return unknown(path);
  return count >= threshold ? HOLDS : FAILS;
}

/** 不满: the count stays under the threshold (the threshold itself excluded). */
export function below(count: number | undefined, threshold: number, path: string): RuleResult {
  return not(atLeast(count, threshold, path));
}

/** 超过: the count goes beyond the threshold (the threshold itself excluded). */
export function above(count: number | undefined, threshold: number, path: string): RuleResult {
  return atLeast(count, threshold + 1, path);
}

let tracing = true;

/**
 * Evaluates with or without building trace entries (the eligibility checks
 * ask for a trace only with `?explain=true`). Evaluation is synchronous, so
 * the setting cannot leak into another evaluation.
 */
export function withTracing<T>(on: boolean, evaluate: () => T): T {
  const before = tracing;
  tracing = on;
  try {
    return evaluate();
  } finally {
    tracing = before;
  }
}

/** Whether the evaluation under way builds trace entries. */
export function tracingEnabled(): boolean {
  return tracing;
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
 * applies or may apply, and leaves one trace entry either way.
 */
export function rule(spec: RuleSpec, condition: RuleResult): RuleResult {
  const { code, message, citation, inputs, parameters = [] } = spec;
  const { outcome } = condition;
  return {
    outcome,
    reasons: outcome === "ineligible" ? [] : [{ code, message, citation }],
    missingFacts: outcome === "undetermined" ? condition.missingFacts : [],
    trace: tracing ? [...condition.trace, { rule: code, outcome, inputs: known(inputs), parameters, citation }] : [],
  };
}

/** The inputs that were known: an unknown fact is absent, as in the facts themselves (and storable as JSON). */
function known(inputs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in inputs) if (inputs[key] !== undefined) out[key] = inputs[key];
  return out;
}

/** One possible conclusion with the rule that leads to it. */
export interface Branch<T> {
  conclusion: T;
  result: RuleResult;
}

export interface Resolution<T> {
  /** The first branch that applies, when no earlier undetermined branch could lead elsewhere. */
  decided: Branch<T> | null;
  /** The branches that were read, in order, up to the deciding one. */
  considered: Branch<T>[];
  missingFacts: string[];
}

/**
 * Default logic in priority order, as the texts are written ("属于本规定第三条、
 * 第四条、第五条、第六条规定情形的，从其规定"): the first branch that applies
 * wins. An undetermined branch before it leaves the answer open, unless it
 * would lead to the same conclusion (`same`). When open, the missing facts
 * are those of the undetermined branches up to the last one that could lead
 * elsewhere: facts that cannot change the answer are not asked for.
 */
export function firstApplicable<T>(branches: readonly Branch<T>[], same: (a: T, b: T) => boolean): Resolution<T> {
  const considered: Branch<T>[] = [];
  const open: Branch<T>[] = [];
  for (const branch of branches) {
    considered.push(branch);
    if (branch.result.outcome === "eligible") {
      const lastElsewhere = open.findLastIndex((b) => !same(b.conclusion, branch.conclusion));
      if (lastElsewhere < 0) return { decided: branch, considered, missingFacts: [] };
      return { decided: null, considered, missingFacts: missingIn(open.slice(0, lastElsewhere + 1)) };
    }
    if (branch.result.outcome === "undetermined") open.push(branch);
  }
  return { decided: null, considered, missingFacts: missingIn(open) };
}

function missingIn(branches: readonly Branch<unknown>[]): string[] {
  return [...new Set(branches.flatMap((b) => b.result.missingFacts))];
}
