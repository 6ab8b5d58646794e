import { describe, expect, it } from "vitest";
import { PUBLICITY_MIN_WORKING_DAYS, publicityCheck } from "./publicity";

/*
 * 2025 National Day (国办发明电〔2024〕12号): 10-01 to 10-08 off; Sunday 09-28
 * and Saturday 10-11 are make-up working days.
 */
describe("employer publicity", () => {
  it("needs at least 5 working days, counted on the 2025 holiday notice", () => {
    // 09-30 (Tue), 10-09 (Thu), 10-10 (Fri), 10-11 (make-up Sat): 4 working days in 12 calendar days.
    const four = publicityCheck({ from: "2025-09-30", to: "2025-10-11" }, "2025-10-20");
    expect(four.missing.map((m) => m.field)).toEqual(["publicity"]);
    expect(four.missing[0]?.message.en).toContain("lasted 4 working days");
    // ... and 10-13 (Mon) makes 5.
    expect(publicityCheck({ from: "2025-09-30", to: "2025-10-13" }, "2025-10-20").missing).toEqual([]);
  });

  it("counts a make-up Sunday as a working day", () => {
    // 09-26 (Fri), 09-28 (make-up Sun), 09-29, 09-30: 4.
    expect(publicityCheck({ from: "2025-09-26", to: "2025-09-30" }, "2025-10-20").missing).toHaveLength(1);
    // 09-25 (Thu) makes 5.
    expect(publicityCheck({ from: "2025-09-25", to: "2025-09-30" }, "2025-10-20").missing).toEqual([]);
  });

  it("must end before the filing day", () => {
    const publicity = { from: "2025-10-13", to: "2025-10-17" };
    const onFilingDay = publicityCheck(publicity, "2025-10-17");
    expect(onFilingDay.missing.map((m) => m.field)).toEqual(["publicity.to"]);
    expect(publicityCheck(publicity, "2025-10-18").missing).toEqual([]);
  });

  it("must exist", () => {
    const result = publicityCheck(undefined, "2025-10-20");
    expect(result.missing.map((m) => m.field)).toEqual(["publicity"]);
    expect(result.missing[0]?.citation.inForceFrom).toBe("2019-09-01");
  });

  it("notes a count on a provisional calendar", () => {
    const result = publicityCheck({ from: "2027-03-01", to: "2027-03-05" }, "2027-03-10");
    expect(result.missing).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(["publicity_days_provisional"]);
  });

  it("applies Order 40's minimum from 2019-09-01, with no rule before", () => {
    expect(PUBLICITY_MIN_WORKING_DAYS.versions.map((v) => [v.from, v.value])).toEqual([["2019-09-01", 5]]);
    expect(() => publicityCheck(undefined, "2019-08-31")).toThrow(/no publicity rule/);
    expect(publicityCheck(undefined, "2019-09-01").missing).toHaveLength(1);
  });
});
