/**
 * PRC working days. In a year whose holiday notice is data, a weekday is a
 * working day unless the notice gives it off, and a weekend day is not unless
 * the notice makes it a make-up working day (调休上班). A year without its
 * notice is counted on the holiday rules (rules-year.ts): the statutory days
 * and the days in lieu are off, no make-up working day is assumed, and every
 * answer drawn from such a year is `provisional`.
 */
import { type Text, text } from "../i18n";
import type { Citation, IsoDate } from "../rules";
import { addDays, compareDates, isIsoDate, isWeekend, yearOf } from "./dates";
import { HOLIDAY_NOTICES, type HolidayNotice } from "./notices";
import { rulesYear } from "./rules-year";

/** What a day is: a working day (`workday`, `makeup_workday`) or a day off (`weekend`, `holiday`, `in_lieu`). */
export const DAY_KINDS = ["workday", "weekend", "holiday", "in_lieu", "makeup_workday"] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** Where an answer comes from: the year's notice, or the holiday rules' articles. */
export interface DaySource {
  kind: "notice" | "holiday_rules";
  citations: readonly Citation[];
  /** What the source leaves open, or why the answer is provisional. */
  note: Text | null;
}

export interface DayInfo {
  date: IsoDate;
  workingDay: boolean;
  /** True when the day lies in a year whose holiday notice is not data: the answer may change. */
  provisional: boolean;
  kind: DayKind;
  /** The holiday a day off (or a day in lieu) is for; null on other days. */
  holiday: Text | null;
  source: DaySource;
}

export interface ProvisionalDate {
  date: IsoDate;
  provisional: boolean;
}

/** The notices in force in this process: the data (notices.ts) and any added since (`addHolidayNotice`). */
const notices: HolidayNotice[] = [...HOLIDAY_NOTICES];

interface Index {
  byYear: ReadonlyMap<number, HolidayNotice>;
  /** Every day a notice names, including those outside its own year (the 2023 notice starts on 2022-12-31). */
  listed: ReadonlyMap<IsoDate, DayInfo>;
  version: string;
}
let index: Index | null = null;

function build(): Index {
  const byYear = new Map(notices.map((n) => [n.year, n]));
  const listed = new Map<IsoDate, DayInfo>();
  for (const notice of notices) {
    const source: DaySource = { kind: "notice", citations: [notice.citation], note: null };
    for (const [from, to, holiday] of notice.daysOff) {
      for (let date = from; compareDates(date, to) <= 0; date = addDays(date, 1)) {
        listed.set(date, { date, workingDay: false, provisional: false, kind: "holiday", holiday, source });
      }
    }
    for (const date of notice.makeUpWorkdays) {
      listed.set(date, { date, workingDay: true, provisional: false, kind: "makeup_workday", holiday: null, source });
    }
  }
  return { byYear, listed, version: versionOf(notices) };
}

function current(): Index {
  index ??= build();
  return index;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell one set of notices from another. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

function versionOf(list: readonly HolidayNotice[]): string {
  const sorted = [...list].sort((a, b) => a.year - b.year);
  const data = JSON.stringify(
    sorted.map((n) => [n.year, n.published, n.daysOff.map(([f, t]) => [f, t]), n.makeUpWorkdays]),
  );
  return `notices:${sorted.map((n) => n.year).join(",")}#${hash(data)}`;
}

/**
 * Which calendar data a date was computed on: the years whose notices are
 * data, and a digest of their days. It changes when a notice is added (or
 * corrected), and only then; a due date computed on another version over a
 * provisional day is computed again (README, "When a holiday notice is added").
 */
export function calendarVersion(): string {
  return current().version;
}

/**
 * Adds a year's notice to the calendar of this process, as a release that
 * adds it to notices.ts would. For tests and the local stack's test modules:
 * a real notice is data in notices.ts. Refuses a second notice for a year,
 * and a notice whose days do not hold together.
 */
export function addHolidayNotice(notice: HolidayNotice): void {
  if (current().byYear.has(notice.year)) throw new Error(`a notice for ${notice.year} is already data`);
  const off = new Set<IsoDate>();
  for (const [from, to] of notice.daysOff) {
    if (!isIsoDate(from) || !isIsoDate(to) || compareDates(from, to) > 0)
      throw new Error(`notice ${notice.year}: bad range ${from}..${to}`);
    for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) off.add(d);
  }
  for (const d of notice.makeUpWorkdays) {
    if (!isIsoDate(d) || !isWeekend(d) || off.has(d))
      throw new Error(`notice ${notice.year}: make-up working day ${d} must be a weekend day that is not off`);
  }
  notices.push(notice);
  index = null;
}

/** The notices in force in this process, by year. */
export function holidayNotices(): readonly HolidayNotice[] {
  return [...notices].sort((a, b) => a.year - b.year);
}

const NO_NOTICE = (year: number) =>
  text(
    `${year}年放假通知尚未纳入：按放假办法计算，调休上班日须待通知，未作假设（暂定）。`,
    `No holiday notice for ${year} is data yet: counted on the holiday rules; make-up working days await the notice and none are assumed (provisional).`,
  );

/** What a day is: a working day or not, why, and whether the answer may still change. */
export function dayInfo(date: IsoDate): DayInfo {
  const year = yearOf(date);
  const { byYear, listed } = current();
  const found = listed.get(date);
  if (found) return { ...found };
  const notice = byYear.get(year);
  if (notice) {
    const source: DaySource = { kind: "notice", citations: [notice.citation], note: null };
    return isWeekend(date)
      ? { date, workingDay: false, provisional: false, kind: "weekend", holiday: null, source }
      : { date, workingDay: true, provisional: false, kind: "workday", holiday: null, source };
  }
  const computed = rulesYear(year);
  const off = computed.days.get(date);
  if (off) {
    return {
      date,
      workingDay: false,
      provisional: true,
      kind: off.kind,
      holiday: off.name,
      source: { kind: "holiday_rules", citations: off.citations, note: joinNote(off.note, NO_NOTICE(year)) },
    };
  }
  const rules = computed.rules.value;
  const source: DaySource = {
    kind: "holiday_rules",
    citations: [rules.list, rules.inLieu, ...(rules.makeUpDays ? [rules.makeUpDays] : [])],
    note: NO_NOTICE(year),
  };
  return isWeekend(date)
    ? { date, workingDay: false, provisional: true, kind: "weekend", holiday: null, source }
    : { date, workingDay: true, provisional: true, kind: "workday", holiday: null, source };
}

function joinNote(a: Text | null, b: Text): Text {
  return a ? text(`${a["zh-CN"]} ${b["zh-CN"]}`, `${a.en} ${b.en}`) : b;
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

/** Which years' holiday notices are data, the notices themselves, and the calendar version. */
export function calendarCoverage(): { years: number[]; sources: Citation[]; version: string } {
  const list = holidayNotices();
  return { years: list.map((n) => n.year), sources: list.map((n) => n.citation), version: calendarVersion() };
}
