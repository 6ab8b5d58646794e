/**
 * 财关税〔2021〕24号 （一）研发费用标准：作为独立法人的，其投资总额不低于800万
 * 美元；作为公司内设部门或分公司的非独立法人的，其研发总投入不低于800万美元；
 *
 * Two cases by legal form, each with its own figure (不低于 includes it).
 * Without the legal form the test is still decided when both figures give
 * the same answer.
 */
import { text, usd } from "../i18n";
import {
  check,
  conclude,
  defineCondition,
  inForceOn,
  type ParameterValue,
  perVersion,
  type RuleContext,
  type RuleResult,
  reaches,
} from "../rules";
import type { ImportTaxFactReaders } from "./facts";
import { INDEPENDENT_LEGAL_ENTITY } from "./legal-form";
import { MIN_RD_INVESTMENT_USD, MIN_TOTAL_INVESTMENT_USD } from "./parameters";

export function investment<S>(facts: ImportTaxFactReaders<S>): (context: RuleContext<S>) => RuleResult {
  const conditions = perVersion((total: ParameterValue<number>, rd: ParameterValue<number>) => {
    const id = "import-tax-exemption.investment";
    const asEntity = text(
      `投资总额不低于${usd(total.value)["zh-CN"]}`,
      `total investment of at least ${usd(total.value).en}`,
    );
    const asPart = text(
      `研发总投入不低于${usd(rd.value)["zh-CN"]}`,
      `total R&D investment of at least ${usd(rd.value).en}`,
    );
    return {
      entity: defineCondition(id, asEntity, total.citation, [facts.legalForm, facts.totalInvestmentUsd]),
      part: defineCondition(id, asPart, rd.citation, [facts.legalForm, facts.rdInvestmentUsd]),
      either: defineCondition(
        id,
        text(
          `独立法人${asEntity["zh-CN"]}，内设部门或分公司${asPart["zh-CN"]}`,
          `${asEntity.en} (legal entity) or ${asPart.en} (internal department or branch)`,
        ),
        total.citation,
        [facts.legalForm, facts.totalInvestmentUsd, facts.rdInvestmentUsd],
      ),
    };
  });

  return (context) => {
    const { subject, asOf } = context;
    const total = inForceOn(MIN_TOTAL_INVESTMENT_USD, asOf);
    const rd = inForceOn(MIN_RD_INVESTMENT_USD, asOf);
    const { entity, part, either } = conditions(total, rd);
    const form = facts.legalForm.read(subject);
    // 作为独立法人的：投资总额
    if (form === INDEPENDENT_LEGAL_ENTITY) return check(context, entity, (_, v) => reaches(v, total.value), [total]);
    // 作为公司内设部门或分公司的非独立法人的：研发总投入
    if (form !== undefined) return check(context, part, (_, v) => reaches(v, rd.value), [rd]);
    const t = facts.totalInvestmentUsd.read(subject);
    const r = facts.rdInvestmentUsd.read(subject);
    if (t !== undefined && r !== undefined && reaches(t, total.value) === reaches(r, rd.value))
      return conclude(context, either, reaches(t, total.value) ? "eligible" : "ineligible", [total, rd]);
    const missing = either.facts.filter((f) => f.read(subject) === undefined);
    return conclude(context, either, "undetermined", [total, rd], missing);
  };
}
