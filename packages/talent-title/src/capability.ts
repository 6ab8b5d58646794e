import { maskIdentifier, text } from "@rdc/core";
import { defineIntake, intakeFunctions } from "@rdc/platform";
import { greenChannelApplication } from "./examples";
import { type TalentTitlePayload, talentTitlePayload } from "./schema";
import { screenTalentTitle } from "./screening";

/** The payload as a list shows it: passport number and birth date masked, the rest unchanged. */
export function maskPersonalForList(payload: TalentTitlePayload): TalentTitlePayload {
  const { applicant } = payload;
  return {
    ...payload,
    applicant: {
      ...applicant,
      passportNumber: maskIdentifier(applicant.passportNumber),
      birthDate: maskIdentifier(applicant.birthDate),
    },
  };
}

/** Measure （十一）: professional title applications of overseas talent through the green channel. */
export const talentTitle = defineIntake({
  type: "talent-title",
  collection: "talent-title-applications",
  title: text("海外人才职称评审绿色通道申请", "talent title green-channel application"),
  payload: talentTitlePayload,
  screen: screenTalentTitle,
  listView: maskPersonalForList,
  example: (filedOn) => greenChannelApplication(filedOn),
});

export const TALENT_TITLE_FUNCTIONS = intakeFunctions(talentTitle, "TalentTitle", import.meta.url);
