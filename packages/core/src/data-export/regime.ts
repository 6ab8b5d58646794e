import { yearOf } from "../calendar";
import { type Text, text } from "../i18n";
import { type IsoDate, type ParameterValue, type Reason, valueAsOf } from "../rules";
import { zhDate } from "./branches";
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
  STATUTORY_DUTY_GROUND,
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
  /** Which regime applies and how its window runs, as a reason (made once per date). */
  reason: Reason;
}

/** Every figure in force on a transfer date, by regime. */
export type RegimeFigures =
  | (CommonFigures & { kind: "CAC-2022"; processorTotal: ParameterValue<number> })
  | (CommonFigures & {
      kind: "CAC-2024";
      exemptCeiling: ParameterValue<number>;
      /** 网络数据安全管理条例第三十五条第（六）项, from 2025-01-01; undefined before. */
      statutoryDuty: ParameterValue<true> | undefined;
    });

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
    reason: { code: "dataExport.regime", message: text("", ""), citation: regime.citation },
  };
  common.reason.message = regimeMessage(common);
  Object.freeze(common.reason);
  if (regime.value === "CAC-2022") {
    const processorTotal = valueAsOf(ASSESSMENT_PROCESSOR_SUBJECTS, date);
    return processorTotal ? { ...common, kind: "CAC-2022", processorTotal } : null;
  }
  const exemptCeiling = valueAsOf(EXEMPT_PI_CEILING, date);
  const statutoryDuty = valueAsOf(STATUTORY_DUTY_GROUND, date);
  return exemptCeiling ? { ...common, kind: "CAC-2024", exemptCeiling, statutoryDuty } : null;
}

/** What the regime of a date says, quoting its date and window (made once per date). */
function regimeMessage(figures: CommonFigures): Text {
  const { countingWindow: w } = figures;
  const from = figures.regime.from;
  return figures.regime.value === "CAC-2022"
    ? text(
        `传输日适用数据出境安全评估办法（${zhDate(from)}起施行）；累计人数自上年1月1日起计算，即${w.from}至${w.to}。`,
        `On the transfer date the Security Assessment Measures apply (in force from ${from}); individuals are counted from 1 January of the previous year: ${w.from} to ${w.to}.`,
      )
    : text(
        `传输日适用促进和规范数据跨境流动规定（${zhDate(from)}起施行，与此前规定不一致的适用本规定）；累计人数自当年1月1日起计算，即${w.from}至${w.to}。`,
        `On the transfer date the Provisions on Cross-Border Data Flows apply (in force from ${from}, prevailing over earlier rules where they differ); individuals are counted from 1 January of the current year: ${w.from} to ${w.to}.`,
      );
}
