/**
 * Example bodies, valid and invalid: the unit tests, the end-to-end tests
 * (test/support/fixtures.ts), the fuzz routes and the bench build on these
 * instead of copies. Dates that must be recent (publicity, work permit, the
 * years since the current title) are given relative to the filing day.
 */
import { addDays, addMonths, type IsoDate } from "@rdc/core";
import type { TalentTitlePayload } from "./schema";

/** The filing day the fixed examples are screened on. */
export const EXAMPLE_RECEIVED_ON: IsoDate = "2025-10-20";

/** A real, checksum-valid unified social credit code. */
const USCC = "91350100M000100Y43";

/**
 * A complete green-channel application filed on `filedOn`: a German doctor,
 * Engineer, applying for Senior Engineer at a recognised foreign-invested
 * R&D center in Shanghai, publicity ended 10 days before filing.
 */
export function greenChannelApplication(filedOn: IsoDate = EXAMPLE_RECEIVED_ON): TalentTitlePayload {
  return {
    applicant: {
      fullName: "Anna Schmidt",
      nationality: "DE",
      passportNumber: "C01X00T47",
      birthDate: "1985-04-12",
      talentCategory: "overseas_high_end",
      workPermit: { number: "1100002025000123", category: "A", validUntil: addDays(filedOn, 400) },
    },
    employer: {
      name: "Example R&D (Shanghai) Co., Ltd.",
      uscc: USCC,
      province: "310000",
      foreignInvested: true,
      recognizedForeignRdCenter: true,
    },
    series: "engineering",
    requestedTitle: { level: "deputy_senior", name: "高级工程师" },
    currentTitle: { level: "intermediate", name: "工程师", obtainedOn: "2022-09-01" },
    education: [{ degree: "doctorate", institution: "TU München", country: "DE", year: 2015, verification: "cscse" }],
    overseasExperience: [
      { organisation: "Fraunhofer", country: "DE", role: "researcher", from: "2015-09-01", to: "2022-08-31" },
    ],
    achievements: [{ kind: "patent", title: "Battery cell cooling", year: 2021, evidenceRef: "EP3999999" }],
    publicity: { from: addDays(filedOn, -30), to: addDays(filedOn, -10) },
    pledge: true,
  };
}

/**
 * A complete normal-route application: a bachelor's Engineer of 6 years'
 * standing, talent the green channel does not cover, applying for Senior Engineer.
 */
export function normalRouteApplication(filedOn: IsoDate = EXAMPLE_RECEIVED_ON): TalentTitlePayload {
  const base = greenChannelApplication(filedOn);
  return {
    ...base,
    applicant: { ...base.applicant, talentCategory: "other" },
    currentTitle: { level: "intermediate", name: "工程师", obtainedOn: addMonths(filedOn, -72) },
    education: [{ degree: "bachelor", institution: "TU Berlin", country: "DE", year: 2012, verification: "consular" }],
    overseasExperience: [
      { organisation: "Siemens", country: "DE", role: "engineer", from: "2012-09-01", to: addMonths(filedOn, -24) },
    ],
    domesticExperience: [
      {
        organisation: "Example R&D",
        country: "CN",
        role: "lead engineer",
        from: addDays(addMonths(filedOn, -24), 1),
        to: filedOn,
      },
    ],
  };
}

export const VALID_EXAMPLES = {
  greenChannel: greenChannelApplication(),
  normalRoute: normalRouteApplication(),
} as const satisfies Record<string, TalentTitlePayload>;

/** Bodies the schema refuses (400), each for one reason. */
export const INVALID_EXAMPLES: Record<string, unknown> = {
  pledgeNotBoolean: { ...greenChannelApplication(), pledge: "yes" },
  unknownDegree: {
    ...greenChannelApplication(),
    education: [{ degree: "diploma", institution: "TU", country: "DE", year: 2015, verification: "cscse" }],
  },
  obtainedOnNotADate: {
    ...greenChannelApplication(),
    currentTitle: { level: "intermediate", name: "工程师", obtainedOn: "2022-02-30" },
  },
  unknownTalentCategory: {
    ...greenChannelApplication(),
    applicant: { ...greenChannelApplication().applicant, talentCategory: "high_end" },
  },
  unknownField: { ...greenChannelApplication(), highEnd: true },
  publicityEndsBeforeItStarts: { ...greenChannelApplication(), publicity: { from: "2025-10-10", to: "2025-10-01" } },
};
