/**
 * A year's days off as the holiday rules alone give them: the statutory days
 * of 第二条 and the days in lieu of 第六条. This is what a year without its
 * holiday notice is counted on (every day of it provisional), and what a
 * published notice is checked against (its days off include these statutory
 * days). What only a notice can say, the make-up working days (调休) and the
 * bridging days around a holiday, is not guessed.
 */
import { type Text, text } from "../i18n";
import type { Citation, IsoDate, ParameterValue } from "../rules";
import { addDays, isWeekend } from "./dates";
import { type HolidayRules, holidayRulesFor, type RuleDay, type StatutoryHoliday } from "./holiday-rules";
import { lunarDate, lunarNewYearsEve, solarTermDate } from "./lunar";

export interface RulesDayOff {
  date: IsoDate;
  /** `holiday`: a statutory day (第二条); `in_lieu`: a weekday off for one that fell on a weekend (第六条). */
  kind: "holiday" | "in_lieu";
  /** The holidays the day is (or, in lieu, the holidays of the weekend day it stands for). */
  holidays: readonly StatutoryHoliday[];
  name: Text;
  /** For `in_lieu`: the statutory day on a Saturday or Sunday that it stands for. */
  inLieuOf: IsoDate | null;
  citations: readonly Citation[];
  /** Where the rules leave the answer open, or the platform chose for them. */
  note: Text | null;
}

export interface RulesYear {
  year: number;
  rules: ParameterValue<HolidayRules>;
  /** True before 2008, whose rules are not encoded: the earliest encoded version stands in. */
  approximated: boolean;
  /** Every day off the rules give, by date, in date order. */
  days: ReadonlyMap<IsoDate, RulesDayOff>;
}

function dateOf(year: number, day: RuleDay): IsoDate {
  switch (day.calendar) {
    case "gregorian":
      return `${String(year).padStart(4, "0")}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
    case "lunar":
      return lunarDate(year, day.month, day.day);
    case "lunar_new_years_eve":
      return lunarNewYearsEve(year);
    case "solar_term":
      return solarTermDate(year, day.term);
  }
}

function joinedName(holidays: readonly StatutoryHoliday[]): Text {
  return text(holidays.map((h) => h.name["zh-CN"]).join("、"), holidays.map((h) => h.name.en).join(" and "));
}

/**
 * Two holidays on one day (中秋 on 10月1日–3日, as on 2028-10-03). 第二条 gives
 * each holiday its own day (农历中秋当日; 10月1日至3日), so the day is off, once,
 * for both. 第六条 gives a day in lieu only for a holiday that falls on a
 * Saturday or Sunday, not for one that falls on another holiday: no day in
 * lieu follows from the text. Whether a coinciding holiday is owed another
 * day off the text does not say (the notices have merged the two into one
 * longer break: 2020, and the principle announced with Decree 795,
 * "国庆节放假如逢中秋节，则合并放假8天"): none is assumed, and the day says so.
 */
const COINCIDING = text(
  "两个节日同在一日：依第二条，该日为两节共同的放假日，只放假一次；第六条只对适逢周六、周日的假日规定补假，对节日重合未作规定，是否另放一天由当年放假通知决定，本平台不作假设（暂定）。",
  "Two holidays on one day: under Art. 2 the day is off once, for both. Art. 6 gives a day in lieu only for a holiday on a Saturday or Sunday and says nothing of holidays that coincide; whether another day off follows is for the year's notice, and none is assumed (provisional).",
);

/**
 * 第六条 says a day in lieu is given "在工作日" without saying which: the
 * platform takes the first weekday after the weekend day that is not itself a
 * statutory day nor already a day in lieu (2027: 正月初一 and 初二 fall on
 * Saturday 02-06 and Sunday 02-07, 初三 is Monday 02-08, so 02-09 and 02-10).
 */
const NEXT_WEEKDAY = text(
  "第六条规定适逢周六、周日的假日应当在工作日补假，未规定在哪一个工作日：本平台取其后第一个既非法定节日、也非其他补假日的工作日；当年放假通知可能另作安排（暂定）。",
  "Art. 6 gives a day in lieu on a working day for a holiday on a Saturday or Sunday, without saying which: the platform takes the next weekday that is neither a statutory day nor another day in lieu; the year's notice may arrange it otherwise (provisional).",
);

const APPROXIMATED = text(
  "2008年以前的放假办法未收录：按2007年修订的放假办法近似计算（暂定）。",
  "The holiday rules before 2008 are not encoded: the 2007 rules stand in for them (provisional).",
);

const cache = new Map<number, RulesYear>();

/** The days off the holiday rules give in `year`, computed once per year. */
export function rulesYear(year: number): RulesYear {
  const cached = cache.get(year);
  if (cached) return cached;
  const { rules, approximated } = holidayRulesFor(year);
  const byDate = new Map<IsoDate, StatutoryHoliday[]>();
  for (const h of rules.value.holidays) {
    for (const day of h.days) {
      const date = dateOf(year, day);
      byDate.set(date, [...(byDate.get(date) ?? []), h]);
    }
  }
  const statutory = [...byDate.keys()].sort();
  const days = new Map<IsoDate, RulesDayOff>();
  const extra = approximated ? [APPROXIMATED] : [];
  for (const date of statutory) {
    const holidays = byDate.get(date) ?? [];
    const notes = [...extra, ...(holidays.length > 1 ? [COINCIDING] : [])];
    days.set(date, {
      date,
      kind: "holiday",
      holidays,
      name: joinedName(holidays),
      inLieuOf: null,
      citations: holidays.map((h) => h.citation),
      note: joinNotes(notes),
    });
  }
  for (const date of statutory.filter(isWeekend)) {
    let candidate = addDays(date, 1);
    while (isWeekend(candidate) || days.has(candidate)) candidate = addDays(candidate, 1);
    const holidays = byDate.get(date) ?? [];
    days.set(candidate, {
      date: candidate,
      kind: "in_lieu",
      holidays,
      name: joinedName(holidays),
      inLieuOf: date,
      citations: [rules.value.inLieu, ...holidays.map((h) => h.citation)],
      note: joinNotes([...extra, NEXT_WEEKDAY, ...(holidays.length > 1 ? [COINCIDING] : [])]),
    });
  }
  const sorted = new Map([...days.entries()].sort(([a], [b]) => a.localeCompare(b)));
  const computed: RulesYear = { year, rules, approximated, days: sorted };
  cache.set(year, computed);
  return computed;
}

function joinNotes(notes: readonly Text[]): Text | null {
  if (!notes.length) return null;
  return text(notes.map((n) => n["zh-CN"]).join(" "), notes.map((n) => n.en).join(" "));
}
