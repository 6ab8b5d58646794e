/**
 * 全国年节及纪念日放假办法: the statutory days off for all citizens (第二条) and
 * the day in lieu when one falls on a weekend (第六条), as dated versions: a
 * changed rule is a new version, never an edit. Each version's text, and
 * where it was read, is in the `holiday-measures-*.source.txt` file beside
 * this one. These rules are what a year without its holiday notice is
 * computed from (rules-year.ts); a notice, once it is data, replaces them.
 *
 * The days are written as the rules name them (农历除夕, 农历清明当日, 10月1日),
 * and turned into dates by the lunar calendar (lunar.ts: a table generated from
 * tyme4ts and checked against it), never by a table of dates written by hand.
 */
import { type Text, text } from "../i18n";
import {
  type Citation,
  defineInstrument,
  defineParameter,
  type IsoDate,
  type ParameterValue,
  valueAsOf,
} from "../rules";
import type { SolarTermName } from "./lunar";

export const MEASURES_2007 = defineInstrument({
  id: "holiday-measures-2007",
  title: text(
    "全国年节及纪念日放假办法（2007年修订，国务院令第513号）",
    "National Holidays Measures (as amended in 2007, State Council Decree 513)",
  ),
  inForceFrom: "2008-01-01",
  sourceFile: "calendar/holiday-measures-2007.source.txt",
});

export const MEASURES_2013 = defineInstrument({
  id: "holiday-measures-2013",
  title: text(
    "全国年节及纪念日放假办法（2013年修订，国务院令第644号）",
    "National Holidays Measures (as amended in 2013, State Council Decree 644)",
  ),
  inForceFrom: "2014-01-01",
  sourceFile: "calendar/holiday-measures-2013.source.txt",
});

export const MEASURES_2024 = defineInstrument({
  id: "holiday-measures-2024",
  title: text(
    "全国年节及纪念日放假办法（2024年修订，国务院令第795号）",
    "National Holidays Measures (as amended in 2024, State Council Decree 795)",
  ),
  inForceFrom: "2025-01-01",
  sourceFile: "calendar/holiday-measures-2024.source.txt",
});

export type HolidayId =
  | "new_year"
  | "spring_festival"
  | "qingming"
  | "labour_day"
  | "dragon_boat"
  | "mid_autumn"
  | "national_day";

/** A day as a rule names it: a Gregorian date, a lunar date, 除夕, or the day a solar term begins. */
export type RuleDay =
  | { calendar: "gregorian"; month: number; day: number }
  | { calendar: "lunar"; month: number; day: number }
  | { calendar: "lunar_new_years_eve" }
  | { calendar: "solar_term"; term: SolarTermName };

export interface StatutoryHoliday {
  id: HolidayId;
  /** The name the platform shows (元旦 throughout: the versions before 2025 call it 新年). */
  name: Text;
  days: readonly RuleDay[];
  citation: Citation;
}

export interface HolidayRules {
  /** 第二条: the holidays for all citizens and their days. */
  holidays: readonly StatutoryHoliday[];
  /** 第二条's opening words: what a day not listed there is (not a holiday). */
  list: Citation;
  /** 第六条: a day in lieu on a working day for a holiday that falls on a Saturday or Sunday. */
  inLieu: Citation;
  /** 第七条 (from 2025): make-up working days (调休) are the notice's to arrange; null before. */
  makeUpDays: Citation | null;
}

const NAMES: Record<HolidayId, Text> = {
  new_year: text("元旦", "New Year's Day"),
  spring_festival: text("春节", "Spring Festival"),
  qingming: text("清明节", "Qingming Festival"),
  labour_day: text("劳动节", "Labour Day"),
  dragon_boat: text("端午节", "Dragon Boat Festival"),
  mid_autumn: text("中秋节", "Mid-Autumn Festival"),
  national_day: text("国庆节", "National Day"),
};

export function holidayName(id: HolidayId): Text {
  return NAMES[id];
}

const holiday = (id: HolidayId, citation: Citation, days: RuleDay[]): StatutoryHoliday => ({
  id,
  name: NAMES[id],
  days,
  citation,
});
const gregorian = (month: number, day: number): RuleDay => ({ calendar: "gregorian", month, day });
const lunar = (month: number, day: number): RuleDay => ({ calendar: "lunar", month, day });
const NEW_YEARS_EVE: RuleDay = { calendar: "lunar_new_years_eve" };
const QINGMING: RuleDay = { calendar: "solar_term", term: "清明" };

// ---------------------------------------------------------------------------
// 2008-01-01 to 2013-12-31: the 2007 amendment (State Council Decree 513).

const RULES_2007: HolidayRules = {
  list: MEASURES_2007.article("第二条", "全体公民放假的节日"),
  holidays: [
    /* （一）新年，放假1天（1月1日）； */
    holiday("new_year", MEASURES_2007.article("第二条第（一）项", "（一）新年，放假1天（1月1日）"), [gregorian(1, 1)]),
    /* （二）春节，放假3天（农历除夕、正月初一、初二）； */
    holiday(
      "spring_festival",
      MEASURES_2007.article("第二条第（二）项", "（二）春节，放假3天（农历除夕、正月初一、初二）"),
      [NEW_YEARS_EVE, lunar(1, 1), lunar(1, 2)],
    ),
    /* （三）清明节，放假1天（农历清明当日）； */
    holiday("qingming", MEASURES_2007.article("第二条第（三）项", "（三）清明节，放假1天（农历清明当日）"), [QINGMING]),
    /* （四）劳动节，放假1天（5月1日）； */
    holiday("labour_day", MEASURES_2007.article("第二条第（四）项", "（四）劳动节，放假1天（5月1日）"), [
      gregorian(5, 1),
    ]),
    /* （五）端午节，放假1天（农历端午当日）； */
    holiday("dragon_boat", MEASURES_2007.article("第二条第（五）项", "（五）端午节，放假1天（农历端午当日）"), [
      lunar(5, 5),
    ]),
    /* （六）中秋节，放假1天（农历中秋当日）； */
    holiday("mid_autumn", MEASURES_2007.article("第二条第（六）项", "（六）中秋节，放假1天（农历中秋当日）"), [
      lunar(8, 15),
    ]),
    /* （七）国庆节，放假3天（10月1日、2日、3日）。 */
    holiday("national_day", MEASURES_2007.article("第二条第（七）项", "（七）国庆节，放假3天（10月1日、2日、3日）"), [
      gregorian(10, 1),
      gregorian(10, 2),
      gregorian(10, 3),
    ]),
  ],
  /* 第六条 全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假。 */
  inLieu: MEASURES_2007.article("第六条", "全体公民放假的假日，如果适逢星期六、星期日，", {
    unconfirmed: "the rest of the sentence was not read for this version (holiday-measures-2007.source.txt)",
  }),
  makeUpDays: null,
};

// ---------------------------------------------------------------------------
// 2014-01-01 to 2024-12-31: the 2013 amendment (State Council Decree 644).
// The Spring Festival becomes 正月初一 to 初三 (除夕 is no longer a holiday).

const RULES_2013: HolidayRules = {
  list: MEASURES_2013.article("第二条", "全体公民放假的节日"),
  holidays: [
    /* （一）新年，放假1天（1月1日）； */
    holiday("new_year", MEASURES_2013.article("第二条第（一）项", "（一）新年，放假1天（1月1日）"), [gregorian(1, 1)]),
    /* （二）春节，放假3天（农历正月初一、初二、初三）； */
    holiday(
      "spring_festival",
      MEASURES_2013.article("第二条第（二）项", "（二）春节，放假3天（农历正月初一、初二、初三）"),
      [lunar(1, 1), lunar(1, 2), lunar(1, 3)],
    ),
    /* （三）清明节，放假1天（农历清明当日）； */
    holiday("qingming", MEASURES_2013.article("第二条第（三）项", "（三）清明节，放假1天（农历清明当日）"), [QINGMING]),
    /* （四）劳动节，放假1天（5月1日）； */
    holiday("labour_day", MEASURES_2013.article("第二条第（四）项", "（四）劳动节，放假1天（5月1日）"), [
      gregorian(5, 1),
    ]),
    /* （五）端午节，放假1天（农历端午当日）； */
    holiday("dragon_boat", MEASURES_2013.article("第二条第（五）项", "（五）端午节，放假1天（农历端午当日）"), [
      lunar(5, 5),
    ]),
    /* （六）中秋节，放假1天（农历中秋当日）； */
    holiday("mid_autumn", MEASURES_2013.article("第二条第（六）项", "（六）中秋节，放假1天（农历中秋当日）"), [
      lunar(8, 15),
    ]),
    /* （七）国庆节，放假3天（10月1日、2日、3日）。 */
    holiday("national_day", MEASURES_2013.article("第二条第（七）项", "（七）国庆节，放假3天（10月1日、2日、3日）"), [
      gregorian(10, 1),
      gregorian(10, 2),
      gregorian(10, 3),
    ]),
  ],
  /* 第六条 全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假。部分公民放假的假日，如果适逢星期六、星期日，则不补假。 */
  inLieu: MEASURES_2013.article("第六条", "全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假。"),
  makeUpDays: null,
};

// ---------------------------------------------------------------------------
// From 2025-01-01: the 2024 amendment (State Council Decree 795). 除夕 and
// 2 May become holidays; a new 第七条 lets the notices arrange 调休.

const RULES_2024: HolidayRules = {
  list: MEASURES_2024.article("第二条", "全体公民放假的节日"),
  holidays: [
    /* （一）元旦，放假1天（1月1日）； */
    holiday("new_year", MEASURES_2024.article("第二条第（一）项", "（一）元旦，放假1天（1月1日）"), [gregorian(1, 1)]),
    /* （二）春节，放假4天（农历除夕、正月初一至初三）； */
    holiday(
      "spring_festival",
      MEASURES_2024.article("第二条第（二）项", "（二）春节，放假4天（农历除夕、正月初一至初三）"),
      [NEW_YEARS_EVE, lunar(1, 1), lunar(1, 2), lunar(1, 3)],
    ),
    /* （三）清明节，放假1天（农历清明当日）； */
    holiday("qingming", MEASURES_2024.article("第二条第（三）项", "（三）清明节，放假1天（农历清明当日）"), [QINGMING]),
    /* （四）劳动节，放假2天（5月1日、2日）； */
    holiday("labour_day", MEASURES_2024.article("第二条第（四）项", "（四）劳动节，放假2天（5月1日、2日）"), [
      gregorian(5, 1),
      gregorian(5, 2),
    ]),
    /* （五）端午节，放假1天（农历端午当日）； */
    holiday("dragon_boat", MEASURES_2024.article("第二条第（五）项", "（五）端午节，放假1天（农历端午当日）"), [
      lunar(5, 5),
    ]),
    /* （六）中秋节，放假1天（农历中秋当日）； */
    holiday("mid_autumn", MEASURES_2024.article("第二条第（六）项", "（六）中秋节，放假1天（农历中秋当日）"), [
      lunar(8, 15),
    ]),
    /* （七）国庆节，放假3天（10月1日至3日）。 */
    holiday("national_day", MEASURES_2024.article("第二条第（七）项", "（七）国庆节，放假3天（10月1日至3日）"), [
      gregorian(10, 1),
      gregorian(10, 2),
      gregorian(10, 3),
    ]),
  ],
  /* 第六条 全体公民放假的假日，如果适逢周六、周日，应当在工作日补假。部分公民放假的假日，如果适逢周六、周日，则不补假。 */
  inLieu: MEASURES_2024.article("第六条", "全体公民放假的假日，如果适逢周六、周日，应当在工作日补假。"),
  /* 第七条 全体公民放假的假日，可合理安排统一放假调休……除个别特殊情形外，法定节假日假期前后连续工作一般不超过6天。 */
  makeUpDays: MEASURES_2024.article(
    "第七条",
    "全体公民放假的假日，可合理安排统一放假调休……除个别特殊情形外，法定节假日假期前后连续工作一般不超过6天。",
  ),
};

export const HOLIDAY_RULES = defineParameter<HolidayRules>(
  "calendar.holidayRules",
  text("全体公民放假的节日及补假规则", "Public holidays for all citizens and days in lieu"),
  [
    { from: MEASURES_2007.inForceFrom, value: RULES_2007, citation: RULES_2007.list },
    { from: MEASURES_2013.inForceFrom, value: RULES_2013, citation: RULES_2013.list },
    { from: MEASURES_2024.inForceFrom, value: RULES_2024, citation: RULES_2024.list },
  ],
);

export interface RulesInForce {
  rules: ParameterValue<HolidayRules>;
  /** True before 2008: the earliest encoded version stands in for the rules of the time, which are not encoded. */
  approximated: boolean;
}

/** The holiday rules for the days of `year` (each version takes effect on 1 January). */
export function holidayRulesFor(year: number): RulesInForce {
  const jan1: IsoDate = `${String(year).padStart(4, "0")}-01-01`;
  const found = valueAsOf(HOLIDAY_RULES, jan1);
  if (found) return { rules: found, approximated: false };
  const first = HOLIDAY_RULES.versions[0];
  if (!first?.value) throw new Error("calendar.holidayRules has no version");
  return {
    rules: { id: HOLIDAY_RULES.id, value: first.value, from: first.from, citation: first.citation },
    approximated: true,
  };
}
