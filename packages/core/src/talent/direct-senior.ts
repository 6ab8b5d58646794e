/**
 * Applying for a senior title without the level below. Order 40 第十四条:
 * one level at a time as a rule, a direct senior application for major
 * contributions. Measure （十一） however: 符合条件的可直接申报高级职称, with
 * overseas work and achievements (业绩成果) as evidence.
 */
import { text } from "../i18n";
import { explained, type Fix, type RuleContext, type RuleResult } from "../rules";
import type { TitleApplicationFacts } from "./application";
import { MEASURE_11, ORDER_40_LEVEL_BY_LEVEL } from "./instrument";
import { atLeastLevel, isSenior, LEVEL_NAMES, levelBelow } from "./levels";

export const DIRECT_SENIOR_APPLICATIONS = ["allowed", "not_allowed", "not_applicable"] as const;
export type DirectSeniorApplication = (typeof DIRECT_SENIOR_APPLICATIONS)[number];

export interface DirectSeniorCheck {
  decision: DirectSeniorApplication;
  /** Null when the application is no jump. */
  result: RuleResult | null;
  fixes: Fix[];
}

/*
 * On the green channel a jump to a senior title is allowed when at least one
 * achievement is declared (the measure's evidence); without one the applicant
 * is asked for an achievement or the lower title. Off the green channel the
 * default (逐级申报) stands: the jump is not allowed, and Order 40's own exception
 * for major contributions is the committee's to judge (its evidence is not collected).
 */
export function directSeniorCheck(
  context: RuleContext<TitleApplicationFacts>,
  onGreenChannel: boolean,
): DirectSeniorCheck {
  const application = context.subject;
  const requested = application.requestedTitle.level;
  const below = levelBelow(requested);
  const held = application.currentTitle?.level;
  if (!isSenior(requested) || below === undefined || atLeastLevel(held, below))
    return { decision: "not_applicable", result: null, fixes: [] };
  const jump = text(
    `未取得${LEVEL_NAMES[below]["zh-CN"]}职称而申报${LEVEL_NAMES[requested]["zh-CN"]}职称`,
    `applies for a ${LEVEL_NAMES[requested].en} title without holding the ${LEVEL_NAMES[below].en} title`,
  );
  const inputs = {
    "requestedTitle.level": requested,
    "currentTitle.level": held ?? null,
    achievements: application.achievements.length,
    greenChannel: onGreenChannel,
  };
  if (!onGreenChannel)
    return {
      decision: "not_allowed",
      result: explained(context, "ineligible", {
        code: "talent.direct-senior",
        citation: ORDER_40_LEVEL_BY_LEVEL,
        message: text(
          `${jump["zh-CN"]}：不适用绿色通道，应逐级申报；由审查人员和评审委员会判断是否属于作出重大贡献可直接申报的情形`,
          `The applicant ${jump.en}: outside the green channel titles are applied for one level at a time; the reviewer and the committee judge whether a major contribution allows a direct application`,
        ),
        inputs,
      }),
      fixes: [],
    };
  const count = application.achievements.length;
  if (count > 0)
    return {
      decision: "allowed",
      result: explained(context, "eligible", {
        code: "talent.direct-senior",
        citation: MEASURE_11,
        message: text(
          `${jump["zh-CN"]}：绿色通道允许以业绩成果（${count}项）为依据直接申报高级职称`,
          `The applicant ${jump.en}: the green channel allows a direct senior application on the declared achievements (${count})`,
        ),
        inputs,
      }),
      fixes: [],
    };
  const message = text(
    `${jump["zh-CN"]}：请至少提供一项业绩成果（专利、论文、项目、奖项或产品）作为直接申报的依据，或提供已取得的${LEVEL_NAMES[below]["zh-CN"]}职称（currentTitle）`,
    `The applicant ${jump.en}: supply at least one achievement (patent, paper, project, award or product) as evidence for a direct application, or the ${LEVEL_NAMES[below].en} title already held (currentTitle)`,
  );
  return {
    decision: "not_allowed",
    result: explained(context, "ineligible", { code: "talent.direct-senior", citation: MEASURE_11, message, inputs }),
    fixes: [{ field: "achievements", message, citation: MEASURE_11 }],
  };
}
