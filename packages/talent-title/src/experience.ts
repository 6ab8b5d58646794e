import { daysBetween, type IsoDate } from "@rdc/core";
import type { WorkPeriod } from "./payload";

/**
 * Years of work from periods whose ends are both inclusive, counted up to
 * `asOf` (the filing day: later days have not been worked yet).
 *
 * Overlapping periods are merged first, so a day worked for two employers
 * counts once. The days are then expressed in years of 365 days, truncated
 * (not rounded) to one decimal: a tenth of a year is credited only once it
 * has been served in full, so 4.96 years shows as 4.9 and cannot pass a
 * "满5年" (5 full years) condition. A divisor of 365 rather than 365.25 keeps
 * a calendar period of N full years at N.0 whatever its number of leap days;
 * the price is that each 29 February in a span lets it reach a whole year one
 * day before its calendar anniversary. Periods ending before they start
 * count nothing.
 */
export function experienceYears(periods: readonly WorkPeriod[], asOf: IsoDate): number {
  // Days relative to `asOf` (0), so capping a period at the filing day is min(…, 0).
  const spans = periods
    .map((p) => [daysBetween(asOf, p.from), Math.min(daysBetween(asOf, p.to), 0)] as const)
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  let days = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    const start = Math.max(from, coveredUntil + 1);
    if (to >= start) days += to - start + 1;
    coveredUntil = Math.max(coveredUntil, to);
  }
  return Math.floor((days * 10) / 365) / 10;
}
