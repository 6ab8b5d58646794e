import { defineParameter, type IsoDate, text, valueAsOf, workingDaysBetween } from "@rdc/core";
import { ORDER_40_PUBLICITY } from "./citations";
import type { CheckResult } from "./findings";
import type { Publicity } from "./payload";

/* 职称评审管理暂行规定：申报人所在工作单位应当对申报材料进行审核，并在单位内部进行公示，公示期不少于5个工作日。 */
export const PUBLICITY_MIN_WORKING_DAYS = defineParameter<number>(
  "talent-title.publicity-min-working-days",
  text("单位内部公示的最短期限（工作日，含本数）", "Shortest employer publicity period (working days, inclusive)"),
  [{ from: "2019-09-01", value: 5, citation: ORDER_40_PUBLICITY }],
);

/**
 * The employer's publicity must exist, last at least the minimum in working
 * days (不少于 includes the number; both ends of the period count), and end
 * before the filing day: the employer recommends only after it has run out
 * without objection.
 */
export function publicityCheck(publicity: Publicity | undefined, filedOn: IsoDate): CheckResult {
  const minimum = valueAsOf(PUBLICITY_MIN_WORKING_DAYS, filedOn);
  if (!minimum) throw new Error(`no publicity rule in force on ${filedOn}`);
  const citation = minimum.citation;
  if (!publicity)
    return {
      missing: [
        {
          field: "publicity",
          message: text(
            `请提供单位内部公示的起止日期：公示期不少于${minimum.value}个工作日，且在申报前结束`,
            `Supply the dates of the employer's internal publicity: at least ${minimum.value} working days, ended before filing`,
          ),
          citation,
        },
      ],
      findings: [],
    };
  const result: CheckResult = { missing: [], findings: [] };
  const { days, provisional } = workingDaysBetween(publicity.from, publicity.to);
  if (days < minimum.value)
    result.missing.push({
      field: "publicity",
      message: text(
        `公示期${publicity.from}至${publicity.to}仅${days}个工作日，不少于${minimum.value}个工作日：请重新公示`,
        `The publicity from ${publicity.from} to ${publicity.to} lasted ${days} working days; at least ${minimum.value} are required: publicise again`,
      ),
      citation,
    });
  if (provisional)
    result.findings.push({
      code: "publicity_days_provisional",
      message: text(
        `公示期工作日按暂定日历计算（当年放假安排尚未纳入）：${days}个工作日`,
        `The publicity's working days were counted on a provisional calendar (that year's holiday notice is not yet data): ${days} working days`,
      ),
      citation,
    });
  if (publicity.to >= filedOn)
    result.missing.push({
      field: "publicity.to",
      message: text(
        `公示截止日${publicity.to}不早于申报日${filedOn}：公示期满无异议后方可申报`,
        `The publicity ends on ${publicity.to}, not before the filing day ${filedOn}: an application is filed only once its publicity has ended without objection`,
      ),
      citation,
    });
  return result;
}
