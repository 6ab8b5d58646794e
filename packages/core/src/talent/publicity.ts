/**
 * Order 40 第十六条: the employer reviews the application and publicises it
 * internally for at least 5 working days; only what has passed publicity
 * without objection is sent on. Working days are counted on the core calendar.
 */
import { workingDaysBetween } from "../calendar";
import { text } from "../i18n";
import { defineParameter, explained, type Fix, inForceOn, type RuleContext, type RuleResult, reaches } from "../rules";
import type { TitleApplicationFacts } from "./application";
import { ORDER_40_PUBLICITY } from "./instrument";

/* 第十六条：……并在单位内部进行公示，公示期不少于5个工作日，对经公示无异议的，按照职称评审管理权限逐级上报。 */
export const PUBLICITY_MIN_WORKING_DAYS = defineParameter<number>(
  "talent.publicity-min-working-days",
  text("单位内部公示的最短期限（工作日，含本数）", "Shortest employer publicity period (working days, inclusive)"),
  [{ from: ORDER_40_PUBLICITY.inForceFrom, value: 5, citation: ORDER_40_PUBLICITY }],
);

export interface PublicityCheck {
  result: RuleResult;
  fixes: Fix[];
  /** `provisional` marks a count on a year whose holiday notice is not yet data. */
  kind: "period" | "ends_before_filing" | "provisional";
}

/**
 * The publicity must exist, last at least the minimum in working days
 * (不少于 includes the number; both ends count), and end before the filing
 * day (经公示无异议的……上报: the employer files only once it has run out).
 * Throws ParameterNotInForce before Order 40.
 */
export function publicityChecks(context: RuleContext<TitleApplicationFacts>): PublicityCheck[] {
  const filedOn = context.asOf;
  const minimum = inForceOn(PUBLICITY_MIN_WORKING_DAYS, filedOn);
  const { citation } = minimum;
  const publicity = context.subject.publicity;
  const parameters = [minimum];
  if (!publicity) {
    const message = text(
      `请提供单位内部公示的起止日期：公示期不少于${minimum.value}个工作日，且在申报前结束`,
      `Supply the dates of the employer's internal publicity: at least ${minimum.value} working days, ended before filing`,
    );
    return [
      {
        kind: "period",
        result: explained(context, "undetermined", { code: "talent.publicity.period", citation, message, parameters }, [
          "publicity",
        ]),
        fixes: [{ field: "publicity", message, citation }],
      },
    ];
  }
  const { days, provisional } = workingDaysBetween(publicity.from, publicity.to);
  const inputs = { "publicity.from": publicity.from, "publicity.to": publicity.to, workingDays: days, filedOn };
  const long = reaches(days, minimum.value);
  const periodMessage = long
    ? text(
        `公示期${publicity.from}至${publicity.to}共${days}个工作日，不少于${minimum.value}个工作日`,
        `The publicity from ${publicity.from} to ${publicity.to} lasted ${days} working days, at least ${minimum.value}`,
      )
    : text(
        `公示期${publicity.from}至${publicity.to}仅${days}个工作日，应不少于${minimum.value}个工作日：请重新公示`,
        `The publicity from ${publicity.from} to ${publicity.to} lasted ${days} working days; at least ${minimum.value} are required: publicise again`,
      );
  // 公示期满后方可上报: the last day of publicity comes before the filing day.
  const endedBefore = publicity.to < filedOn;
  const endMessage = endedBefore
    ? text(
        `公示于${publicity.to}结束，早于申报日${filedOn}`,
        `The publicity ended on ${publicity.to}, before the filing day ${filedOn}`,
      )
    : text(
        `公示截止日${publicity.to}不早于申报日${filedOn}：公示期满无异议后方可申报`,
        `The publicity ends on ${publicity.to}, not before the filing day ${filedOn}: an application is filed only once its publicity has ended without objection`,
      );
  const checks: PublicityCheck[] = [
    {
      kind: "period",
      result: explained(context, long ? "eligible" : "ineligible", {
        code: "talent.publicity.period",
        citation,
        message: periodMessage,
        inputs,
        parameters,
      }),
      fixes: long ? [] : [{ field: "publicity", message: periodMessage, citation }],
    },
    {
      kind: "ends_before_filing",
      result: explained(context, endedBefore ? "eligible" : "ineligible", {
        code: "talent.publicity.ended",
        citation,
        message: endMessage,
        inputs,
      }),
      fixes: endedBefore ? [] : [{ field: "publicity.to", message: endMessage, citation }],
    },
  ];
  if (provisional)
    checks.push({
      kind: "provisional",
      result: explained(context, "ineligible", {
        code: "talent.publicity.calendar",
        citation,
        message: text(
          `公示期工作日按暂定日历计算（当年放假安排尚未纳入）：${days}个工作日`,
          `The publicity's working days were counted on a provisional calendar (that year's holiday notice is not yet data): ${days} working days`,
        ),
        inputs,
      }),
      fixes: [],
    });
  return checks;
}
