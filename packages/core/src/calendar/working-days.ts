/**
 * PRC working days: a weekday is a working day unless a holiday notice gives
 * it off; a weekend day is not, unless the notice makes it a make-up working
 * day (调休上班). Years whose notice is not yet data fall back to weekends and
 * the fixed-date holidays, and every answer drawn from them is `provisional`.
 */
import type { Text } from "../i18n";
import type { Citation, IsoDate } from "../rules";
import { addDays, compareDates, isWeekend, yearOf } from "./dates";
import { HOLIDAY_NOTICES } from "./notices";
import { fixedDateHolidayOn } from "./statutory-holidays";

export type DayKind = "workday" | "weekend" | "holiday" | "make_up_workday";

export interface DayInfo {
  workingDay: boolean;
  /** True when the day lies in a year whose holiday notice is not data: the answer may change. */
  provisional: boolean;
  kind: DayKind;
  holiday?: Text;
}

export interface ProvisionalDate {
  date: IsoDate;
  provisional: boolean;
}

const NOTICED_YEARS = new Set(HOLIDAY_NOTICES.map((n) => n.year));

/** Every day a notice names, including those outside its own year (the 2023 notice starts on 2022-12-31). */
const LISTED_DAYS: ReadonlyMap<IsoDate, DayInfo> = (() => {
  const days = new Map<IsoDate, DayInfo>();
  for (const { daysOff, makeUpWorkdays } of HOLIDAY_NOTICES) {
    for (const [from, to, holiday] of daysOff) {
      for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) {
        days.set(d, { workingDay: false, provisional: false, kind: "holiday", holiday });
      }
    }
    for (const d of makeUpWorkdays) days.set(d, { workingDay: true, provisional: false, kind: "make_up_workday" });
  }
  return days;
})();

export function dayInfo(date: IsoDate): DayInfo {
  const provisional = !NOTICED_YEARS.has(yearOf(date));
  const listed = LISTED_DAYS.get(date);
  if (listed) return { ...listed };
  const holiday = provisional ? fixedDateHolidayOn(date) : undefined;
  if (holiday) return { workingDay: false, provisional, kind: "holiday", holiday };
  return isWeekend(date)
    ? { workingDay: false, provisional, kind: "weekend" }
    : { workingDay: true, provisional, kind: "workday" };
}

export function isWorkingDay(date: IsoDate): boolean {
  return dayInfo(date).workingDay;
}

/**
 * The `n`-th working day after `start` (n ≥ 1). The start day is not counted
 * (Civil Code Art. 201, PERIOD_START_CITATION). `provisional` if any day
 * passed over lies in a year whose notice is not data.
 */
export function addWorkingDays(start: IsoDate, n: number): ProvisionalDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a whole number ≥ 1: ${n}`);
  let date = start;
  let provisional = false;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    const info = dayInfo(date);
    provisional ||= info.provisional;
    if (info.workingDay) counted++;
  }
  return { date, provisional };
}

/** How many working days d there are with from ≤ d ≤ to (0 if `to` is before `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate): { days: number; provisional: boolean } {
  let days = 0;
  let provisional = false;
  for (let date = from; compareDates(date, to) <= 0; date = addDays(date, 1)) {
    const info = dayInfo(date);
    provisional ||= info.provisional;
    if (info.workingDay) days++;
  }
  return { days, provisional };
}

/** Which years' holiday notices are data, and the notices themselves. */
export function calendarCoverage(): { years: number[]; sources: Citation[] } {
  return {
    years: HOLIDAY_NOTICES.map((n) => n.year).sort((a, b) => a - b),
    sources: HOLIDAY_NOTICES.map((n) => n.citation),
  };
}
