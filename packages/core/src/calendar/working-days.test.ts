import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isWeekend } from "./dates";
import { HOLIDAY_NOTICES } from "./notices";
import { addWorkingDays, calendarCoverage, dayInfo, isWorkingDay, workingDaysBetween } from "./working-days";

/** What a day is, without its source (checked on its own below). */
const kindOf = (d: string) => {
  const { workingDay, provisional, kind, holiday } = dayInfo(d);
  return holiday ? { workingDay, provisional, kind, holiday } : { workingDay, provisional, kind };
};

function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe("the holiday notices as data", () => {
  it("covers 2023–2026", () => {
    expect(calendarCoverage().years).toEqual([2023, 2024, 2025, 2026]);
    expect(calendarCoverage().sources).toHaveLength(4);
  });

  it("names each notice as the State Council General Office does", () => {
    const [n2023] = HOLIDAY_NOTICES;
    expect(n2023?.document["zh-CN"]).toBe("国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）");
    expect(n2023?.citation).toEqual({ document: n2023?.document, inForceFrom: "2022-12-08" });
    expect(HOLIDAY_NOTICES.map((n) => [n.year, n.published])).toEqual([
      [2023, "2022-12-08"],
      [2024, "2023-10-25"],
      [2025, "2024-11-12"],
      [2026, "2025-11-04"],
    ]);
  });

  describe.each(HOLIDAY_NOTICES.map((n) => [n.year, n] as const))("%i", (year, notice) => {
    it("makes every make-up day a weekend day that is a working day", () => {
      for (const d of notice.makeUpWorkdays) {
        expect(isWeekend(d), d).toBe(true);
        expect(kindOf(d), d).toEqual({ workingDay: true, provisional: false, kind: "makeup_workday" });
      }
    });

    it("gives every listed day off, with its holiday", () => {
      for (const [from, to, holiday] of notice.daysOff) {
        expect(from <= to).toBe(true);
        for (const d of datesFrom(from, to)) {
          expect(kindOf(d), d).toEqual({ workingDay: false, provisional: false, kind: "holiday", holiday });
          expect(dayInfo(d).source).toEqual({ kind: "notice", citations: [notice.citation], note: null });
        }
      }
    });

    it("leaves every other weekday a working day and every other weekend day off", () => {
      const listed = new Set([
        ...notice.makeUpWorkdays,
        ...notice.daysOff.flatMap(([from, to]) => datesFrom(from, to)),
      ]);
      for (const d of datesFrom(`${year}-01-01`, `${year}-12-31`).filter((d) => !listed.has(d))) {
        expect(kindOf(d), d).toEqual(
          isWeekend(d)
            ? { workingDay: false, provisional: false, kind: "weekend" }
            : { workingDay: true, provisional: false, kind: "workday" },
        );
      }
    });
  });
});

describe("dayInfo and isWorkingDay on the notices' dates", () => {
  it("2023: Saturday 7 October is a working day", () => {
    expect(kindOf("2023-10-07")).toEqual({ workingDay: true, provisional: false, kind: "makeup_workday" });
    expect(isWorkingDay("2023-10-06")).toBe(false);
    expect(isWorkingDay("2023-10-09")).toBe(true);
  });

  it("2023's first range starts on 2022-12-31, which is therefore not provisional", () => {
    expect(dayInfo("2022-12-31")).toMatchObject({ workingDay: false, provisional: false, kind: "holiday" });
    expect(dayInfo("2022-12-31").holiday?.en).toBe("New Year's Day");
    expect(kindOf("2022-12-30")).toEqual({ workingDay: true, provisional: true, kind: "workday" });
    expect(isWorkingDay("2023-01-02")).toBe(false);
    expect(isWorkingDay("2023-01-03")).toBe(true);
  });

  it("2024: 1–7 October off, 29 September and 12 October worked", () => {
    for (const d of datesFrom("2024-10-01", "2024-10-07")) expect(isWorkingDay(d), d).toBe(false);
    expect(dayInfo("2024-10-03").holiday).toEqual({ "zh-CN": "国庆节", en: "National Day" });
    expect(isWorkingDay("2024-09-30")).toBe(true);
    expect(isWorkingDay("2024-10-08")).toBe(true);
    expect(isWorkingDay("2024-09-29")).toBe(true);
    expect(isWorkingDay("2024-10-12")).toBe(true);
    expect(kindOf("2024-10-13")).toEqual({ workingDay: false, provisional: false, kind: "weekend" });
  });

  it("2025: Sunday 26 January is worked; 2 May is off under the new rules", () => {
    expect(kindOf("2025-01-26")).toEqual({ workingDay: true, provisional: false, kind: "makeup_workday" });
    expect(isWorkingDay("2025-01-27")).toBe(true);
    expect(isWorkingDay("2025-01-28")).toBe(false);
    expect(isWorkingDay("2025-05-02")).toBe(false);
  });

  it("2026: 15–23 February off", () => {
    for (const d of datesFrom("2026-02-15", "2026-02-23")) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay("2026-02-13")).toBe(true);
    expect(isWorkingDay("2026-02-14")).toBe(true);
    expect(isWorkingDay("2026-02-24")).toBe(true);
  });

  it("refuses what is not a date", () => {
    expect(() => dayInfo("2023-02-29")).toThrow(RangeError);
  });
});

describe("years without a notice: counted on the holiday rules, provisionally", () => {
  it("gives the fixed-date holidays off, and the weekday after a weekend one in lieu", () => {
    expect(kindOf("2027-01-01")).toMatchObject({ workingDay: false, provisional: true, kind: "holiday" });
    expect(dayInfo("2027-10-01").holiday?.en).toBe("National Day");
    // 10-02 and 10-03 are a Saturday and a Sunday: 10-04 and 10-05 in lieu (Art. 6).
    expect(kindOf("2027-10-04")).toMatchObject({ workingDay: false, provisional: true, kind: "in_lieu" });
    expect(kindOf("2027-10-05")).toMatchObject({ workingDay: false, provisional: true, kind: "in_lieu" });
    expect(kindOf("2027-10-06")).toEqual({ workingDay: true, provisional: true, kind: "workday" });
    expect(kindOf("2027-01-02")).toEqual({ workingDay: false, provisional: true, kind: "weekend" });
  });

  it("adds 2 May only from 2025 (State Council Decree 795)", () => {
    // 2021 (no notice is data): 5-1 is a Saturday, so 5-3 is the day in lieu and 5-2 an ordinary Sunday.
    expect(kindOf("2021-05-02")).toEqual({ workingDay: false, provisional: true, kind: "weekend" });
    expect(kindOf("2021-05-03")).toMatchObject({ workingDay: false, provisional: true, kind: "in_lieu" });
    expect(kindOf("2021-05-04")).toEqual({ workingDay: true, provisional: true, kind: "workday" });
    expect(kindOf("2030-05-02")).toMatchObject({ workingDay: false, provisional: true, kind: "holiday" });
    expect(kindOf("2030-05-03")).toEqual({ workingDay: true, provisional: true, kind: "workday" });
    expect(dayInfo("2022-05-01").holiday?.en).toBe("Labour Day");
  });

  it("computes the lunar holidays instead of counting them as working days", () => {
    expect(kindOf("2027-02-08")).toMatchObject({ workingDay: false, provisional: true, kind: "holiday" });
  });

  it("says where each answer comes from", () => {
    expect(dayInfo("2027-02-05").source).toMatchObject({ kind: "holiday_rules" });
    expect(dayInfo("2027-02-05").source.citations[0]).toMatchObject({
      article: "第二条第（二）项",
      quote: "（二）春节，放假4天（农历除夕、正月初一至初三）",
    });
    expect(dayInfo("2027-03-01").source.citations.map((c) => c.article)).toEqual(["第二条", "第六条", "第七条"]);
    expect(dayInfo("2027-03-01").source.note?.en).toContain("make-up working days await the notice");
  });

  it("answers for every date 1900–2100", () => {
    expect(kindOf("1900-01-01")).toMatchObject({ workingDay: false, provisional: true, kind: "holiday" });
    expect(dayInfo("1900-01-01").source.note?.en).toContain("before 2008 are not encoded");
    expect(kindOf("2100-12-31")).toEqual({ workingDay: true, provisional: true, kind: "workday" });
    expect(addWorkingDays("2100-12-30", 1)).toEqual({ date: "2100-12-31", provisional: true });
  });
});

describe("addWorkingDays (the start day is not counted, Civil Code Art. 201)", () => {
  it("skips the 2024 National Day week and counts the make-up days", () => {
    expect(addWorkingDays("2024-09-27", 1)).toEqual({ date: "2024-09-29", provisional: false });
    expect(addWorkingDays("2024-09-27", 2)).toEqual({ date: "2024-09-30", provisional: false });
    expect(addWorkingDays("2024-09-27", 3)).toEqual({ date: "2024-10-08", provisional: false });
    expect(addWorkingDays("2024-09-30", 1)).toEqual({ date: "2024-10-08", provisional: false });
    expect(addWorkingDays("2024-09-27", 7)).toEqual({ date: "2024-10-12", provisional: false });
    expect(addWorkingDays("2024-10-03", 5)).toEqual({ date: "2024-10-12", provisional: false });
  });

  it("a 45-working-day clock from 2026-11-20 ends in 2027, provisionally", () => {
    expect(addWorkingDays("2026-11-20", 45)).toEqual({ date: "2027-01-25", provisional: true });
    expect(addWorkingDays("2026-11-20", 28)).toEqual({ date: "2026-12-30", provisional: false });
    expect(addWorkingDays("2026-11-20", 29)).toEqual({ date: "2026-12-31", provisional: false });
    expect(addWorkingDays("2026-11-20", 30)).toEqual({ date: "2027-01-04", provisional: true });
  });

  it("is provisional when it passes over a year without a notice, even one before the first", () => {
    expect(addWorkingDays("2022-12-29", 1)).toEqual({ date: "2022-12-30", provisional: true });
    expect(addWorkingDays("2022-12-30", 1)).toEqual({ date: "2023-01-03", provisional: false });
  });

  it("refuses a count that is not a whole number of at least 1", () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(() => addWorkingDays("2024-01-02", n)).toThrow(RangeError);
  });
});

describe("workingDaysBetween (both ends included)", () => {
  it("counts around 2025's National Day and Mid-Autumn holiday", () => {
    expect(workingDaysBetween("2025-09-26", "2025-10-12")).toEqual({ days: 7, provisional: false });
    expect(workingDaysBetween("2025-10-01", "2025-10-08")).toEqual({ days: 0, provisional: false });
    expect(workingDaysBetween("2025-09-30", "2025-10-09")).toEqual({ days: 2, provisional: false });
    expect(workingDaysBetween("2025-09-28", "2025-09-28")).toEqual({ days: 1, provisional: false });
  });

  it("is 0 when `to` is before `from`", () => {
    expect(workingDaysBetween("2025-10-09", "2025-10-08")).toEqual({ days: 0, provisional: false });
  });

  it("is provisional when the range reaches a year without a notice", () => {
    expect(workingDaysBetween("2026-12-31", "2027-01-04")).toEqual({ days: 2, provisional: true });
  });
});

describe("properties", () => {
  const start = fc
    .date({ min: new Date("2021-06-01T00:00:00Z"), max: new Date("2027-06-30T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const n = fc.integer({ min: 1, max: 120 });

  it("the n-th working day after start is a working day, strictly after start", () => {
    fc.assert(
      fc.property(start, n, (s, k) => {
        const { date } = addWorkingDays(s, k);
        expect(isWorkingDay(date)).toBe(true);
        expect(date > s).toBe(true);
      }),
    );
  });

  it("there are exactly n working days from the day after start to the result", () => {
    fc.assert(
      fc.property(start, n, (s, k) => {
        const end = addWorkingDays(s, k);
        expect(workingDaysBetween(addDays(s, 1), end.date)).toEqual({ days: k, provisional: end.provisional });
      }),
    );
  });
});
