/**
 * The re-export period in dates. Months are counted by the Civil Code's rule
 * (第二百零二条: the corresponding day of the last month, or its last day),
 * which `addMonths` implements.
 */
import { addMonths, earlierDate } from "../calendar";
import type { IsoDate } from "../rules";
import type { ReexportFigures } from "./parameters";

/**
 * 6 months from entry and each extension at most 6 months: after `extensions`
 * extensions the period ends no later than entry + 6 + 6 × extensions months.
 * This holds on the national-project route too: each extension there is still
 * at most 6 months, though the text sets no limit on their number.
 */
export function periodCeiling(entryDate: IsoDate, extensions: number, figures: ReexportFigures): IsoDate {
  return addMonths(entryDate, figures.initialMonths.value + extensions * figures.extensionMaxMonths.value);
}

/**
 * The end of the current period: the declared deadline, never trusted beyond
 * what the entry date and the extensions granted allow.
 */
export function currentPeriodEnd(
  declared: IsoDate,
  entryDate: IsoDate | undefined,
  extensions: number | undefined,
  figures: ReexportFigures,
): IsoDate {
  if (entryDate === undefined || extensions === undefined) return declared;
  return earlierDate(declared, periodCeiling(entryDate, extensions, figures));
}

/**
 * The latest date the next extension can reach: the current period's end +
 * 6 months. As the end is at most the ceiling, this is at most the ceiling
 * after one more extension.
 */
export function latestExtendedDeadline(currentEnd: IsoDate, figures: ReexportFigures): IsoDate {
  return addMonths(currentEnd, figures.extensionMaxMonths.value);
}
