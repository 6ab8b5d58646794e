/**
 * What every measure of 国办函〔2023〕7号 has in common: it is in force from
 * the day the State Council forwarded it, and it is for foreign-invested R&D
 * centers, i.e. centers set up by foreign investment.
 */
import {
  defineCondition,
  defineParameter,
  getMeasure,
  isTrue,
  type Measure,
  type MeasureId,
  type RuleResult,
  text,
} from "@rdc/core";
import type { EvaluationContext } from "./context";
import { FACTS } from "./facts";
import type { Regime, RegimePeriod } from "./regime";

export function measureOf(id: MeasureId): Measure {
  const measure = getMeasure(id);
  if (!measure) throw new Error(`no measure ${id}`);
  return measure;
}

/** Measure 9 is `措施（九）`, `measure 9`. */
function measureName(measure: Measure) {
  return text(`措施${measure.citation.article ?? ""}`, `measure ${Number(measure.id.slice(1))}`);
}

export function measureRegime(measure: Measure): Regime {
  const { inForceFrom } = measure.citation;
  return {
    id: `${measure.id}.in-force`,
    name: measureName(measure),
    periods: defineParameter<RegimePeriod>(`${measure.id}.in-force`, measure.title, [
      { from: inForceFrom, value: { encoded: true }, citation: measure.citation },
    ]),
    before: null,
  };
}

/**
 * Whether the center is one the measure speaks of (外资研发中心): unknown
 * while `foreignInvested` is. Returns the check for one measure.
 */
export function foreignInvestedCenter(measure: Measure): (context: EvaluationContext) => RuleResult {
  const condition = defineCondition(
    "foreign-invested-rd-center",
    text(
      "外商投资设立的研发中心（外资研发中心）",
      "an R&D center set up by foreign investment (a foreign-invested R&D center)",
    ),
    measure.citation,
    [FACTS.foreignInvested],
  );
  return (context) => isTrue(context, condition);
}
