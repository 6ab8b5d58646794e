import { MEASURE_IDS, RULES_VERSION } from "@rdc/core";
import { describe, expect, it } from "vitest";
import { evaluateEligibility } from "./evaluate";
import { FULL_PROFILE } from "./examples";
import { CENTER_FIELD_PATHS, type CenterProfile } from "./profile";
import { PROGRAM_IDS } from "./programs";

const CENTER: CenterProfile = {
  foreignInvested: true,
  legalForm: "internal_department",
  rdInvestmentUsd: 8_000_000,
  fullTimeRdStaff: 80,
  equipmentPurchasesCny: 20_000_000,
};

describe("evaluateEligibility", () => {
  it("answers every program and, by default, every measure, in order", () => {
    const result = evaluateEligibility(CENTER, { asOf: "2025-06-01", explain: false });
    expect(result.programs.map((p) => p.id)).toEqual([...PROGRAM_IDS]);
    expect(result.measures.map((m) => m.id)).toEqual([...MEASURE_IDS]);
    expect(result).not.toHaveProperty("trace");
  });

  it("answers the measures asked for, in the policy's order, once each, with the programs they follow", () => {
    const result = evaluateEligibility(CENTER, { asOf: "2025-06-01", measures: ["M11", "M01", "M11"], explain: true });
    expect(result.measures.map((m) => m.id)).toEqual(["M01", "M11"]);
    const followed = ["import-tax-exemption", "high-tech-enterprise", "talent-title-green-channel"];
    expect(result.programs.map((p) => p.id)).toEqual(PROGRAM_IDS.filter((id) => followed.includes(id)));
    expect(result.trace?.programs.map((g) => g.id)).toEqual(result.programs.map((p) => p.id));
  });

  it("answers no program for measures that follow none", () => {
    const result = evaluateEligibility(CENTER, { asOf: "2025-06-01", measures: ["M02", "M16"], explain: false });
    expect(result.programs).toEqual([]);
  });

  it.each([...MEASURE_IDS])("answers %s alone, and the programs it follows, exactly as the full check does", (id) => {
    for (const center of [CENTER, FULL_PROFILE as unknown as CenterProfile, {}]) {
      const full = evaluateEligibility(center, { asOf: "2026-06-30", explain: true });
      const one = evaluateEligibility(center, { asOf: "2026-06-30", measures: [id], explain: true });
      expect(one.measures).toEqual(full.measures.filter((m) => m.id === id));
      expect(one.trace?.measures).toEqual(full.trace?.measures.filter((g) => g.id === id));
      const followed = new Set(one.programs.map((p) => p.id));
      expect(one.programs).toEqual(full.programs.filter((p) => followed.has(p.id)));
      // Every program a reason names is answered (a measure met another way may name none of them).
      const named = one.measures.flatMap((m) =>
        m.reasons.flatMap((r) => ("program" in r && r.program ? [r.program] : [])),
      );
      for (const program of named) expect(followed).toContain(program);
    }
  });

  it("answers a followed program exactly as the full check does", () => {
    const full = evaluateEligibility(CENTER, { asOf: "2025-06-01", explain: false });
    const one = evaluateEligibility(CENTER, { asOf: "2025-06-01", measures: ["M07"], explain: false });
    expect(one.programs).toEqual(full.programs.filter((p) => p.id === "data-export-pathway"));
    expect(one.measures).toEqual(full.measures.filter((m) => m.id === "M07"));
  });

  it("explains on request without changing the answer", () => {
    const plain = evaluateEligibility(CENTER, { asOf: "2025-06-01", explain: false });
    const { trace, ...explained } = evaluateEligibility(CENTER, { asOf: "2025-06-01", explain: true });
    expect(explained).toEqual(plain);
    expect(trace?.programs.map((g) => g.id)).toEqual([...PROGRAM_IDS]);
    expect(trace?.measures.map((g) => g.id)).toEqual([...MEASURE_IDS]);
  });

  it("traces every rule with its inputs and the parameter values in force on asOf", () => {
    const entriesOn = (asOf: string) =>
      evaluateEligibility(CENTER, { asOf, explain: true }).trace?.programs.find((g) => g.id === "import-tax-exemption")
        ?.entries ?? [];
    const staff = (asOf: string) => entriesOn(asOf).find((e) => e.rule === "import-tax-exemption.full-time-rd-staff");
    expect(staff("2025-12-31")).toMatchObject({
      outcome: "eligible",
      inputs: { "center.fullTimeRdStaff": 80 },
      parameters: [{ id: "import-tax-exemption.min-full-time-rd-staff", value: 80, from: "2021-01-01" }],
    });
    expect(staff("2026-01-01")?.parameters[0]).toMatchObject({ from: "2026-01-01" });
    expect(entriesOn("2025-06-01").map((e) => e.rule)).toEqual([
      "import-tax-exemption.rules",
      "import-tax-exemption.foreign-invested",
      "import-tax-exemption.investment",
      "import-tax-exemption.full-time-rd-staff",
      "import-tax-exemption.equipment-purchases",
    ]);
  });

  it("names only facts of the profile as missing", () => {
    const { measures, programs } = evaluateEligibility({}, { asOf: "2025-06-01", explain: false });
    const known = new Set(CENTER_FIELD_PATHS.map((p) => `center.${p}`));
    for (const result of [...measures, ...programs])
      for (const fact of result.missingFacts) expect(known).toContain(fact);
  });

  it("lists missing facts only when undetermined, and next steps only when not ineligible", () => {
    const centers: CenterProfile[] = [
      {},
      CENTER,
      { foreignInvested: false },
      { foreignInvested: true, fullTimeRdStaff: 1 },
    ];
    for (const center of centers) {
      const { measures, programs } = evaluateEligibility(center, { asOf: "2025-06-01", explain: false });
      for (const result of [...measures, ...programs]) {
        if (result.outcome !== "undetermined") expect(result.missingFacts).toEqual([]);
        if (result.outcome === "ineligible") expect(result.nextSteps).toEqual([]);
        if (result.outcome === "undetermined") expect(result.nextSteps[0]?.code).toBe("provide-missing-facts");
        expect(result.reasons.length).toBeGreaterThan(0);
        expect(new Set(result.reasons.map((r) => r.code)).size).toBe(result.reasons.length);
      }
    }
  });

  it("gives fresh arrays: changing one answer leaves the next untouched", () => {
    const first = evaluateEligibility({}, { asOf: "2025-06-01", explain: false });
    first.programs[0]?.reasons.pop();
    first.programs[0]?.missingFacts.pop();
    const second = evaluateEligibility({}, { asOf: "2025-06-01", explain: false });
    expect(second.programs[0]?.reasons.length).toBeGreaterThan(first.programs[0]?.reasons.length ?? 0);
    expect(second.programs[0]?.missingFacts.length).toBeGreaterThan(first.programs[0]?.missingFacts.length ?? 0);
  });

  it("has a rules version of a date and a counter", () => {
    expect(RULES_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });
});
