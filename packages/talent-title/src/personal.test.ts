import { describe, expect, it } from "vitest";
import type { TalentTitlePayload } from "./payload";
import { maskPersonalForList } from "./personal";

const payload: TalentTitlePayload = {
  applicant: {
    fullName: "Anna Schmidt",
    nationality: "DE",
    passportNumber: "E12345689",
    birthDate: "1985-04-12",
    talentCategory: "overseas_high_end",
  },
  employer: { name: "Lab", uscc: "91310000MA1FL0000X", province: "310000", recognizedForeignRdCenter: true },
  series: "engineering",
  requestedTitle: { level: "intermediate", name: "工程师" },
  education: [],
  overseasExperience: [],
  achievements: [],
  pledge: false,
};

describe("masking for lists", () => {
  it("masks the passport number and the birth date, nothing else", () => {
    const masked = maskPersonalForList(payload);
    expect(masked.applicant.passportNumber).toBe("E12****89");
    expect(masked.applicant.birthDate).toBe("198****12");
    expect({
      ...masked,
      applicant: { ...masked.applicant, passportNumber: "E12345689", birthDate: "1985-04-12" },
    }).toEqual(payload);
  });

  it("leaves the payload itself unchanged", () => {
    maskPersonalForList(payload);
    expect(payload.applicant.passportNumber).toBe("E12345689");
  });
});
