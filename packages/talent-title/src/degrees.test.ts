import { describe, expect, it } from "vitest";
import { apostilleAccepted, degreeVerificationMissing } from "./degrees";
import type { DegreeVerification, Education } from "./payload";

function degree(verification: DegreeVerification, apostilleIssuedOn?: string): Education {
  return {
    degree: "master",
    institution: "TU München",
    country: "DE",
    year: 2015,
    verification,
    ...(apostilleIssuedOn ? { apostilleIssuedOn } : {}),
  };
}

describe("degree verification", () => {
  it("accepts CSCSE certification and consular legalisation, with or without a pledge", () => {
    for (const pledge of [true, false])
      expect(degreeVerificationMissing([degree("cscse"), degree("consular")], pledge)).toEqual([]);
  });

  it("asks for a verification of an unverified degree without a pledge, and takes the pledge in its place", () => {
    const missing = degreeVerificationMissing([degree("cscse"), degree("none")], false);
    expect(missing.map((m) => m.field)).toEqual(["education.1.verification"]);
    expect(degreeVerificationMissing([degree("cscse"), degree("none")], true)).toEqual([]);
  });

  it("accepts a degree marked as pledged only when the application makes the pledge", () => {
    expect(degreeVerificationMissing([degree("pledge")], true)).toEqual([]);
    const missing = degreeVerificationMissing([degree("pledge")], false);
    expect(missing.map((m) => m.field)).toEqual(["education.0.verification"]);
    expect(missing[0]?.message.en).toContain("no pledge");
  });

  it("accepts an apostille issued on or after China's accession (2023-11-07), whatever the degree's year", () => {
    expect(apostilleAccepted("2023-11-06")).toBe(false);
    expect(apostilleAccepted("2023-11-07")).toBe(true);
    expect(degreeVerificationMissing([degree("apostille", "2023-11-07")], false)).toEqual([]);
    for (const issuedOn of ["2023-11-06", undefined]) {
      const missing = degreeVerificationMissing([degree("apostille", issuedOn)], true);
      expect(missing.map((m) => m.field)).toEqual(["education.0.apostilleIssuedOn"]);
      expect(missing[0]?.citation.inForceFrom).toBe("2023-11-07");
    }
  });
});
