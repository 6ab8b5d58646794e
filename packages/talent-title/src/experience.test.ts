import { describe, expect, it } from "vitest";
import { experienceYears } from "./experience";
import type { WorkPeriod } from "./payload";

function period(from: string, to: string): WorkPeriod {
  return { organisation: "Lab", country: "DE", role: "engineer", from, to };
}

describe("experienceYears", () => {
  it("counts five calendar years as 5.0 whatever the leap days", () => {
    // 1826 days, one 29 February.
    expect(experienceYears([period("2021-01-01", "2025-12-31")], "2026-01-05")).toBe(5);
    // 1827 days, two.
    expect(experienceYears([period("2020-01-01", "2024-12-31")], "2026-01-05")).toBe(5);
  });

  it("truncates to one decimal rather than rounding up", () => {
    // 1824 days = 4.997 years: not yet 5 full years.
    expect(experienceYears([period("2021-01-01", "2025-12-29")], "2026-01-05")).toBe(4.9);
    // 364 days, then 365.
    expect(experienceYears([period("2024-03-01", "2025-02-27")], "2026-01-05")).toBe(0.9);
    expect(experienceYears([period("2023-01-01", "2023-12-31")], "2026-01-05")).toBe(1);
  });

  it("counts overlapping periods once and adjacent ones in full", () => {
    const overlapping = [period("2020-01-01", "2022-12-31"), period("2022-01-01", "2023-12-31")];
    expect(experienceYears(overlapping, "2026-01-05")).toBe(4);
    const nested = [period("2020-01-01", "2023-12-31"), period("2021-03-01", "2021-06-30")];
    expect(experienceYears(nested, "2026-01-05")).toBe(4);
    const adjacent = [period("2022-01-01", "2023-12-31"), period("2020-01-01", "2021-12-31")];
    expect(experienceYears(adjacent, "2026-01-05")).toBe(4);
  });

  it("stops counting at the filing day", () => {
    expect(experienceYears([period("2021-01-01", "2030-12-31")], "2025-12-31")).toBe(5);
    expect(experienceYears([period("2026-01-01", "2030-12-31")], "2025-12-31")).toBe(0);
  });

  it("counts nothing for no periods or a period ending before it starts", () => {
    expect(experienceYears([], "2025-12-31")).toBe(0);
    expect(experienceYears([period("2024-01-01", "2023-01-01")], "2025-12-31")).toBe(0);
  });
});
