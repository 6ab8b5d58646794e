/**
 * What adding a year's notice does (a file of its own: it changes the
 * calendar of the process). The 2027 notice here is made up for the test,
 * from the rules' days plus a longer Spring Festival; it is not the real one.
 */
import { describe, expect, it } from "vitest";
import { text } from "../i18n";
import { cite } from "../rules";
import { HOLIDAY_NOTICES, type HolidayNotice } from "./notices";
import { addHolidayNotice, addWorkingDays, calendarCoverage, calendarVersion, dayInfo } from "./working-days";

const SPRING = text("春节", "Spring Festival");
const document = text("测试用2027年放假通知（非真实通知）", "Test notice for 2027 (not a real notice)");
const TEST_2027: HolidayNotice = {
  year: 2027,
  document,
  published: "2026-11-20",
  daysOff: [["2027-02-05", "2027-02-12", SPRING]],
  makeUpWorkdays: ["2027-02-14"],
  citation: cite(document, undefined, "2026-11-20"),
};

describe("adding a holiday notice", () => {
  it("turns the year's provisional answers into the notice's, and changes the calendar version", () => {
    const before = calendarVersion();
    const clock = addWorkingDays("2027-01-04", 45);
    expect(clock).toEqual({ date: "2027-03-12", provisional: true });
    expect(dayInfo("2027-02-11")).toMatchObject({ workingDay: true, provisional: true });

    addHolidayNotice(TEST_2027);

    expect(calendarVersion()).not.toBe(before);
    expect(calendarVersion()).toMatch(/^notices:2023,2024,2025,2026,2027#[0-9a-f]{8}$/);
    expect(calendarCoverage().years).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(dayInfo("2027-02-11")).toMatchObject({ workingDay: false, provisional: false, kind: "holiday" });
    expect(dayInfo("2027-02-14")).toMatchObject({ workingDay: true, provisional: false, kind: "makeup_workday" });
    expect(dayInfo("2027-02-14").source).toEqual({ kind: "notice", citations: [TEST_2027.citation], note: null });
    // 02-11 and 02-12 are now off too, and Sunday 02-14 is worked: one working day later, and firm.
    expect(addWorkingDays("2027-01-04", 45)).toEqual({ date: "2027-03-15", provisional: false });
    // Days the notice does not list are ordinary: the rules' 2027 days no longer apply.
    expect(dayInfo("2027-04-05")).toMatchObject({ workingDay: true, provisional: false, kind: "workday" });
  });

  it("refuses a second notice for a year, and one whose days do not hold together", () => {
    expect(() => addHolidayNotice(TEST_2027)).toThrow("a notice for 2027 is already data");
    expect(() => addHolidayNotice({ ...TEST_2027, year: 2028, makeUpWorkdays: ["2028-02-16"] })).toThrow(
      "must be a weekend day",
    );
    expect(() =>
      addHolidayNotice({ ...TEST_2027, year: 2029, daysOff: [["2029-02-10", "2029-02-01", SPRING]] }),
    ).toThrow("bad range");
    expect(HOLIDAY_NOTICES.map((n) => n.year)).toEqual([2023, 2024, 2025, 2026]);
  });
});
