/**
 * The figures of Order 233, each a dated parameter: the initial period is its
 * own figure, not derived from the extension maximum, though both are 6 months.
 */
import { text } from "../i18n";
import { defineParameter, type IsoDate, inForceOn, type Parameter, type ParameterValue } from "../rules";
import { EXTENSION_LIMITS, INITIAL_PERIOD, ORDER_233 } from "./instrument";

/** 应当在进出境之日起6个月内复运出境. */
export const INITIAL_PERIOD_MONTHS: Parameter<number> = defineParameter(
  "customs.reexport.initialPeriodMonths",
  text("自进境之日起复运出境的期限（月）", "Re-export period from the day of entry, in months"),
  [{ from: ORDER_233.inForceFrom, value: 6, citation: INITIAL_PERIOD }],
);

/** 每次不超过6个月: 6 months is allowed (不超过 includes the number). */
export const EXTENSION_MAX_MONTHS: Parameter<number> = defineParameter(
  "customs.reexport.extensionMaxMonths",
  text("每次延长复运出境期限的最长月数", "Longest single extension of the re-export period, in months"),
  [{ from: ORDER_233.inForceFrom, value: 6, citation: EXTENSION_LIMITS }],
);

/** 最多延期3次: the third extension is allowed, a fourth only on the national-project route. */
export const MAX_EXTENSIONS: Parameter<number> = defineParameter(
  "customs.reexport.maxExtensions",
  text("复运出境期限最多延长次数", "Most extensions of the re-export period"),
  [{ from: ORDER_233.inForceFrom, value: 3, citation: EXTENSION_LIMITS }],
);

/** Order 233's figures in force on a date. */
export interface ReexportFigures {
  initialMonths: ParameterValue<number>;
  extensionMaxMonths: ParameterValue<number>;
  maxExtensions: ParameterValue<number>;
}

export function reexportFiguresOn(date: IsoDate): ReexportFigures {
  return {
    initialMonths: inForceOn(INITIAL_PERIOD_MONTHS, date),
    extensionMaxMonths: inForceOn(EXTENSION_MAX_MONTHS, date),
    maxExtensions: inForceOn(MAX_EXTENSIONS, date),
  };
}

export function figureList(figures: ReexportFigures): ParameterValue<number>[] {
  return [figures.initialMonths, figures.extensionMaxMonths, figures.maxExtensions];
}
