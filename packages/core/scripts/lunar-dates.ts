/**
 * Generates `src/calendar/lunar-dates.generated.ts`: for every Gregorian year
 * the calendar answers for, the dates the holiday rules name in the Chinese
 * calendar (农历除夕, 正月初一, 清明, 端午, 中秋), computed by `tyme4ts`. The library
 * stays the source of truth but off the run-time path: it is a development
 * dependency of @rdc/core, and a Lambda bundle carries only the table (README,
 * "Working-day calendar").
 *
 *   npx tsx packages/core/scripts/lunar-dates.ts          # writes the table
 *   npx tsx packages/core/scripts/lunar-dates.ts --check  # exits 1 if the table is not what it would write
 *
 * `lunar.test.ts` fails while the table differs from what this writes, and
 * checks every year of it against `tyme4ts` directly.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LunarDay, type SolarDay, SolarTerm } from "tyme4ts";

/**
 * The years of the table. From 1900: the API accepts dates from 1900-01-01
 * (platform `schema/common.ts`, `isoDate`), and the calendar answers for every
 * one of them (before 2008 on the 2007 rules, said to be approximated). To
 * 2110: the API accepts dates to 2100-12-31 and counts up to 1000 working days
 * forward from one (`MAX_WORKING_DAYS_ADDED`), which reaches 2105-01-13; the
 * rest leaves room for a longer clock. 8 bytes a year in a bundle (`render`).
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2110;

export const COMMAND = "npx tsx packages/core/scripts/lunar-dates.ts";
export const GENERATED_FILE = fileURLToPath(new URL("../src/calendar/lunar-dates.generated.ts", import.meta.url));

/** The dates of one Gregorian year, in the order of the table (and of the year). */
export const COLUMNS = ["除夕", "正月初一", "清明", "端午", "中秋"] as const;

function iso(day: SolarDay): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(day.getYear()).padStart(4, "0")}-${pad(day.getMonth())}-${pad(day.getDay())}`;
}

/**
 * The table's row for `year`, from `tyme4ts`: 除夕 (the last day of the twelfth
 * month of the lunar year before, the 29th or the 30th), 正月初一, the day 清明
 * begins (Beijing time), 五月初五, 八月十五; each as YYYY-MM-DD, all in `year`.
 */
export function lunarDatesOf(year: number): readonly [string, string, string, string, string] {
  const newYear = LunarDay.fromYmd(year, 1, 1);
  const row = [
    iso(newYear.getSolarDay().next(-1)),
    iso(newYear.getSolarDay()),
    iso(SolarTerm.fromName(year, "清明").getSolarDay()),
    iso(LunarDay.fromYmd(year, 5, 5).getSolarDay()),
    iso(LunarDay.fromYmd(year, 8, 15).getSolarDay()),
  ] as const;
  const prefix = `${String(year).padStart(4, "0")}-`;
  for (const date of row) {
    // The table stores month and day only: every date must lie in `year`.
    if (!date.startsWith(prefix)) throw new Error(`${year}: ${date} is not in ${year}`);
  }
  return row;
}

/** The version of `tyme4ts` installed (its package.json is not exported: found from its entry point). */
export function tyme4tsVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve("tyme4ts"));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "tyme4ts" && pkg.version) return pkg.version;
    } catch {
      // no package.json here: look further up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the package.json of tyme4ts");
    dir = parent;
  }
}

/** Days from `${year}-${mmdd}` to `date` (of the same year). */
function daysAfter(year: number, mmdd: string, date: string): number {
  return (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${year}-${mmdd}T00:00:00Z`)) / 86_400_000;
}

/**
 * The generated module's text, exactly as the repository's formatter (Biome)
 * leaves it. Each date is stored as one base-36 digit, its days after the
 * column's earliest month and day (`LUNAR_DATES_BASES`), so that a year costs
 * 8 bytes in a bundle; the comment after it (gone from a minified bundle) gives
 * the dates themselves.
 */
export function render(): string {
  const table = new Map<number, readonly string[]>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) table.set(year, lunarDatesOf(year));
  const bases = COLUMNS.map(
    (_, column) => [...table.values()].map((row) => (row[column] as string).slice(5)).sort()[0],
  );
  const rows: string[] = [];
  for (const [year, dates] of table) {
    const digits = dates.map((date, column) => {
      const offset = daysAfter(year, bases[column] ?? "", date);
      if (!Number.isInteger(offset) || offset < 0 || offset >= 36)
        throw new Error(`${year}: ${date} does not fit one digit`);
      return offset.toString(36);
    });
    rows.push(`  "${digits.join("")}", // ${year}: ${dates.map((d) => d.slice(5)).join(" ")}`);
  }
  return [
    `// Generated by \`${COMMAND}\` from tyme4ts ${tyme4tsVersion()}.`,
    "// Do not edit by hand: change the script and run it again (lunar.test.ts fails while this file is stale).",
    "",
    "/** The first and the last Gregorian year of `LUNAR_DATES`. */",
    `export const LUNAR_DATES_FIRST_YEAR = ${FIRST_YEAR};`,
    `export const LUNAR_DATES_LAST_YEAR = ${LAST_YEAR};`,
    "",
    `/** ${COLUMNS.join(", ")}: the earliest month and day (MM-DD) of each in the table. */`,
    `export const LUNAR_DATES_BASES: readonly string[] = [${bases.map((b) => `"${b}"`).join(", ")}];`,
    "",
    "/**",
    " * One string a Gregorian year from `LUNAR_DATES_FIRST_YEAR`, one base-36 digit",
    ` * a date (${COLUMNS.join(", ")}): the days after that column's`,
    " * `LUNAR_DATES_BASES` in the same year. The comment gives the dates (MM-DD).",
    " */",
    "export const LUNAR_DATES: readonly string[] = [",
    ...rows,
    "];",
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = render();
  if (process.argv.includes("--check")) {
    if (readFileSync(GENERATED_FILE, "utf8") !== text) {
      console.error(`${GENERATED_FILE} is stale: run \`${COMMAND}\``);
      process.exit(1);
    }
    console.log(`${GENERATED_FILE} is up to date`);
  } else {
    writeFileSync(GENERATED_FILE, text);
    console.log(`${GENERATED_FILE}: ${FIRST_YEAR}–${LAST_YEAR}, from tyme4ts ${tyme4tsVersion()}`);
  }
}
