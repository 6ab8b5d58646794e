import { describe, expect, it } from "vitest";
import { apostilleAccepted, degreeVerificationMissing } from "./degrees";
import type { DegreeVerification, Education } from "./payload";

function degree(verification: DegreeVerification, year = 2015): Education {
  return { degree: "master", institution: "TU München", country: "DE", year, verification };
}

describe("degree verification", () => {
  it("accepts CSCSE certification and consular legalisation, with or without a pledge", () => {
    for (const pledge of [true, false])
      expect(degreeVerificationMissing([degree("cscse"), degree("consular")], pledge)).toEqual([]);
  });

  it("asks for a verification of an unverified degree, pledge or not", () => {
    for (const pledge of [true, false]) {
      const missing = degreeVerificationMissing([degree("cscse"), degree("none")], pledge);
      expect(missing.map((m) => m.field)).toEqual(["education.1.verification"]);
    }
  });

  it("accepts a pledge in place of proof only when the application makes the pledge", () => {
    expect(degreeVerificationMissing([degree("pledge")], true)).toEqual([]);
    const missing = degreeVerificationMissing([degree("pledge")], false);
    expect(missing.map((m) => m.field)).toEqual(["education.0.verification"]);
    expect(missing[0]?.message.en).toContain("pledge is false");
  });

  it("accepts an apostille only for a degree year wholly on or after China's accession (2023-11-07)", () => {
    expect(apostilleAccepted(2022)).toBe(false);
    expect(apostilleAccepted(2023)).toBe(false);
    expect(apostilleAccepted(2024)).toBe(true);
    expect(degreeVerificationMissing([degree("apostille", 2024)], false)).toEqual([]);
    const missing = degreeVerificationMissing([degree("apostille", 2023)], true);
    expect(missing).toHaveLength(1);
    expect(missing[0]?.citation.inForceFrom).toBe("2023-11-07");
  });
});
