/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), proleptic Gregorian, with
 * no time zone: a date is a day number, not an instant.
 */
import { text } from "../i18n";
import { type Citation, defineInstrument, type IsoDate } from "../rules";

const CIVIL_CODE = defineInstrument({
  id: "civil-code",
  title: text("中华人民共和国民法典", "Civil Code of the People's Republic of China"),
  inForceFrom: "2021-01-01",
  sourceFile: "calendar/civil-code.source.txt",
});
const READ_IN_REPRINTS =
  "read in reprints that agree word for word, not in the npc.gov.cn text (calendar/civil-code.source.txt)";

export const PERIOD_START_CITATION: Citation = CIVIL_CODE.article(
  "第二百零一条",
  "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。",
  { unconfirmed: READ_IN_REPRINTS },
);
export const PERIOD_IN_MONTHS_CITATION: Citation = CIVIL_CODE.article(
  "第二百零二条",
  "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
  { unconfirmed: READ_IN_REPRINTS },
);
export const PERIOD_LAST_DAY_CITATION: Citation = CIVIL_CODE.article(
  "第二百零三条",
  "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。",
  { unconfirmed: READ_IN_REPRINTS },
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const CHINA_UTC_OFFSET_MS = 8 * 3_600_000;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parse(s: string): Ymd | undefined {
  const match = ISO_DATE.exec(s);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a real calendar date written YYYY-MM-DD (2023-02-29 is not one, 2024-02-29 is). */
export function isIsoDate(s: string): boolean {
  return parse(s) !== undefined;
}

function parseOrThrow(date: IsoDate): Ymd {
  const ymd = parse(date);
  if (!ymd) throw new RangeError(`not an ISO date: ${date}`);
  return ymd;
}

function format({ year, month, day }: Ymd): IsoDate {
  if (year < 0 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
function toDayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The inverse of `toDayNumber` (civil_from_days). */
function fromDayNumber(dayNumber: number): Ymd {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  return format(fromDayNumber(toDayNumber(parseOrThrow(date)) + n));
}

/** Calendar days from `a` to `b` (b − a): negative when `b` is earlier. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(parseOrThrow(b)) - toDayNumber(parseOrThrow(a));
}

/** Negative, zero or positive as `a` is before, the same day as, or after `b`. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(daysBetween(b, a));
}

/** The earlier of two dates (ISO dates order as strings). */
export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return b < a ? b : a;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): Weekday {
  return ((((toDayNumber(parseOrThrow(date)) + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function yearOf(date: IsoDate): number {
  return parseOrThrow(date).year;
}

/**
 * The last day of a period of `months` months starting on `date` (Civil Code
 * Art. 202, see PERIOD_IN_MONTHS_CITATION): the corresponding day of the
 * month it ends in, or that month's last day if it has no such day
 * (2023-08-31 + 6 → 2024-02-29; 2022-08-31 + 6 → 2023-02-28). Art. 203's
 * shift of a last day that falls on a rest day is not applied: whether it
 * governs customs periods is unsettled (README, "Law").
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`not a whole number of months: ${months}`);
  const { year, month, day } = parseOrThrow(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Today's date in Beijing time (Asia/Shanghai, UTC+8 all year, no DST) at the instant `now`. */
export function chinaToday(now: Date = new Date()): IsoDate {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("invalid Date");
  return format(fromDayNumber(Math.floor((ms + CHINA_UTC_OFFSET_MS) / MS_PER_DAY)));
}
