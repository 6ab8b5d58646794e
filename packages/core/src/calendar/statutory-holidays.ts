/**
 * The fixed-date public holidays of 全国年节及纪念日放假办法 (Art. 2), the
 * fallback for years whose holiday notice is not data. Lunar-date holidays
 * (Spring Festival, Qingming, Dragon Boat, Mid-Autumn) and the days the
 * notices move around them are not guessed; neither is the substitute day
 * off when a holiday falls on a weekend (Art. 6): only the notice fixes those.
 */
import { type Text, text } from "../i18n";
import { cite, defineParameter, type IsoDate, valueAsOf } from "../rules";

export interface FixedDateHoliday {
  month: number;
  day: number;
  holiday: Text;
}

const NEW_YEAR = text("元旦", "New Year's Day");
const LABOUR_DAY = text("劳动节", "Labour Day");
const NATIONAL_DAY = text("国庆节", "National Day");

const NEW_YEAR_AND_NATIONAL_DAY: FixedDateHoliday[] = [
  { month: 1, day: 1, holiday: NEW_YEAR },
  { month: 10, day: 1, holiday: NATIONAL_DAY },
  { month: 10, day: 2, holiday: NATIONAL_DAY },
  { month: 10, day: 3, holiday: NATIONAL_DAY },
];

export const FIXED_DATE_HOLIDAYS = defineParameter<readonly FixedDateHoliday[]>(
  "calendar.fixedDateHolidays",
  text("全体公民放假的固定日期节日", "Fixed-date public holidays for all citizens"),
  [
    {
      from: "2014-01-01",
      value: [...NEW_YEAR_AND_NATIONAL_DAY, { month: 5, day: 1, holiday: LABOUR_DAY }],
      citation: cite(
        text(
          "全国年节及纪念日放假办法（国务院令第644号修订）",
          "National Holidays Measures (as amended by State Council Decree 644)",
        ),
        "Art. 2",
        "2014-01-01",
      ),
    },
    {
      from: "2025-01-01",
      value: [
        ...NEW_YEAR_AND_NATIONAL_DAY,
        { month: 5, day: 1, holiday: LABOUR_DAY },
        { month: 5, day: 2, holiday: LABOUR_DAY },
      ],
      citation: cite(
        text(
          "全国年节及纪念日放假办法（国务院令第795号修订）",
          "National Holidays Measures (as amended by State Council Decree 795)",
        ),
        "Art. 2",
        "2025-01-01",
      ),
    },
  ],
);

/**
 * The fixed-date holiday on `date`, if any. Before 2014 the 2014 list is used
 * as an approximation: dates there are provisional anyway.
 */
export function fixedDateHolidayOn(date: IsoDate): Text | undefined {
  const inForce = valueAsOf(FIXED_DATE_HOLIDAYS, date)?.value ?? FIXED_DATE_HOLIDAYS.versions[0]?.value ?? [];
  const [, month, day] = date.split("-").map(Number);
  return inForce.find((h) => h.month === month && h.day === day)?.holiday;
}
