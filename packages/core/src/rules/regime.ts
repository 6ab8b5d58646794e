/**
 * Which rules govern a scheme on a date. A scheme's conditions are only
 * evaluated in a period whose rules are encoded; outside it the answer says
 * so instead of applying figures from another period.
 */
import { type Text, text } from "../i18n";
import type { Citation } from "./citation";
import { type RuleContext, traceEntry } from "./condition";
import type { RuleResult } from "./outcome";
import { type Parameter, type ParameterValue, valueAsOf } from "./parameter";

/** A period whose rules are encoded, or one whose rules exist but are not (with why). */
export type RegimePeriod = { encoded: true } | { encoded: false; note: Text };

export interface Regime {
  id: string;
  /** The scheme or measure, for messages: 高新技术企业认定. */
  name: Text;
  periods: Parameter<RegimePeriod>;
  /**
   * Before the first period: `null` when the scheme did not exist (ineligible),
   * or a note when earlier rules existed that are not encoded (undetermined).
   */
  before: Text | null;
}

/** Evaluates `conditions` under the rules in force on `asOf` (passing the period), or says why it cannot. */
export function underRegime<S>(
  context: RuleContext<S>,
  regime: Regime,
  conditions: (rules: ParameterValue<RegimePeriod>) => RuleResult,
): RuleResult {
  const { asOf } = context;
  const period = valueAsOf(regime.periods, asOf);
  const first = regime.periods.versions[0];
  if (period) {
    const { value } = period;
    if (!value.encoded) return outside(context, regime, "undetermined", "not_encoded", value.note, period.citation);
    const result = conditions(period);
    if (!context.explain) return result;
    const entry = traceEntry(context, regime.id, result.outcome, [], [period], period.citation, { asOf });
    // Field by field rather than a spread: every program and measure of a traced check passes here.
    const { outcome, reasons, missingFacts } = result;
    return { outcome, reasons, missingFacts, trace: [entry, ...result.trace] };
  }
  if (first && asOf < first.from && regime.before)
    return outside(context, regime, "undetermined", "not_encoded", regime.before, first.citation);
  const since = first ? first.from : "";
  const message = text(
    `${regime.name["zh-CN"]}在${asOf}未施行（自${since}起施行）`,
    `${regime.name.en} was not in force on ${asOf} (in force from ${since})`,
  );
  return outside(context, regime, "ineligible", "not_in_force", message, first?.citation);
}

function outside<S>(
  context: RuleContext<S>,
  regime: Regime,
  outcome: "ineligible" | "undetermined",
  status: string,
  message: Text,
  citation: Citation | undefined,
): RuleResult {
  if (!citation) throw new Error(`regime ${regime.id} has no period`);
  return {
    outcome,
    reasons: [{ code: `${regime.id}.${status}`, message, citation }],
    missingFacts: [],
    trace: context.explain ? [traceEntry(context, regime.id, outcome, [], [], citation, { asOf: context.asOf })] : [],
  };
}
