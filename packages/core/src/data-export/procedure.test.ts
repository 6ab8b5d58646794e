/**
 * The CAC procedures: materials (数据出境安全评估办法第六条, 个人信息出境标准合同办法第七条) and the statutory
 * clocks, read with `inForceOn`: a clock the route needs and that has no figure on the date is an error.
 */
import { describe, expect, it } from "vitest";
import { ParameterNotInForce } from "../rules";
import { clocksFor, missingMaterials, requiredMaterials, reviewDue, standardContractFilingDeadline } from "./procedure";

describe("clocks in force on the filing day", () => {
  it("security assessment: 5 + 7 + 45 working days and 15 for a re-assessment request, from 2022-09-01", () => {
    expect(clocksFor("security_assessment", "2022-09-01").map((c) => [c.step, c.workingDays])).toEqual([
      ["completeness_check", 5],
      ["acceptance", 7],
      ["review", 45],
      ["reassessment_request", 15],
    ]);
  });

  it("a clock missing on the date throws, never silently drops (2022-08-31; the contract route on 2023-05-31)", () => {
    expect(() => clocksFor("security_assessment", "2022-08-31")).toThrow(ParameterNotInForce);
    expect(() => clocksFor("standard_contract", "2023-05-31")).toThrow(ParameterNotInForce);
    expect(clocksFor("standard_contract", "2023-06-01")).toEqual([
      expect.objectContaining({ step: "filing", workingDays: 10 }),
    ]);
  });

  it("the review is due 5 + 7 + 45 = 57 working days after receipt, citing the review article", () => {
    const due = reviewDue("security_assessment", "2024-03-01");
    expect(due.citation.article).toBe("第十二条");
    expect(due.basis.en).toContain("57 working days");
  });
});

describe("the standard-contract filing limit (10 working days from the contract's effective date)", () => {
  it("is on time on the 10th working day and late on the next", () => {
    // 2025-08-18 (Mon) + 10 working days = 2025-09-01 (Mon).
    expect(standardContractFilingDeadline("2025-08-18", "2025-09-01")).toMatchObject({
      date: "2025-09-01",
      onTime: true,
      workingDays: 10,
    });
    expect(standardContractFilingDeadline("2025-08-18", "2025-09-02")?.onTime).toBe(false);
  });

  it("has no limit for a contract that took effect before Decree 13 (2023-05-31 vs 2023-06-01)", () => {
    expect(standardContractFilingDeadline("2023-05-31", "2023-06-10")).toBeNull();
    expect(standardContractFilingDeadline("2023-06-01", "2023-06-10")).not.toBeNull();
  });
});

describe("materials", () => {
  it("an assessment needs the three of 第六条 (first three items); a contract filing the contract and the impact assessment", () => {
    expect(requiredMaterials("security_assessment").map((m) => m.citation.article)).toEqual([
      "第六条第（一）项",
      "第六条第（二）项",
      "第六条第（三）项",
    ]);
    expect(missingMaterials("standard_contract", [{ kind: "standard_contract" }]).map((m) => m.kind)).toEqual([
      "pi_protection_impact_assessment",
    ]);
  });
});
