/**
 * The holiday rules (全国年节及纪念日放假办法), read as a lawyer would: each
 * expectation below follows from the article quoted above it and the lunar
 * calendar, never from a holiday notice. 2027 has no notice in the data.
 */
import { describe, expect, it } from "vitest";
import { addDays, isWeekend } from "./dates";
import { HOLIDAY_RULES, holidayRulesFor, MEASURES_2013, MEASURES_2024 } from "./holiday-rules";
import { lunarDate, lunarNewYearsEve, solarTermDate } from "./lunar";
import { HOLIDAY_NOTICES } from "./notices";
import { type RulesDayOff, rulesYear } from "./rules-year";
import { addWorkingDays, dayInfo, workingDaysBetween } from "./working-days";

const off = (year: number) => rulesYear(year).days;
const statutory = (year: number) => [...off(year).values()].filter((d) => d.kind === "holiday").map((d) => d.date);
const inLieu = (year: number) => [...off(year).values()].filter((d) => d.kind === "in_lieu");

describe("the lunar calendar (tyme4ts)", () => {
  it("knows 2027's lunar days and solar term", () => {
    expect(lunarNewYearsEve(2027)).toBe("2027-02-05");
    expect(lunarDate(2027, 1, 1)).toBe("2027-02-06");
    expect(solarTermDate(2027, "清明")).toBe("2027-04-05");
    expect(lunarDate(2027, 5, 5)).toBe("2027-06-09");
    expect(lunarDate(2027, 8, 15)).toBe("2027-09-15");
    expect(lunarDate(2028, 8, 15)).toBe("2028-10-03");
  });

  it("gives 除夕 as the last day of the twelfth month, whether it has 29 or 30 days", () => {
    expect(lunarNewYearsEve(2025)).toBe("2025-01-28"); // 腊月廿九 (a 29-day month)
    expect(lunarNewYearsEve(2024)).toBe("2024-02-09"); // 腊月三十
  });
});

describe("2027 under Decree 795 (no notice in the data)", () => {
  /* 第二条（二）春节，放假4天（农历除夕、正月初一至初三） */
  it("Spring Festival: 除夕 02-05 and 正月初一 to 初三 02-06..02-08 are statutory days", () => {
    for (const d of ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]) {
      expect(off(2027).get(d), d).toMatchObject({ kind: "holiday", name: { en: "Spring Festival" } });
      expect(dayInfo(d), d).toMatchObject({ workingDay: false, provisional: true, kind: "holiday" });
    }
    expect(dayInfo("2027-02-04")).toMatchObject({ workingDay: true, provisional: true, kind: "workday" });
  });

  /* 第六条 全体公民放假的假日，如果适逢周六、周日，应当在工作日补假。 */
  it("days 1 and 2 fall on Saturday and Sunday: 02-09 and 02-10 are off in lieu, citing Art. 6", () => {
    expect(isWeekend("2027-02-06") && isWeekend("2027-02-07")).toBe(true);
    expect(dayInfo("2027-02-09")).toMatchObject({
      workingDay: false,
      provisional: true,
      kind: "in_lieu",
      holiday: { "zh-CN": "春节", en: "Spring Festival" },
    });
    expect(off(2027).get("2027-02-09")?.inLieuOf).toBe("2027-02-06");
    expect(off(2027).get("2027-02-10")?.inLieuOf).toBe("2027-02-07");
    const [article6] = dayInfo("2027-02-09").source.citations;
    expect(article6).toMatchObject({ article: "第六条", document: MEASURES_2024.title, inForceFrom: "2025-01-01" });
    expect(article6?.quote).toContain("如果适逢周六、周日，应当在工作日补假");
    expect(dayInfo("2027-02-09").source.note?.en).toContain("next weekday that is neither a statutory day");
    expect(dayInfo("2027-02-11")).toMatchObject({ workingDay: true, provisional: true, kind: "workday" });
  });

  it("one working day after 2027-02-04 is 2027-02-11, not before", () => {
    expect(addWorkingDays("2027-02-04", 1)).toEqual({ date: "2027-02-11", provisional: true });
  });

  it("Qingming 04-05, Dragon Boat 06-09 and Mid-Autumn 09-15 are provisional days off", () => {
    /* （三）清明节，放假1天（农历清明当日）；（五）端午节……（农历端午当日）；（六）中秋节……（农历中秋当日） */
    for (const [d, en] of [
      ["2027-04-05", "Qingming Festival"],
      ["2027-06-09", "Dragon Boat Festival"],
      ["2027-09-15", "Mid-Autumn Festival"],
    ] as const) {
      expect(dayInfo(d), d).toMatchObject({ workingDay: false, provisional: true, kind: "holiday", holiday: { en } });
    }
  });

  it("has 13 statutory days and no make-up working day", () => {
    expect(statutory(2027)).toHaveLength(13);
    for (let d = "2027-01-01"; d <= "2027-12-31"; d = addDays(d, 1)) {
      expect(dayInfo(d).kind, d).not.toBe("makeup_workday");
      if (isWeekend(d)) expect(dayInfo(d).workingDay, d).toBe(false);
    }
  });

  it("a 45-working-day clock across the Spring Festival now ends 4 working days later than on weekends alone", () => {
    // Counted by hand: January 5–29 gives 19, February 1–4 and 11–26 give 16, March 1–12 the last 10.
    expect(addWorkingDays("2027-01-04", 45)).toEqual({ date: "2027-03-12", provisional: true });
    // Weekends and 1 January only (the calendar before the rules were computed) ended on 2027-03-08.
    let date = "2027-01-04";
    for (let counted = 0; counted < 45; ) {
      date = addDays(date, 1);
      if (!isWeekend(date) && date !== "2027-01-01") counted++;
    }
    expect(date).toBe("2027-03-08");
    expect(workingDaysBetween("2027-02-05", "2027-02-10")).toEqual({ days: 0, provisional: true });
  });
});

describe("holidays that coincide", () => {
  /*
   * （六）中秋节，放假1天（农历中秋当日）；（七）国庆节，放假3天（10月1日至3日）.
   * In 2028 中秋 is 10-03: one day, off once for both. 第六条 gives a day in
   * lieu only for a Saturday or Sunday; on coinciding holidays the text is
   * silent, so no extra day is assumed and the day says so.
   */
  it("2028: Mid-Autumn on 10-03 is inside National Day, off once for both, and says the text is silent", () => {
    const day = off(2028).get("2028-10-03") as RulesDayOff;
    expect(day.holidays.map((h) => h.id)).toEqual(["mid_autumn", "national_day"]);
    expect(day.citations.map((c) => c.article)).toEqual(["第二条第（六）项", "第二条第（七）项"]);
    expect(day.note?.en).toContain("says nothing of holidays that coincide");
    expect(dayInfo("2028-10-03")).toMatchObject({
      workingDay: false,
      provisional: true,
      kind: "holiday",
      holiday: { "zh-CN": "中秋节、国庆节", en: "Mid-Autumn Festival and National Day" },
    });
    expect(statutory(2028)).toHaveLength(12); // 13 days of holidays on 12 dates
  });

  it("2028: only Sunday 10-01 earns a day in lieu (10-04); 10-05 is a working day", () => {
    expect(inLieu(2028).filter((d) => d.date.startsWith("2028-10"))).toMatchObject([
      { date: "2028-10-04", inLieuOf: "2028-10-01" },
    ]);
    expect(dayInfo("2028-10-05")).toMatchObject({ workingDay: true, provisional: true, kind: "workday" });
  });
});

describe("either side of the change of 2025-01-01 (Decree 795)", () => {
  it("2024 (Decree 644): 正月初一 to 初三, no 除夕 and no 2 May", () => {
    expect(holidayRulesFor(2024).rules.value.holidays[1]?.citation).toMatchObject({
      document: MEASURES_2013.title,
      quote: "（二）春节，放假3天（农历正月初一、初二、初三）",
    });
    expect(statutory(2024)).toEqual(expect.arrayContaining(["2024-02-10", "2024-02-11", "2024-02-12"]));
    expect(off(2024).has("2024-02-09")).toBe(false); // 除夕 2024 was not a holiday
    expect(off(2024).has("2024-05-02")).toBe(false);
    expect(statutory(2024)).toHaveLength(11);
    // And the published notice agrees: 2024-02-09, a Friday, was worked.
    expect(dayInfo("2024-02-09")).toMatchObject({ workingDay: true, provisional: false, kind: "workday" });
  });

  it("2025 (Decree 795): 除夕 01-28 and 2 May are statutory days", () => {
    expect(off(2025).get("2025-01-28")).toMatchObject({ kind: "holiday", name: { en: "Spring Festival" } });
    expect(off(2025).get("2025-05-02")).toMatchObject({ kind: "holiday", name: { en: "Labour Day" } });
    expect(holidayRulesFor(2025).rules.from).toBe("2025-01-01");
    expect(holidayRulesFor(2024).rules.from).toBe("2014-01-01");
    expect(statutory(2025)).toHaveLength(13);
  });

  it("a count across the change is provisional only where a year has no notice", () => {
    expect(workingDaysBetween("2024-12-30", "2025-01-02")).toEqual({ days: 3, provisional: false });
    expect(addWorkingDays("2024-12-31", 1)).toEqual({ date: "2025-01-02", provisional: false });
  });

  it("2008–2013 (Decree 513): 除夕, 初一 and 初二; before 2008 the 2007 rules stand in, said so", () => {
    expect(statutory(2013)).toEqual(expect.arrayContaining(["2013-02-09", "2013-02-10", "2013-02-11"]));
    expect(statutory(2013)).not.toContain("2013-02-12"); // (off in lieu: 除夕 and 初一 fell on a weekend)
    expect(statutory(2014)).toEqual(expect.arrayContaining(["2014-01-31", "2014-02-01", "2014-02-02"]));
    expect(statutory(2014)).not.toContain("2014-01-30");
    expect(rulesYear(2007).approximated).toBe(true);
    expect(rulesYear(2008).approximated).toBe(false);
    expect(HOLIDAY_RULES.versions.map((v) => v.from)).toEqual(["2008-01-01", "2014-01-01", "2025-01-01"]);
  });
});

describe("the rules agree with every published notice on the statutory days", () => {
  // A notice arranges the days around the holidays (调休, bridging days, where the
  // days in lieu go); the statutory days themselves it must give off, under its name.
  it.each(HOLIDAY_NOTICES.map((n) => [n.year, n] as const))("%i", (year, notice) => {
    const days = statutory(year);
    expect(days.length).toBeGreaterThanOrEqual(year >= 2025 ? 12 : 10);
    for (const date of days) {
      const range = notice.daysOff.find(([from, to]) => from <= date && date <= to);
      expect(range, `${date} is off in the ${year} notice`).toBeDefined();
      for (const h of off(year).get(date)?.holidays ?? []) expect(range?.[2]["zh-CN"], date).toContain(h.name["zh-CN"]);
    }
  });
});
