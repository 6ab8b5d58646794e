/**
 * 第十一条 （七）企业创新能力评价应达到相应要求；
 *
 * 工作指引 十、企业创新能力评价: ……各级指标均按整数打分，满分为100分，综合
 * 得分达到70分以上（不含70分）为符合认定要求。
 *
 * 以上（不含） excludes the figure: 70 fails, 71 passes.
 */
import { text } from "../i18n";
import { check, defineCondition, exceeds, inForceOn, type ParameterValue, perVersion } from "../rules";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { MEASURES_2016, SECONDARY_COPIES } from "./instrument";
import { INNOVATION_SCORE_ABOVE } from "./parameters";

/** The article the Guidelines' score line gives effect to. */
export const ARTICLE_11_7 = MEASURES_2016.article("第十一条第（七）项", "企业创新能力评价应达到相应要求", {
  unconfirmed: SECONDARY_COPIES,
});

export function innovationScore<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const condition = perVersion((above: ParameterValue<number>) =>
    defineCondition(
      "high-tech-enterprise.innovation-score",
      text(
        `企业创新能力评价综合得分达到${above.value}分以上（不含${above.value}分）`,
        `innovation capability score above ${above.value} (${above.value} itself does not pass)`,
      ),
      above.citation,
      [facts.innovationScore],
    ),
  );
  return (context) => {
    const above = inForceOn(INNOVATION_SCORE_ABOVE, context.asOf);
    return check(context, condition(above), (score) => exceeds(score, above.value), [above]);
  };
}
