/**
 * 第十一条 （六）近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%；
 */
import { text } from "../i18n";
import { check, defineCondition, inForceOn, type ParameterValue, perVersion, shareAtLeast } from "../rules";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { MIN_HIGH_TECH_INCOME_PERCENT } from "./parameters";

export function highTechIncome<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const condition = perVersion((share: ParameterValue<number>) =>
    defineCondition(
      "high-tech-enterprise.high-tech-income",
      text(
        `近一年高新技术产品（服务）收入占企业同期总收入的比例不低于${share.value}%`,
        `high-tech product (service) income of the latest year at least ${share.value}% of total income`,
      ),
      share.citation,
      [facts.highTechIncomeCny, facts.totalIncomeCny],
    ),
  );
  return (context) => {
    const share = inForceOn(MIN_HIGH_TECH_INCOME_PERCENT, context.asOf);
    return check(context, condition(share), (income, total) => shareAtLeast(income, total, share.value), [share]);
  };
}
