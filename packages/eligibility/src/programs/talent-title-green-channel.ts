/**
 * Measure 11: the green channel for professional-title evaluation, as the
 * core rule (packages/core/src/talent/green-channel.ts) decides it, over the
 * center's profile: a foreign-invested R&D center that employs overseas
 * high-end or shortage talent. The talent-title intake applies the same rule
 * to an applicant; the profile's `overseasTalent.categories` take the
 * intake's `applicant.talentCategory` values.
 */
import { CAPABILITY_PATHS, defineGreenChannel, isForeignInvestedRdCenter, text } from "@rdc/core";
import type { CenterProfile } from "../profile";
import type { NextStep } from "../result";
import { FACTS } from "../rules/facts";
import { measureOf, measureRegime } from "../rules/measure";
import { underRegime } from "../rules/regime";
import type { Program } from "./program";

const REGIME = measureRegime(measureOf("M11"));

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

/** The core green channel, over the profile's facts (a center recognised as one is a foreign-invested R&D center). */
const GREEN_CHANNEL = defineGreenChannel<CenterProfile>({
  center: {
    ...FACTS.foreignInvested,
    read: (c) => isForeignInvestedRdCenter(c.foreignInvested, c.recognizedForeignRdCenter),
  },
  talent: FACTS.talentCategories,
});

export const talentTitleGreenChannel: Program = {
  id: "talent-title-green-channel",
  name: text("海外人才职称评审绿色通道", "Professional-title green channel for overseas talent"),
  evaluate: (context) => ({
    result: underRegime(context, REGIME, () => GREEN_CHANNEL(context)),
    nextSteps: NEXT_STEPS,
  }),
};
