/**
 * 国办函〔2023〕7号 （十）允许外资研发中心以团队为单位，为团队内外籍成员申请一次性
 * 不超过劳动合同期限的工作许可和不超过5年的工作类居留许可……
 *
 * A foreign-invested R&D center whose team has at least one foreign member
 * who needs a work permit (团队内外籍成员), from the day the measures took
 * effect.
 */
import { text } from "../i18n";
import { foreignInvestedRdCenter, measureRegime } from "../measures/benefits";
import { getMeasure } from "../measures/measures";
import {
  allOf,
  check,
  defineCondition,
  type Fact,
  type RuleContext,
  type RuleResult,
  reaches,
  underRegime,
} from "../rules";

export interface TeamWorkPermitFactReaders<S> {
  foreignInvested: Fact<S, boolean>;
  /** 团队内需办理工作许可的外籍成员, a count. */
  foreignMembers: Fact<S, number>;
}

/** The team route of measure （十）, bound to a capability's facts. Call once, at module level. */
export function teamWorkPermits<S>(facts: TeamWorkPermitFactReaders<S>): (context: RuleContext<S>) => RuleResult {
  const measure = getMeasure("M10");
  if (!measure) throw new Error("no measure M10");
  const regime = measureRegime(measure);
  const foreignInvested = foreignInvestedRdCenter(measure, facts.foreignInvested);
  const foreignMembers = defineCondition(
    "team-work-permit.foreign-members",
    text("团队内有需办理工作许可的外籍成员", "the team has foreign members who need work permits"),
    measure.citation,
    [facts.foreignMembers],
  );
  return (context) =>
    underRegime(context, regime, () =>
      allOf([foreignInvested(context), check(context, foreignMembers, (count) => reaches(count, 1))]),
    );
}
