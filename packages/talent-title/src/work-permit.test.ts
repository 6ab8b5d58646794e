import { describe, expect, it } from "vitest";
import type { Applicant } from "./payload";
import { workPermitCheck } from "./work-permit";

const applicant: Applicant = {
  fullName: "Anna Schmidt",
  nationality: "DE",
  passportNumber: "C01X00T47",
  birthDate: "1985-04-12",
  talentCategory: "overseas_high_end",
  workPermit: { number: "1100002025000123", category: "A", validUntil: "2025-10-20" },
};

describe("work permit", () => {
  it("is valid on its last day and missing the day after", () => {
    expect(workPermitCheck(applicant, "2025-10-20").missing).toEqual([]);
    const expired = workPermitCheck(applicant, "2025-10-21").missing;
    expect(expired.map((m) => m.field)).toEqual(["applicant.workPermit.validUntil"]);
    expect(expired[0]?.citation.article).toBe("第四十一条");
  });

  it("is required of a foreign national", () => {
    const { workPermit: _, ...withoutPermit } = applicant;
    expect(workPermitCheck(withoutPermit, "2025-10-20").missing.map((m) => m.field)).toEqual(["applicant.workPermit"]);
  });

  it("is not required of a Chinese citizen", () => {
    expect(workPermitCheck({ ...applicant, nationality: "CN", workPermit: undefined }, "2025-10-20")).toEqual({
      missing: [],
      findings: [],
    });
  });

  it("is not required of Hong Kong, Macao or Taiwan residents, and says why", () => {
    for (const nationality of ["HK", "MO", "TW"]) {
      const result = workPermitCheck({ ...applicant, nationality, workPermit: undefined }, "2025-10-20");
      expect(result.missing).toEqual([]);
      expect(result.findings.map((f) => f.code)).toEqual(["work_permit_not_required"]);
    }
  });
});
