import { describe, expect, it } from "vitest";
import type { CenterProfile, HighTechFacts } from "../profile";
import { highTechEnterprise } from "./high-tech-enterprise";

const AS_OF = "2025-06-01";
const run = (center: CenterProfile, asOf = AS_OF) =>
  highTechEnterprise.evaluate({ subject: center, asOf, explain: false }).result;

/** Exactly on every line of 国科发火〔2016〕32号 Art. 11, revenue in the lowest band (≤ 5000万, 5 %). */
const FACTS: HighTechFacts = {
  registeredOn: "2024-06-01", // 365 days before AS_OF
  ownsCoreIp: true,
  inSupportedField: true,
  totalStaff: 100,
  sciTechStaff: 10,
  latestYearRevenueCny: 50_000_000,
  rdSpendLast3YearsCny: 5_000_000,
  salesLast3YearsCny: 100_000_000,
  rdSpendInChinaLast3YearsCny: 3_000_000,
  highTechIncomeCny: 60_000_000,
  totalIncomeCny: 100_000_000,
  innovationScore: 71, // 70分以上（不含70分）
  majorIncidentLastYear: false,
};
const ENTERPRISE: CenterProfile = { legalForm: "independent_legal_entity", highTech: FACTS };
const outcome = (facts: Partial<HighTechFacts>, asOf?: string) =>
  run({ ...ENTERPRISE, highTech: { ...FACTS, ...facts } }, asOf).outcome;

describe("high-tech enterprise recognition", () => {
  it("is eligible exactly on every line", () => {
    expect(outcome({})).toBe("eligible");
  });

  // The lines themselves (365 days, 10 %, the three R&D bands, 60 %, 70分以上（不含70分）) are tested from the
  // text once, in packages/core/src/high-tech/recognition.test.ts; here, that the profile reaches them.
  it("reads each fact of the profile: one over or under the line changes the answer", () => {
    expect(outcome({ registeredOn: "2024-06-02" })).toBe("ineligible");
    expect(outcome({ sciTechStaff: 9 })).toBe("ineligible");
    expect(outcome({ rdSpendLast3YearsCny: 4_999_999 })).toBe("ineligible");
    expect(outcome({ rdSpendInChinaLast3YearsCny: 2_999_999 })).toBe("ineligible");
    expect(outcome({ highTechIncomeCny: 59_999_999 })).toBe("ineligible");
    expect(outcome({ innovationScore: 70 })).toBe("ineligible");
    expect(outcome({ ownsCoreIp: false })).toBe("ineligible");
    expect(outcome({ inSupportedField: false })).toBe("ineligible");
    expect(outcome({ majorIncidentLastYear: true })).toBe("ineligible");
  });

  it("names a missing revenue by its profile path when the band decides", () => {
    const without = run({
      ...ENTERPRISE,
      highTech: {
        ...FACTS,
        latestYearRevenueCny: undefined,
        rdSpendLast3YearsCny: 4_000_000,
        rdSpendInChinaLast3YearsCny: 4_000_000,
      },
    });
    expect(without.outcome).toBe("undetermined");
    expect(without.missingFacts).toEqual(["center.highTech.latestYearRevenueCny"]);
  });

  it("is for resident enterprises: a branch or internal department cannot be recognised on its own", () => {
    expect(run({ ...ENTERPRISE, legalForm: "branch" }).outcome).toBe("ineligible");
    expect(run({ ...ENTERPRISE, legalForm: "internal_department" }).outcome).toBe("ineligible");
  });

  it("lists exactly the missing facts of an empty profile", () => {
    const result = run({});
    expect(result.outcome).toBe("undetermined");
    expect([...result.missingFacts].sort()).toEqual(
      ["center.legalForm", ...Object.keys(FACTS).map((k) => `center.highTech.${k}`)].sort(),
    );
  });

  it("is ineligible on one failed condition, whatever else is missing", () => {
    const result = run({ highTech: { majorIncidentLastYear: true } });
    expect(result.outcome).toBe("ineligible");
    expect(result.missingFacts).toEqual([]);
  });

  it("cannot decide before 2016-01-01, under the 2008 measures it does not encode", () => {
    const before = run({ ...ENTERPRISE, highTech: { ...FACTS, registeredOn: "2014-01-01" } }, "2015-12-31");
    expect(before.outcome).toBe("undetermined");
    expect(before.reasons.map((r) => r.code)).toEqual(["high-tech-enterprise.rules.not_encoded"]);
    expect(outcome({ registeredOn: "2014-01-01" }, "2016-01-01")).toBe("eligible");
  });

  it("says what recognition gives, with the figures in force", () => {
    const [step] = highTechEnterprise.evaluate({ subject: ENTERPRISE, asOf: AS_OF, explain: false }).nextSteps;
    expect(step?.message["zh-CN"]).toContain("有效期为3年");
    expect(step?.message["zh-CN"]).toContain("减按15%");
  });

  it("cites each condition's article, and marks the unconfirmed figures", () => {
    const citations = Object.fromEntries(run(ENTERPRISE).reasons.map((r) => [r.code, r.citation]));
    expect(citations["high-tech-enterprise.rd-intensity.met"]?.article).toBe("第十一条第（五）项");
    expect(citations["high-tech-enterprise.innovation-score.met"]?.article).toBe("第十条");
    expect(citations["high-tech-enterprise.innovation-score.met"]?.unconfirmed).toMatch(/secondary copies/);
    expect(citations["high-tech-enterprise.registered-one-year.met"]?.unconfirmed).toMatch(/365/);
  });
});
