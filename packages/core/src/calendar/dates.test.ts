import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  chinaToday,
  compareDates,
  daysBetween,
  isIsoDate,
  isWeekend,
  PERIOD_IN_MONTHS_CITATION,
  weekday,
} from "./dates";

/** Any date 1900-01-01 … 2100-12-31, as the calendar must handle them. */
const anyDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("isIsoDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2023-12-31", "1900-01-01", "2100-12-31", "2023-04-30"])("accepts %s", (s) =>
    expect(isIsoDate(s)).toBe(true),
  );
  it.each([
    "2023-02-29",
    "1900-02-29",
    "2100-02-29",
    "2023-04-31",
    "2023-13-01",
    "2023-00-10",
    "2023-01-00",
    "2023-1-01",
    "20230101",
    " 2023-01-01",
    "2023-01-01T00:00:00Z",
    "",
  ])("rejects %j", (s) => expect(isIsoDate(s)).toBe(false));
});

describe("addDays, daysBetween, compareDates", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-01-01", -1)).toBe("2023-12-31");
    expect(addDays("2024-03-01", 0)).toBe("2024-03-01");
    expect(daysBetween("2023-01-01", "2024-01-01")).toBe(365);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2024-01-02", "2024-01-01")).toBe(-1);
  });

  it("orders dates", () => {
    expect(compareDates("2024-01-01", "2024-01-02")).toBeLessThan(0);
    expect(compareDates("2024-01-02", "2024-01-01")).toBeGreaterThan(0);
    expect(compareDates("2024-01-01", "2024-01-01")).toBe(0);
  });

  it("refuses what is not a date or a whole number of days", () => {
    expect(() => addDays("2023-02-29", 1)).toThrow(RangeError);
    expect(() => addDays("2023-02-01", 1.5)).toThrow(RangeError);
    expect(() => daysBetween("2023-01-01", "nope")).toThrow(RangeError);
  });

  it("agrees with the JavaScript Date over 1900–2100", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const expected = new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(date, n)).toBe(expected);
        expect(daysBetween(date, expected)).toBe(n);
        expect(weekday(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
      }),
    );
  });
});

describe("weekday", () => {
  it("knows the days of the week", () => {
    expect(weekday("1900-01-01")).toBe(1);
    expect(weekday("2024-10-05")).toBe(6);
    expect(weekday("2025-01-26")).toBe(0);
    expect(weekday("2100-12-31")).toBe(5);
    expect(isWeekend("2024-10-05")).toBe(true);
    expect(isWeekend("2024-10-04")).toBe(false);
  });
});

describe("addMonths (Civil Code 第二百零二条)", () => {
  it("ends on the corresponding day of the month", () => {
    expect(addMonths("2023-05-15", 6)).toBe("2023-11-15");
    expect(addMonths("2023-11-30", 3)).toBe("2024-02-29");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonths("2023-01-31", 0)).toBe("2023-01-31");
  });

  it("ends on the last day of the month when it has no corresponding day", () => {
    expect(addMonths("2023-08-31", 6)).toBe("2024-02-29");
    expect(addMonths("2022-08-31", 6)).toBe("2023-02-28");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2023-03-31", 1)).toBe("2023-04-30");
    expect(addMonths("2023-03-31", -1)).toBe("2023-02-28");
    expect(addMonths("2023-08-31", 18)).toBe("2025-02-28");
  });

  it("cites the Civil Code", () => {
    expect(PERIOD_IN_MONTHS_CITATION).toMatchObject({ article: "第二百零二条", inForceFrom: "2021-01-01" });
    expect(PERIOD_IN_MONTHS_CITATION.document["zh-CN"]).toBe("中华人民共和国民法典");
  });

  it("never ends past the month it lands in, and keeps the day when it can", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -24, max: 24 }), (date, months) => {
        const end = addMonths(date, months);
        const [y, m, d] = date.split("-").map(Number) as [number, number, number];
        const target = new Date(Date.UTC(y, m - 1 + months, 1));
        expect(end.slice(0, 7)).toBe(target.toISOString().slice(0, 7));
        const lastOfMonth = new Date(Date.UTC(y, m + months, 0)).getUTCDate();
        expect(Number(end.slice(8))).toBe(Math.min(d, lastOfMonth));
      }),
    );
  });
});

describe("chinaToday", () => {
  it("turns over at midnight Beijing time, 16:00 UTC", () => {
    expect(chinaToday(new Date("2024-12-31T15:59:59.999Z"))).toBe("2024-12-31");
    expect(chinaToday(new Date("2024-12-31T16:00:00.000Z"))).toBe("2025-01-01");
    expect(chinaToday(new Date("2024-06-30T23:00:00-05:00"))).toBe("2024-07-01");
  });

  it("defaults to now", () => {
    const expected = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect([expected, chinaToday(new Date(Date.now() + 60_000))]).toContain(chinaToday());
  });

  it("refuses an invalid Date", () => {
    expect(() => chinaToday(new Date(Number.NaN))).toThrow(RangeError);
  });
});
