import { yearOf } from "../calendar";
import { type IsoDate, type ParameterValue, valueAsOf } from "../rules";
import {
  ASSESSMENT_PI_SUBJECTS,
  ASSESSMENT_PROCESSOR_SUBJECTS,
  ASSESSMENT_SENSITIVE_SUBJECTS,
  ASSESSMENT_VALIDITY_YEARS,
  COUNTING_WINDOW_START,
  type DataExportRegime,
  EXEMPT_PI_CEILING,
  IMPORTANT_DATA_NEEDS_NOTICE,
  REGIME,
} from "./parameters";
import type { CountingWindow } from "./result";

interface CommonFigures {
  date: IsoDate;
  regime: ParameterValue<DataExportRegime>;
  countingWindow: CountingWindow;
  windowStart: ParameterValue<"previous_year" | "current_year">;
  importantDataNeedsNotice: ParameterValue<boolean>;
  assessmentPi: ParameterValue<number>;
  assessmentSensitive: ParameterValue<number>;
  validity: ParameterValue<2 | 3>;
}

/** Every figure in force on a transfer date, by regime. */
export type RegimeFigures =
  | (CommonFigures & { kind: "CAC-2022"; processorTotal: ParameterValue<number> })
  | (CommonFigures & { kind: "CAC-2024"; exemptCeiling: ParameterValue<number> });

/** The figures in force on `date`, or null before the first regime (2022-09-01). */
export function regimeOn(date: IsoDate): RegimeFigures | null {
  let figures = FIGURES_BY_DATE.get(date);
  if (figures === undefined) {
    if (FIGURES_BY_DATE.size >= 512) FIGURES_BY_DATE.clear();
    figures = figuresOn(date);
    FIGURES_BY_DATE.set(date, figures);
  }
  return figures;
}

/** The figures of a date never change (they are data): remembered for the dates seen last. */
const FIGURES_BY_DATE = new Map<IsoDate, RegimeFigures | null>();

function figuresOn(date: IsoDate): RegimeFigures | null {
  const regime = valueAsOf(REGIME, date);
  const windowStart = valueAsOf(COUNTING_WINDOW_START, date);
  const importantDataNeedsNotice = valueAsOf(IMPORTANT_DATA_NEEDS_NOTICE, date);
  const assessmentPi = valueAsOf(ASSESSMENT_PI_SUBJECTS, date);
  const assessmentSensitive = valueAsOf(ASSESSMENT_SENSITIVE_SUBJECTS, date);
  const validity = valueAsOf(ASSESSMENT_VALIDITY_YEARS, date);
  if (!regime || !windowStart || !importantDataNeedsNotice || !assessmentPi || !assessmentSensitive || !validity)
    return null;
  const startYear = yearOf(date) - (windowStart.value === "previous_year" ? 1 : 0);
  const common: CommonFigures = {
    date,
    regime,
    countingWindow: { from: `${startYear}-01-01`, to: date, citation: windowStart.citation },
    windowStart,
    importantDataNeedsNotice,
    assessmentPi,
    assessmentSensitive,
    validity,
  };
  if (regime.value === "CAC-2022") {
    const processorTotal = valueAsOf(ASSESSMENT_PROCESSOR_SUBJECTS, date);
    return processorTotal ? { ...common, kind: "CAC-2022", processorTotal } : null;
  }
  const exemptCeiling = valueAsOf(EXEMPT_PI_CEILING, date);
  return exemptCeiling ? { ...common, kind: "CAC-2024", exemptCeiling } : null;
}
