/**
 * 财关税〔2021〕24号: 外资研发中心应同时满足以下条件 — the policy is for
 * foreign-invested R&D centers, centers set up by foreign investment; so are
 * the 2026 measures (财关税〔2026〕8号).
 */
import { text } from "../i18n";
import { defineCondition, type IsoDate, isTrue, type RuleContext, type RuleResult } from "../rules";
import type { ImportTaxFactReaders } from "./facts";
import { CONDITIONS_2021, CONDITIONS_2026, PERIOD_2026_FROM } from "./instrument";

export function foreignInvestedCenter<S>(
  facts: ImportTaxFactReaders<S>,
): (context: RuleContext<S>, periodFrom: IsoDate) => RuleResult {
  const requires = text("外商投资设立的研发中心", "an R&D center set up by foreign investment");
  const id = "import-tax-exemption.foreign-invested";
  const in2021 = defineCondition(id, requires, CONDITIONS_2021, [facts.foreignInvested]);
  const in2026 = defineCondition(id, requires, CONDITIONS_2026, [facts.foreignInvested]);
  return (context, periodFrom) => isTrue(context, periodFrom >= PERIOD_2026_FROM ? in2026 : in2021);
}
