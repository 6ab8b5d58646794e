import { text } from "@rdc/core";
import { MEASURE_11, ORDER_40_LEVELS } from "./citations";
import type { CheckResult } from "./findings";
import { atLeastLevel, isSenior, LEVEL_NAMES, levelBelow } from "./levels";
import type { TalentTitlePayload } from "./payload";

export const DIRECT_SENIOR_APPLICATIONS = ["allowed", "not_allowed", "not_applicable"] as const;
export type DirectSeniorApplication = (typeof DIRECT_SENIOR_APPLICATIONS)[number];

export interface DirectSeniorResult extends CheckResult {
  decision: DirectSeniorApplication;
}

/*
 * Order 40: 申报人一般应当按照职称层级逐级申报职称评审 (one level at a time).
 * Measure （十一）however: 符合条件的可直接申报高级职称, with overseas work and
 * achievements (业绩成果) as evidence. The platform lets a green-channel
 * applicant skip the level below a senior title when at least one achievement
 * is declared; without one it asks for an achievement or the lower title.
 * Outside the green channel a jump is not allowed; it is flagged for the
 * reviewer rather than refused, as the committee judges Order 40's own
 * exception for major contributions, which the platform does not screen.
 */
export function directSeniorApplication(payload: TalentTitlePayload, onGreenChannel: boolean): DirectSeniorResult {
  const requested = payload.requestedTitle.level;
  const below = levelBelow(requested);
  if (!isSenior(requested) || below === undefined || atLeastLevel(payload.currentTitle?.level, below))
    return { decision: "not_applicable", missing: [], findings: [] };

  const jump = text(
    `未取得${LEVEL_NAMES[below]["zh-CN"]}职称而申报${LEVEL_NAMES[requested]["zh-CN"]}职称`,
    `applies for a ${LEVEL_NAMES[requested].en} title without holding the ${LEVEL_NAMES[below].en} title`,
  );
  if (!onGreenChannel)
    return {
      decision: "not_allowed",
      missing: [],
      findings: [
        {
          code: "direct_senior_not_allowed",
          message: text(
            `${jump["zh-CN"]}：不适用绿色通道，应逐级申报；已标注，由审查人员和评审委员会判断`,
            `The applicant ${jump.en}: outside the green channel titles are applied for one level at a time; flagged for the reviewer and the evaluation committee`,
          ),
          citation: ORDER_40_LEVELS,
        },
      ],
    };
  if (payload.achievements.length > 0)
    return {
      decision: "allowed",
      missing: [],
      findings: [
        {
          code: "direct_senior_allowed",
          message: text(
            `${jump["zh-CN"]}：绿色通道允许以业绩成果（${payload.achievements.length}项）为依据直接申报高级职称`,
            `The applicant ${jump.en}: the green channel allows a direct senior application on the declared achievements (${payload.achievements.length})`,
          ),
          citation: MEASURE_11,
        },
      ],
    };
  return {
    decision: "not_allowed",
    missing: [
      {
        field: "achievements",
        message: text(
          `${jump["zh-CN"]}：请至少提供一项业绩成果（专利、论文、项目、奖项或产品）作为直接申报的依据，或提供已取得的${LEVEL_NAMES[below]["zh-CN"]}职称（currentTitle）`,
          `The applicant ${jump.en}: supply at least one achievement (patent, paper, project, award or product) as evidence for a direct application, or the ${LEVEL_NAMES[below].en} title already held (currentTitle)`,
        ),
        citation: MEASURE_11,
      },
    ],
    findings: [],
  };
}
