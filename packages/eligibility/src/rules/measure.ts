/**
 * What every measure of 国办函〔2023〕7号 has in common (in force from the day
 * the State Council forwarded it; for foreign-invested R&D centers), as
 * @rdc/core encodes it (packages/core/src/measures/benefits.ts), bound to the
 * center's profile.
 */
import {
  foreignInvestedRdCenter,
  getMeasure,
  type Measure,
  type MeasureId,
  type RuleResult,
  measureRegime as regimeOfMeasure,
} from "@rdc/core";
import type { CenterProfile } from "../profile";
import type { EvaluationContext } from "./context";
import { FACTS } from "./facts";
import type { Regime } from "./regime";

export function measureOf(id: MeasureId): Measure {
  const measure = getMeasure(id);
  if (!measure) throw new Error(`no measure ${id}`);
  return measure;
}

export function measureRegime(measure: Measure): Regime {
  return regimeOfMeasure(measure);
}

/**
 * Whether the center is one the measure speaks of (外资研发中心): unknown
 * while `foreignInvested` is. Returns the check for one measure.
 */
export function foreignInvestedCenter(measure: Measure): (context: EvaluationContext) => RuleResult {
  return foreignInvestedRdCenter<CenterProfile>(measure, FACTS.foreignInvested);
}
