/**
 * The Chinese (lunar) calendar and the solar terms, from the npm package
 * `tyme4ts` (6tail's Tyme, MIT; solar terms and new moons from 寿星天文历, in
 * Beijing time). The holiday rules name their days in this calendar (农历除夕,
 * 正月初一, 农历清明当日, 端午, 中秋); this module turns them into ISO dates and
 * is the only place that imports the library. Why this library: README,
 * "Working-day calendar".
 */
import { LunarDay, type SolarDay, SolarTerm } from "tyme4ts";
import type { IsoDate } from "../rules";

function iso(day: SolarDay): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(day.getYear()).padStart(4, "0")}-${pad(day.getMonth())}-${pad(day.getDay())}`;
}

/** The Gregorian date of day `day` of (non-leap) month `month` of lunar year `year` (正月初一 of 2027 → 2027-02-06). */
export function lunarDate(year: number, month: number, day: number): IsoDate {
  return iso(LunarDay.fromYmd(year, month, day).getSolarDay());
}

/** 除夕: the last day of the twelfth month of the lunar year before `year`, the eve of 正月初一 of `year`. */
export function lunarNewYearsEve(year: number): IsoDate {
  return iso(LunarDay.fromYmd(year, 1, 1).getSolarDay().next(-1));
}

export const SOLAR_TERMS = ["清明"] as const;
export type SolarTermName = (typeof SOLAR_TERMS)[number];

/** The day (Beijing time) on which the solar term `name` begins in Gregorian year `year` (清明 2027 → 2027-04-05). */
export function solarTermDate(year: number, name: SolarTermName): IsoDate {
  return iso(SolarTerm.fromName(year, name).getSolarDay());
}
