/**
 * 第十一条 （五）……其中，企业在中国境内发生的研究开发费用总额占全部研究开发
 * 费用总额的比例不低于60%；
 */
import { text } from "../i18n";
import { check, defineCondition, inForceOn, type ParameterValue, perVersion, shareAtLeast } from "../rules";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { MIN_RD_IN_CHINA_PERCENT } from "./parameters";

export function rdInChina<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const condition = perVersion((share: ParameterValue<number>) =>
    defineCondition(
      "high-tech-enterprise.rd-in-china",
      text(
        `在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于${share.value}%`,
        `R&D spent in China at least ${share.value}% of all R&D spend`,
      ),
      share.citation,
      [facts.rdSpendInChinaLast3YearsCny, facts.rdSpendLast3YearsCny],
    ),
  );
  return (context) => {
    const share = inForceOn(MIN_RD_IN_CHINA_PERCENT, context.asOf);
    return check(context, condition(share), (domestic, all) => shareAtLeast(domestic, all, share.value), [share]);
  };
}
