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

  it("needs one year (365 calendar days, Work Guidelines) since registration", () => {
    expect(outcome({ registeredOn: "2024-06-02" })).toBe("ineligible");
    expect(outcome({ registeredOn: "2024-06-01" })).toBe("eligible");
    expect(outcome({ registeredOn: "2024-05-31" })).toBe("eligible");
  });

  it("needs S&T staff of at least 10 % of all staff", () => {
    expect(outcome({ sciTechStaff: 99, totalStaff: 1000 })).toBe("ineligible");
    expect(outcome({ sciTechStaff: 101, totalStaff: 1000 })).toBe("eligible");
    expect(outcome({ sciTechStaff: 0, totalStaff: 0 })).toBe("ineligible");
  });

  describe("R&D intensity by the band of latest-year revenue", () => {
    const share = (revenue: number, rd: number) =>
      outcome({
        latestYearRevenueCny: revenue,
        rdSpendLast3YearsCny: rd,
        salesLast3YearsCny: 10_000,
        rdSpendInChinaLast3YearsCny: rd,
      });

    it("5000万 and below (含): at least 5 %", () => {
      expect(share(50_000_000, 500)).toBe("eligible");
      expect(share(50_000_000, 499)).toBe("ineligible");
      expect(share(50_000_000, 501)).toBe("eligible");
    });

    it("over 5000万 up to 2亿 (含): at least 4 %", () => {
      expect(share(50_000_001, 400)).toBe("eligible");
      expect(share(50_000_001, 399)).toBe("ineligible");
      expect(share(200_000_000, 400)).toBe("eligible");
      expect(share(200_000_000, 399)).toBe("ineligible");
    });

    it("over 2亿: at least 3 %", () => {
      expect(share(200_000_001, 300)).toBe("eligible");
      expect(share(200_000_001, 299)).toBe("ineligible");
      expect(share(200_000_001, 301)).toBe("eligible");
    });

    it("compares money exactly: 5.1 of 102 is 5 %", () => {
      expect(outcome({ rdSpendLast3YearsCny: 5.1, salesLast3YearsCny: 102, rdSpendInChinaLast3YearsCny: 5.1 })).toBe(
        "eligible",
      );
    });

    it("decides without the revenue when the share meets the strictest band or fails the laxest", () => {
      const without = (rd: number) =>
        run({
          ...ENTERPRISE,
          highTech: {
            ...FACTS,
            latestYearRevenueCny: undefined,
            rdSpendLast3YearsCny: rd,
            salesLast3YearsCny: 10_000,
            rdSpendInChinaLast3YearsCny: rd,
          },
        });
      expect(without(500).outcome).toBe("eligible");
      expect(without(299).outcome).toBe("ineligible");
      expect(without(400).outcome).toBe("undetermined");
      expect(without(400).missingFacts).toEqual(["center.highTech.latestYearRevenueCny"]);
    });
  });

  it.each([
    ["R&D in China (60 %)", { rdSpendInChinaLast3YearsCny: 2_999_999 }, { rdSpendInChinaLast3YearsCny: 3_000_001 }],
    ["high-tech income (60 %)", { highTechIncomeCny: 59_999_999 }, { highTechIncomeCny: 60_000_001 }],
    ["innovation score (70分以上（不含70分）)", { innovationScore: 70 }, { innovationScore: 71 }],
  ])("%s: below the line is ineligible, above is eligible", (_, below, above) => {
    expect(outcome(below)).toBe("ineligible");
    expect(outcome(above)).toBe("eligible");
  });

  it.each([
    ["core IP", { ownsCoreIp: false }],
    ["supported field", { inSupportedField: false }],
    ["major incident", { majorIncidentLastYear: true }],
  ])("fails on %s", (_, facts) => {
    expect(outcome(facts)).toBe("ineligible");
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
