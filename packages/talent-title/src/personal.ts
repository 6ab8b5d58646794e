import { maskIdentifier } from "@rdc/core";
import type { TalentTitlePayload } from "./payload";

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
