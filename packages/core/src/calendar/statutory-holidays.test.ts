import { describe, expect, it } from "vitest";
import { valueAsOf } from "../rules";
import { FIXED_DATE_HOLIDAYS, fixedDateHolidayOn } from "./statutory-holidays";

describe("fixed-date statutory holidays", () => {
  it("1 January, 1 May and 1–3 October under Decree 644", () => {
    for (const d of ["2024-01-01", "2024-05-01", "2024-10-01", "2024-10-02", "2024-10-03"]) {
      expect(fixedDateHolidayOn(d), d).toBeDefined();
    }
    expect(fixedDateHolidayOn("2024-05-02")).toBeUndefined();
    expect(fixedDateHolidayOn("2024-10-04")).toBeUndefined();
    expect(fixedDateHolidayOn("2024-12-31")).toBeUndefined();
  });

  it("adds 2 May from 2025-01-01 (Decree 795)", () => {
    expect(fixedDateHolidayOn("2025-05-02")).toEqual({ "zh-CN": "劳动节", en: "Labour Day" });
    expect(fixedDateHolidayOn("2025-05-03")).toBeUndefined();
    expect(valueAsOf(FIXED_DATE_HOLIDAYS, "2024-12-31")?.citation.document.en).toContain("Decree 644");
    expect(valueAsOf(FIXED_DATE_HOLIDAYS, "2025-01-01")?.citation).toMatchObject({
      article: "Art. 2",
      inForceFrom: "2025-01-01",
    });
  });

  it("uses the earliest list before 2014", () => {
    expect(fixedDateHolidayOn("1950-10-03")?.en).toBe("National Day");
    expect(fixedDateHolidayOn("1950-05-02")).toBeUndefined();
  });
});
