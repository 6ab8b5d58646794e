/**
 * 第十一条 （四）企业从事研发和相关技术创新活动的科技人员占企业当年职工总数
 * 的比例不低于10%；
 *
 * 不低于 includes the figure: 10 of 100 is met, 99 of 1,000 is not.
 */
import { text } from "../i18n";
import { check, defineCondition, inForceOn, type ParameterValue, perVersion, shareAtLeast } from "../rules";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { MIN_SCI_TECH_STAFF_PERCENT } from "./parameters";

export function sciTechStaff<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const condition = perVersion((share: ParameterValue<number>) =>
    defineCondition(
      "high-tech-enterprise.sci-tech-staff",
      text(
        `从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于${share.value}%`,
        `S&T staff in R&D and related innovation at least ${share.value}% of the year's total staff`,
      ),
      share.citation,
      [facts.sciTechStaff, facts.totalStaff],
    ),
  );
  return (context) => {
    const share = inForceOn(MIN_SCI_TECH_STAFF_PERCENT, context.asOf);
    return check(context, condition(share), (staff, total) => shareAtLeast(staff, total, share.value), [share]);
  };
}
