import { describe, expect, it } from "vitest";
import { inForceOn } from "../rules";
import { instantBefore, PERSONAL_DATA_RETENTION, parseIsoDuration } from "./retention";

describe("the retention period of personal data", () => {
  it("is 6 months from the PIPL's day, cited to the six-month limit for a suit", () => {
    const inForce = inForceOn(PERSONAL_DATA_RETENTION, "2026-12-02");
    expect(inForce.value).toBe("P6M");
    expect(inForce.citation.article).toBe("第四十六条第一款");
    expect(() => inForceOn(PERSONAL_DATA_RETENTION, "2021-10-31")).toThrow(/no value in force/);
  });
});

describe("parseIsoDuration", () => {
  it.each([
    ["P6M", { months: 6 }],
    ["P1Y6M", { years: 1, months: 6 }],
    ["P2W", { weeks: 2 }],
    ["P30D", { days: 30 }],
    ["PT1S", { seconds: 1 }],
    ["P1DT2H3M4S", { days: 1, hours: 2, minutes: 3, seconds: 4 }],
  ])("%s", (value, parts) => {
    expect(parseIsoDuration(value)).toEqual({
      years: 0,
      months: 0,
      weeks: 0,
      days: 0,
      hours: 0,
      minutes: 0,
      seconds: 0,
      ...parts,
    });
  });

  it.each(["", "P", "PT", "6M", "P1.5Y", "P-1D", "P1S", "PT1D"])("refuses %j", (value) => {
    expect(parseIsoDuration(value)).toBeNull();
  });
});

describe("instantBefore", () => {
  const at = (iso: string) => new Date(iso);
  it("counts calendar months back, to the last day of a shorter month", () => {
    const sixMonths = parseIsoDuration("P6M");
    if (!sixMonths) throw new Error("P6M");
    expect(instantBefore(at("2026-12-02T08:00:00.000Z"), sixMonths).toISOString()).toBe("2026-06-02T08:00:00.000Z");
    expect(instantBefore(at("2026-08-31T00:00:00.000Z"), sixMonths).toISOString()).toBe("2026-02-28T00:00:00.000Z");
  });

  it("counts days and seconds back exactly", () => {
    const d = parseIsoDuration("P1DT1S");
    if (!d) throw new Error("P1DT1S");
    expect(instantBefore(at("2026-03-01T00:00:00.000Z"), d).toISOString()).toBe("2026-02-27T23:59:59.000Z");
  });
});
