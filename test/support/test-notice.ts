import {
  addDays,
  calendarCoverage,
  cite,
  type DaysOff,
  type HolidayNotice,
  isWeekend,
  rulesYear,
  text,
} from "@rdc/core";

/** The first year whose holiday notice is not data (2027 today). */
export function firstYearWithoutNotice(): number {
  return Math.max(...calendarCoverage().years) + 1;
}

/**
 * A made-up notice for `year`, for tests only (it says so in its title): the
 * days off the holiday rules give, plus the two weekdays after the Spring
 * Festival off, and the Saturday after them worked, as notices arrange it. A
 * clock that runs across the Spring Festival ends one working day later on it
 * than on the rules alone, and is no longer provisional.
 */
export function testNotice(year: number): HolidayNotice {
  const document = text(`测试用${year}年放假通知（非真实通知）`, `Test notice for ${year} (not a real notice)`);
  const published = `${year - 1}-11-20`;
  const days = [...rulesYear(year).days.values()];
  const daysOff: DaysOff[] = days.map((d) => [d.date, d.date, d.name]);
  const spring = days.filter((d) => d.holidays.some((h) => h.id === "spring_festival"));
  let last = spring.at(-1)?.date ?? `${year}-02-01`;
  const extra: string[] = [];
  while (extra.length < 2) {
    last = addDays(last, 1);
    if (!isWeekend(last)) extra.push(last);
  }
  for (const d of extra) daysOff.push([d, d, text("春节", "Spring Festival")]);
  let saturday = addDays(last, 1);
  while (!isWeekend(saturday)) saturday = addDays(saturday, 1);
  return {
    year,
    document,
    published,
    daysOff,
    makeUpWorkdays: [saturday],
    citation: cite(document, undefined, published),
  };
}
