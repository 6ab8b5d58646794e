import { text } from "../i18n";
import { defineInstrument, defineParameter, type Parameter } from "../rules";

/**
 * How long a final submission (approved, rejected, withdrawn, not_required)
 * keeps its personal data before the scheduled sweep erases it (README
 * "Personal data"). PIPL 第十九条 asks for the shortest time the purpose
 * needs; the purpose of the platform's copy ends with the decision, except
 * that the applicant may still challenge it: 60 days for reconsideration
 * (行政复议法第二十条), 6 months for a suit (行政诉讼法第四十六条第一款), both
 * counted from knowing of the decision, which the platform tells at once (the
 * status and its event). So 6 months from the day the submission became
 * final. The agency's own file of the decision is kept under the archive rules
 * (PIPL 第七十二条第二款), not here.
 */
const SOURCE = "submissions/retention.source.txt";

export const PIPL_RETENTION_INSTRUMENT = defineInstrument({
  id: "pipl-retention",
  title: text("中华人民共和国个人信息保护法", "Personal Information Protection Law of the People's Republic of China"),
  inForceFrom: "2021-11-01",
  sourceFile: SOURCE,
});

export const ADMINISTRATIVE_LITIGATION_LAW = defineInstrument({
  id: "administrative-litigation-law",
  title: text("中华人民共和国行政诉讼法（2017年修正）", "Administrative Litigation Law of the PRC (2017 amendment)"),
  inForceFrom: "2017-07-01",
  sourceFile: SOURCE,
});

export const ADMINISTRATIVE_RECONSIDERATION_LAW = defineInstrument({
  id: "administrative-reconsideration-law",
  title: text(
    "中华人民共和国行政复议法（2023年修订）",
    "Administrative Reconsideration Law of the PRC (2023 revision)",
  ),
  inForceFrom: "2024-01-01",
  sourceFile: SOURCE,
});

export const RETENTION_CITATIONS = {
  minimumTime: PIPL_RETENTION_INSTRUMENT.article(
    "第十九条",
    "除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要的最短时间。",
  ),
  eraseWhenDone: PIPL_RETENTION_INSTRUMENT.article(
    "第四十七条第一款第（一）项",
    "个人信息处理者应当主动删除个人信息……处理目的已实现、无法实现或者为实现处理目的不再必要",
  ),
  archives: PIPL_RETENTION_INSTRUMENT.article(
    "第七十二条第二款",
    "法律对各级人民政府及其有关部门组织实施的统计、档案管理活动中的个人信息处理有规定的，适用其规定。",
  ),
  suit: ADMINISTRATIVE_LITIGATION_LAW.article(
    "第四十六条第一款",
    "应当自知道或者应当知道作出行政行为之日起六个月内提出",
  ),
  reconsideration: ADMINISTRATIVE_RECONSIDERATION_LAW.article(
    "第二十条第一款",
    "可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请",
  ),
};

/**
 * The retention period as an ISO 8601 duration (`P6M`), from the moment a
 * submission became final. Dated: a later version applies to every final
 * submission still holding personal data on the day it is in force.
 */
export const PERSONAL_DATA_RETENTION: Parameter<string> = defineParameter(
  "submissions.personalData.retentionAfterFinal",
  text(
    "终局申请保存个人信息的期限（ISO 8601 期间，自申请终局之时起算）",
    "How long a final submission keeps its personal data (ISO 8601 duration from the moment it became final)",
  ),
  [{ from: "2021-11-01", value: "P6M", citation: RETENTION_CITATIONS.suit }],
);

export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** An ISO 8601 duration of whole units (`P6M`, `P1Y6M`, `P30D`, `PT5S`), or null if it is not one. */
export function parseIsoDuration(value: string): IsoDuration | null {
  const m = DURATION.exec(value.trim());
  if (!m) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/**
 * The instant `duration` before `instant` (calendar units in UTC; a month
 * back from the 31st is the last day of the shorter month).
 */
export function instantBefore(instant: Date, duration: IsoDuration): Date {
  const d = new Date(instant.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCFullYear(d.getUTCFullYear() - duration.years);
  d.setUTCMonth(d.getUTCMonth() - duration.months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  d.setUTCDate(d.getUTCDate() - duration.weeks * 7 - duration.days);
  return new Date(d.getTime() - ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000);
}
