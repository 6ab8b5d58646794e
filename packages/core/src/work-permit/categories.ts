/**
 * 外专发〔2017〕40号 附件3 外国人来华工作分类标准（试行）:
 * ……将来华工作外国人分为A、B、C三类，按标准实行分类管理。
 * 一、外国高端人才（A类）……符合……以下条件之一的，确定为A类，实行“绿色通道”和“容缺受理”服务。
 *   ……符合计点积分外国高端人才标准的。计点积分在85分以上的。
 * 二、外国专业人才（B类）……符合计点积分外国专业人才标准的。计点积分在60分以上的。
 *
 * 以上 includes the figure: 85 points is A, 84 is not; 60 is B, 59 is not.
 * Points are one route of several (a talent programme, a recognised
 * achievement, a salary multiple…); these rules decide only the points route.
 */
import { text } from "../i18n";
import {
  check,
  defineCondition,
  defineParameter,
  type Fact,
  inForceOn,
  type ParameterValue,
  perVersion,
  type RuleContext,
  type RuleResult,
  reaches,
} from "../rules";
import { CLASSIFICATION_UNCONFIRMED, NOTICE_2017_40, WORK_PERMIT_SYSTEM_FROM } from "./instrument";

export const CATEGORY_A_MIN_POINTS = defineParameter(
  "work-permit.category-a-min-points",
  text("外国高端人才（A类）计点积分下限", "minimum points of a foreign high-end talent (category A)"),
  [
    {
      from: WORK_PERMIT_SYSTEM_FROM,
      value: 85,
      citation: NOTICE_2017_40.article("附件3第一条", "符合计点积分外国高端人才标准的。计点积分在85分以上的", {
        unconfirmed: CLASSIFICATION_UNCONFIRMED,
      }),
    },
  ],
);

export const CATEGORY_B_MIN_POINTS = defineParameter(
  "work-permit.category-b-min-points",
  text("外国专业人才（B类）计点积分下限", "minimum points of a foreign professional (category B)"),
  [
    {
      from: WORK_PERMIT_SYSTEM_FROM,
      value: 60,
      citation: NOTICE_2017_40.article("附件3第二条", "符合计点积分外国专业人才标准的。计点积分在60分以上的", {
        unconfirmed: CLASSIFICATION_UNCONFIRMED,
      }),
    },
  ],
);

/** The points routes to category A and to category B, bound to a capability's points fact. Call once. */
export function pointsRoutes<S>(points: Fact<S, number>): {
  categoryA: (context: RuleContext<S>) => RuleResult;
  categoryB: (context: RuleContext<S>) => RuleResult;
} {
  const toA = perVersion((line: ParameterValue<number>) =>
    defineCondition(
      "work-permit.category-a-points",
      text(
        `计点积分在${line.value}分以上（外国高端人才，A类）`,
        `${line.value} points or more (foreign high-end talent, category A)`,
      ),
      line.citation,
      [points],
    ),
  );
  const toB = perVersion((line: ParameterValue<number>) =>
    defineCondition(
      "work-permit.category-b-points",
      text(
        `计点积分在${line.value}分以上（外国专业人才，B类）`,
        `${line.value} points or more (foreign professional, category B)`,
      ),
      line.citation,
      [points],
    ),
  );
  return {
    categoryA: (context) => {
      const line = inForceOn(CATEGORY_A_MIN_POINTS, context.asOf);
      return check(context, toA(line), (p) => reaches(p, line.value), [line]);
    },
    categoryB: (context) => {
      const line = inForceOn(CATEGORY_B_MIN_POINTS, context.asOf);
      return check(context, toB(line), (p) => reaches(p, line.value), [line]);
    },
  };
}
