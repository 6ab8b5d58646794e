/**
 * Measure 11: a green channel for professional-title evaluation for overseas
 * high-end and shortage talent employed by a foreign-invested R&D center,
 * with seniority and years relaxed (MOHRSS Order 40 allows the relaxation).
 */
import { allOf, anyOf, CAPABILITY_PATHS, defineCondition, isTrue, text } from "@rdc/core";
import type { NextStep } from "../result";
import { FACTS } from "../rules/facts";
import { measureOf, measureRegime } from "../rules/measure";
import { underRegime } from "../rules/regime";
import type { Program } from "./program";

const MEASURE = measureOf("M11");
const REGIME = measureRegime(MEASURE);

const RECOGNITION = {
  ...MEASURE.citation,
  unconfirmed:
    "the measure says 外资研发中心聘用的; requiring provincial recognition of the center follows local practice: UNCONFIRMED",
};

const NEXT_STEPS: readonly NextStep[] = [
  {
    code: "talent-title-green-channel.apply",
    message: text(
      "经单位公示后，通过绿色通道向人力资源社会保障部门的职称评审机构申报（可通过本平台提交），海外工作经历和业绩成果可作为评定依据",
      "After publicity within the employer, apply through the green channel to the human resources and social security department's title evaluation body (this platform files it); overseas experience and achievements count as evidence",
    ),
    href: CAPABILITY_PATHS["talent-title-applications"],
  },
];

const RECOGNIZED_CENTER = defineCondition(
  "talent-title-green-channel.recognized-center",
  text("经认定的外资研发中心", "a recognised foreign-invested R&D center"),
  RECOGNITION,
  [FACTS.recognizedForeignRdCenter],
);

const HIGH_END_TALENT = defineCondition(
  "talent-title-green-channel.high-end-talent",
  text("聘用海外高端人才", "employs overseas high-end talent"),
  MEASURE.citation,
  [FACTS.highEndTalent],
);

const SHORTAGE_TALENT = defineCondition(
  "talent-title-green-channel.shortage-talent",
  text("聘用紧缺人才", "employs shortage talent"),
  MEASURE.citation,
  [FACTS.shortageTalent],
);

export const talentTitleGreenChannel: Program = {
  id: "talent-title-green-channel",
  name: text("海外人才职称评审绿色通道", "Professional-title green channel for overseas talent"),
  evaluate: (context) => ({
    result: underRegime(context, REGIME, () =>
      allOf([
        isTrue(context, RECOGNIZED_CENTER),
        anyOf([isTrue(context, HIGH_END_TALENT), isTrue(context, SHORTAGE_TALENT)]),
      ]),
    ),
    nextSteps: NEXT_STEPS,
  }),
};
