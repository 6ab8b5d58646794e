/** 财关税〔2021〕24号 and the 2026 notices, tested from the text on both sides of every line and date. */
import { describe, expect, it } from "vitest";
import { text } from "../i18n";
import { fact } from "../rules";
import { importTaxCenterConditions } from "./center";
import type { ImportTaxFactReaders } from "./facts";
import type { LegalForm } from "./legal-form";
import { MIN_FULL_TIME_RD_STAFF, MIN_RD_STAFF_CONTRACT_YEARS } from "./parameters";

interface Center {
  foreignInvested?: boolean;
  legalForm?: LegalForm;
  totalInvestmentUsd?: number;
  rdInvestmentUsd?: number;
  fullTimeRdStaff?: number;
  equipmentPurchasesCny?: number;
}
const KEYS = [
  "foreignInvested",
  "legalForm",
  "totalInvestmentUsd",
  "rdInvestmentUsd",
  "fullTimeRdStaff",
  "equipmentPurchasesCny",
] as const;
const READERS = Object.fromEntries(
  KEYS.map((k) => [k, fact<Center, unknown>(`center.${k}`, text(k, k), (c) => c[k])]),
) as unknown as ImportTaxFactReaders<Center>;
const CONDITIONS = importTaxCenterConditions(READERS);

const run = (center: Center, asOf = "2025-06-01") => CONDITIONS({ subject: center, asOf, explain: false });
const outcome = (center: Center, asOf?: string) => run(center, asOf).outcome;

/** Exactly on every line. */
const ENTITY: Center = {
  foreignInvested: true,
  legalForm: "independent_legal_entity",
  totalInvestmentUsd: 8_000_000,
  fullTimeRdStaff: 80,
  equipmentPurchasesCny: 20_000_000,
};
const BRANCH: Center = { ...ENTITY, legalForm: "branch", totalInvestmentUsd: undefined, rdInvestmentUsd: 8_000_000 };

describe("the three conditions (不低于 includes the figure)", () => {
  it("is met exactly on every line, in each legal form", () => {
    expect(outcome(ENTITY)).toBe("eligible");
    expect(outcome(BRANCH)).toBe("eligible");
    expect(outcome({ ...BRANCH, legalForm: "internal_department" })).toBe("eligible");
  });

  it("（一）legal entity: total investment USD 8,000,000 met, 7,999,999 not", () => {
    expect(outcome({ ...ENTITY, totalInvestmentUsd: 8_000_000 })).toBe("eligible");
    expect(outcome({ ...ENTITY, totalInvestmentUsd: 7_999_999 })).toBe("ineligible");
  });

  it("（一）internal department or branch: R&D investment USD 8,000,000 met, 7,999,999 not, whatever the total", () => {
    expect(outcome({ ...BRANCH, rdInvestmentUsd: 8_000_000 })).toBe("eligible");
    expect(outcome({ ...BRANCH, rdInvestmentUsd: 7_999_999, totalInvestmentUsd: 50_000_000 })).toBe("ineligible");
    expect(outcome({ ...ENTITY, totalInvestmentUsd: 7_999_999, rdInvestmentUsd: 50_000_000 })).toBe("ineligible");
  });

  it("（二）80 full-time R&D staff met, 79 not", () => {
    expect(outcome({ ...ENTITY, fullTimeRdStaff: 80 })).toBe("eligible");
    expect(outcome({ ...ENTITY, fullTimeRdStaff: 79 })).toBe("ineligible");
  });

  it("（三）equipment of RMB 20,000,000 met, 19,999,999 not", () => {
    expect(outcome({ ...ENTITY, equipmentPurchasesCny: 20_000_000 })).toBe("eligible");
    expect(outcome({ ...ENTITY, equipmentPurchasesCny: 19_999_999 })).toBe("ineligible");
  });

  it("is for foreign-invested centers", () => {
    expect(outcome({ ...ENTITY, foreignInvested: false })).toBe("ineligible");
    expect(run({ ...ENTITY, foreignInvested: undefined }).missingFacts).toEqual(["center.foreignInvested"]);
  });

  it("without the legal form, decides the investment only when both figures agree", () => {
    const unknownForm = { ...ENTITY, legalForm: undefined };
    expect(outcome({ ...unknownForm, rdInvestmentUsd: 8_000_000 })).toBe("eligible");
    expect(outcome({ ...unknownForm, totalInvestmentUsd: 7_999_999, rdInvestmentUsd: 7_999_999 })).toBe("ineligible");
    const split = run({ ...unknownForm, rdInvestmentUsd: 7_999_999 });
    expect(split.outcome).toBe("undetermined");
    expect(split.missingFacts).toEqual(["center.legalForm"]);
  });
});

describe("periods", () => {
  const staffCitation = (asOf: string) =>
    run(ENTITY, asOf).reasons.find((r) => r.code === "import-tax-exemption.full-time-rd-staff.met")?.citation;

  it("2025-12-31 is under 财关税〔2021〕24号, 2026-01-01 under 财关税〔2026〕8号 (figures kept: UNCONFIRMED)", () => {
    expect(staffCitation("2025-12-31")).toMatchObject({ inForceFrom: "2021-01-01" });
    expect(staffCitation("2025-12-31")?.document["zh-CN"]).toContain("财关税〔2021〕24号");
    expect(staffCitation("2026-01-01")).toMatchObject({ inForceFrom: "2026-01-01" });
    expect(staffCitation("2026-01-01")?.document["zh-CN"]).toContain("财关税〔2026〕8号");
    expect(staffCitation("2026-01-01")?.unconfirmed).toMatch(/UNCONFIRMED/);
    expect(outcome({ ...ENTITY, fullTimeRdStaff: 79 }, "2025-12-31")).toBe("ineligible");
    expect(outcome({ ...ENTITY, fullTimeRdStaff: 79 }, "2026-01-01")).toBe("ineligible");
    expect(outcome(ENTITY, "2026-01-01")).toBe("eligible");
  });

  it("cannot decide before 2021-01-01 or after 2030-12-31 (the unconfirmed end)", () => {
    expect(run(ENTITY, "2020-12-31").reasons.map((r) => r.code)).toEqual(["import-tax-exemption.rules.not_encoded"]);
    expect(outcome(ENTITY, "2021-01-01")).toBe("eligible");
    expect(outcome(ENTITY, "2030-12-31")).toBe("eligible");
    const after = run(ENTITY, "2031-01-01");
    expect(after.outcome).toBe("undetermined");
    expect(after.reasons[0]?.citation.unconfirmed).toMatch(/end date UNCONFIRMED/);
  });
});

describe("the staff figure and the contract term change together", () => {
  it("have the same version dates (the staff condition quotes the term of its own version)", () => {
    expect(MIN_RD_STAFF_CONTRACT_YEARS.versions.map((v) => v.from)).toEqual(
      MIN_FULL_TIME_RD_STAFF.versions.map((v) => v.from),
    );
  });
});
