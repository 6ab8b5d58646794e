/**
 * The Chinese (lunar) calendar and the solar terms, as the holiday rules name
 * their days (农历除夕, 正月初一, 农历清明当日, 端午, 中秋): this module turns them
 * into ISO dates. The dates come from the npm package `tyme4ts` (6tail's Tyme,
 * MIT; solar terms and new moons from 寿星天文历, in Beijing time), not at run
 * time: `scripts/lunar-dates.ts` writes them into `lunar-dates.generated.ts`
 * for the years the calendar answers for, and `lunar.test.ts` checks every year
 * of that table against the library. Why this library, and why a table:
 * README, "Working-day calendar".
 */
import type { IsoDate } from "../rules";
import { addDays } from "./dates";
import { LUNAR_DATES, LUNAR_DATES_BASES, LUNAR_DATES_FIRST_YEAR, LUNAR_DATES_LAST_YEAR } from "./lunar-dates.generated";

/** The Gregorian years the lunar dates are known for (the generated table's range). */
export const LUNAR_YEARS = { first: LUNAR_DATES_FIRST_YEAR, last: LUNAR_DATES_LAST_YEAR } as const;

/** A lunar date asked for a year outside `LUNAR_YEARS`: the table has no row for it. */
export class LunarYearOutOfRange extends RangeError {
  constructor(readonly year: number) {
    super(
      `no lunar dates for ${year}: the generated table covers ${LUNAR_YEARS.first}–${LUNAR_YEARS.last} ` +
        "(widen FIRST_YEAR/LAST_YEAR in packages/core/scripts/lunar-dates.ts and run it)",
    );
    this.name = "LunarYearOutOfRange";
  }
}

/** A lunar day that the generated table does not hold (the rules name none other). */
export class LunarDayNotTabled extends RangeError {
  constructor(
    readonly month: number,
    readonly day: number,
  ) {
    super(
      `lunar month ${month} day ${day} is not in the generated table (正月初一 to 廿九, 五月初五 and 八月十五 are): ` +
        "add it to packages/core/scripts/lunar-dates.ts and run it",
    );
    this.name = "LunarDayNotTabled";
  }
}

const EVE = 0;
const NEW_YEAR = 1;
const QINGMING = 2;
const DRAGON_BOAT = 3;
const MID_AUTUMN = 4;

/** Column `column` of `year`'s row (a base-36 digit: days after the column's base), as an ISO date of `year`. */
function tabled(year: number, column: number): IsoDate {
  const row = Number.isInteger(year) ? LUNAR_DATES[year - LUNAR_DATES_FIRST_YEAR] : undefined;
  const digit = row?.[column];
  const base = LUNAR_DATES_BASES[column];
  if (!digit || !base) throw new LunarYearOutOfRange(year);
  return addDays(`${String(year).padStart(4, "0")}-${base}`, Number.parseInt(digit, 36));
}

/**
 * The Gregorian date of day `day` of (non-leap) month `month` of lunar year
 * `year` (正月初一 of 2027 → 2027-02-06), for the days the rules name: 正月初一 to
 * 廿九 (正月 has 29 or 30 days: counted on from 初一), 五月初五, 八月十五. Any other
 * day throws `LunarDayNotTabled`; a year outside `LUNAR_YEARS`, `LunarYearOutOfRange`.
 */
export function lunarDate(year: number, month: number, day: number): IsoDate {
  if (month === 1 && Number.isInteger(day) && day >= 1 && day <= 29) return addDays(tabled(year, NEW_YEAR), day - 1);
  if (month === 5 && day === 5) return tabled(year, DRAGON_BOAT);
  if (month === 8 && day === 15) return tabled(year, MID_AUTUMN);
  throw new LunarDayNotTabled(month, day);
}

/** 除夕: the last day (the 29th or the 30th) of the twelfth month of the lunar year before `year`, the eve of 正月初一 of `year`. */
export function lunarNewYearsEve(year: number): IsoDate {
  return tabled(year, EVE);
}

export const SOLAR_TERMS = ["清明"] as const;
export type SolarTermName = (typeof SOLAR_TERMS)[number];

/** The day (Beijing time) on which the solar term `name` begins in Gregorian year `year` (清明 2027 → 2027-04-05). */
export function solarTermDate(year: number, name: SolarTermName): IsoDate {
  switch (name) {
    case "清明":
      return tabled(year, QINGMING);
  }
}
