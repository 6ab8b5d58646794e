import { describe, expect, it } from "vitest";
import type { CenterProfile } from "../profile";
import { importTaxExemption } from "./import-tax-exemption";

const run = (center: CenterProfile, asOf = "2025-06-01") =>
  importTaxExemption.evaluate({ subject: center, asOf, explain: false });
const outcome = (center: CenterProfile, asOf?: string) => run(center, asOf).result.outcome;

/** Exactly on every line of 财关税〔2021〕23号/24号. */
const ENTITY: CenterProfile = {
  foreignInvested: true,
  legalForm: "independent_legal_entity",
  totalInvestmentUsd: 8_000_000,
  fullTimeRdStaff: 80,
  equipmentPurchasesCny: 20_000_000,
};
const BRANCH: CenterProfile = {
  ...ENTITY,
  legalForm: "branch",
  totalInvestmentUsd: undefined,
  rdInvestmentUsd: 8_000_000,
};

describe("import-tax exemption for foreign-invested R&D centers", () => {
  it("is eligible exactly on every line (不低于 includes the figure)", () => {
    expect(outcome(ENTITY)).toBe("eligible");
    expect(outcome(BRANCH)).toBe("eligible");
    expect(outcome({ ...BRANCH, legalForm: "internal_department" })).toBe("eligible");
  });

  it.each([
    ["total investment", { totalInvestmentUsd: 7_999_999 }, { totalInvestmentUsd: 8_000_001 }],
    ["full-time R&D staff", { fullTimeRdStaff: 79 }, { fullTimeRdStaff: 81 }],
    ["equipment purchases", { equipmentPurchasesCny: 19_999_999 }, { equipmentPurchasesCny: 20_000_001 }],
  ])("%s: below the line is ineligible, above is eligible", (_, below, above) => {
    expect(outcome({ ...ENTITY, ...below })).toBe("ineligible");
    expect(outcome({ ...ENTITY, ...above })).toBe("eligible");
  });

  it("tests an internal department or branch on its R&D investment, not its total investment", () => {
    expect(outcome({ ...BRANCH, rdInvestmentUsd: 7_999_999, totalInvestmentUsd: 50_000_000 })).toBe("ineligible");
    expect(outcome({ ...BRANCH, rdInvestmentUsd: 8_000_001 })).toBe("eligible");
    expect(outcome({ ...ENTITY, totalInvestmentUsd: 7_999_999, rdInvestmentUsd: 50_000_000 })).toBe("ineligible");
  });

  it("decides the investment test without the legal form when both figures agree", () => {
    const unknownForm = { ...ENTITY, legalForm: undefined };
    expect(outcome({ ...unknownForm, totalInvestmentUsd: 8_000_000, rdInvestmentUsd: 8_000_000 })).toBe("eligible");
    expect(outcome({ ...unknownForm, totalInvestmentUsd: 7_999_999, rdInvestmentUsd: 7_999_999 })).toBe("ineligible");
    const split = run({ ...unknownForm, totalInvestmentUsd: 8_000_000, rdInvestmentUsd: 7_999_999 }).result;
    expect(split.outcome).toBe("undetermined");
    expect(split.missingFacts).toEqual(["center.legalForm"]);
    const partial = run({ ...unknownForm, totalInvestmentUsd: 8_000_000 }).result;
    expect(partial.missingFacts).toEqual(["center.legalForm", "center.rdInvestmentUsd"]);
  });

  it("needs a foreign-invested center", () => {
    expect(outcome({ ...ENTITY, foreignInvested: false })).toBe("ineligible");
    const open = run({ ...ENTITY, foreignInvested: undefined }).result;
    expect(open.outcome).toBe("undetermined");
    expect(open.missingFacts).toEqual(["center.foreignInvested"]);
  });

  it("lists exactly the missing facts of an empty profile", () => {
    const { result } = run({});
    expect(result.outcome).toBe("undetermined");
    expect([...result.missingFacts].sort()).toEqual(
      [
        "center.equipmentPurchasesCny",
        "center.foreignInvested",
        "center.fullTimeRdStaff",
        "center.legalForm",
        "center.rdInvestmentUsd",
        "center.totalInvestmentUsd",
      ].sort(),
    );
  });

  it("is ineligible on one failed condition, whatever else is missing", () => {
    const { result } = run({ fullTimeRdStaff: 79 });
    expect(result.outcome).toBe("ineligible");
    expect(result.missingFacts).toEqual([]);
    expect(result.reasons.map((r) => r.code)).toEqual(["import-tax-exemption.full-time-rd-staff.not_met"]);
  });

  describe("dates", () => {
    const citationOf = (asOf: string) =>
      run(ENTITY, asOf).result.reasons.find((r) => r.code === "import-tax-exemption.full-time-rd-staff.met")?.citation;

    it("cannot decide before 2021-01-01: the earlier rules are not encoded", () => {
      const { result } = run(ENTITY, "2020-12-31");
      expect(result.outcome).toBe("undetermined");
      expect(result.missingFacts).toEqual([]);
      expect(result.reasons.map((r) => r.code)).toEqual(["import-tax-exemption.rules.not_encoded"]);
      expect(outcome(ENTITY, "2021-01-01")).toBe("eligible");
    });

    it("applies the 2021 notices to 2025-12-31 and the 2026 notices from 2026-01-01 (figures UNCONFIRMED)", () => {
      expect(citationOf("2025-12-31")).toMatchObject({ inForceFrom: "2021-01-01" });
      expect(citationOf("2025-12-31")?.document["zh-CN"]).toContain("财关税〔2021〕24号");
      expect(citationOf("2026-01-01")?.document["zh-CN"]).toContain("财关税〔2026〕8号");
      expect(citationOf("2026-01-01")).toMatchObject({ inForceFrom: "2026-01-01" });
      expect(citationOf("2026-01-01")?.unconfirmed).toMatch(/UNCONFIRMED/);
      expect(outcome({ ...ENTITY, fullTimeRdStaff: 79 }, "2026-01-01")).toBe("ineligible");
    });

    it("cannot decide after 2030-12-31, the unconfirmed end of the 2026 policy", () => {
      expect(outcome(ENTITY, "2030-12-31")).toBe("eligible");
      const { result } = run(ENTITY, "2031-01-01");
      expect(result.outcome).toBe("undetermined");
      expect(result.reasons[0]?.citation.unconfirmed).toMatch(/end date UNCONFIRMED/);
    });
  });

  it("says where to apply", () => {
    expect(run(ENTITY).nextSteps.map((s) => s.code)).toEqual(["import-tax-exemption.apply"]);
  });
});
