import { text } from "@rdc/core";
import { defineIntake, intakeFunctions } from "@rdc/platform";
import { greenChannelApplication } from "./examples";
import { talentTitlePayload } from "./schema";
import { screenTalentTitle } from "./screening";

/** Measure （十一）: professional title applications of overseas talent through the green channel. */
export const talentTitle = defineIntake({
  type: "talent-title",
  collection: "talent-title-applications",
  title: text("海外人才职称评审绿色通道申请", "talent title green-channel application"),
  payload: talentTitlePayload,
  screen: screenTalentTitle,
  example: (filedOn) => greenChannelApplication(filedOn),
});

export const TALENT_TITLE_FUNCTIONS = intakeFunctions(talentTitle, "TalentTitle", import.meta.url);
