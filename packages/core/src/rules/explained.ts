/**
 * A rule over derived facts (years worked since a date, a state's treaty
 * relations on a date) whose message says what was compared: met, not met, or
 * undetermined with the paths that would decide it. One trace entry when asked.
 */
import type { Text } from "../i18n";
import type { Citation } from "./citation";
import type { Outcome, RuleResult } from "./outcome";
import type { ParameterValue } from "./parameter";

export interface Explanation {
  code: string;
  citation: Citation;
  message: Text;
  /** What the rule read; only the trace shows it, so a rule may build it only when the trace is asked for. */
  inputs?: Record<string, unknown>;
  parameters?: readonly ParameterValue<unknown>[];
}

const STATUS: Record<Outcome, string> = { eligible: "met", ineligible: "not_met", undetermined: "missing" };

export function explained(
  context: { readonly explain: boolean },
  outcome: Outcome,
  spec: Explanation,
  missingFacts: readonly string[] = [],
): RuleResult {
  const { code, citation, message } = spec;
  return {
    outcome,
    reasons: [{ code: `${code}.${STATUS[outcome]}`, message, citation }],
    missingFacts: outcome === "undetermined" ? [...missingFacts] : [],
    // What the rule read and the figures in force are copied only for the trace, and only when it is asked for.
    trace: context.explain
      ? [{ rule: code, outcome, inputs: { ...spec.inputs }, parameters: [...(spec.parameters ?? [])], citation }]
      : [],
  };
}
