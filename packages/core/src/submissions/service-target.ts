import { addWorkingDays } from "../calendar";
import { type Text, text } from "../i18n";
import { cite, defineParameter, type IsoDate, type Parameter, type ParameterValue } from "../rules";
import type { DueDate } from "./screening";

/**
 * A review due date from one of the platform's own service targets, where the
 * law sets no review period: `target` working days after receipt, said to be
 * a target and not a statutory time limit, with `why` (e.g. which instrument
 * is silent) in the explanation.
 */
export function serviceTargetDue(receivedOn: IsoDate, target: ParameterValue<number>, why: Text): DueDate {
  const { date, provisional } = addWorkingDays(receivedOn, target.value);
  return {
    date,
    provisional,
    clock: { from: receivedOn, workingDays: target.value },
    basis: text(
      `平台服务目标：收到申请后${target.value}个工作日内完成审核（${why["zh-CN"]}；非法定期限）。`,
      `Platform service target: review within ${target.value} working days of receipt (${why.en}; not a statutory deadline).`,
    ),
    citation: target.citation,
  };
}

/**
 * The platform's own service targets: not law. They apply to applications
 * under the 2023 measures, hence from the measures' date.
 */
export const PLATFORM_SERVICE_TARGETS = cite(
  text(
    "研发中心措施平台服务目标（平台自定，非法定期限）",
    "R&D Center Measures Platform service targets (set by the platform, not a statutory period)",
  ),
  undefined,
  "2023-01-11",
);

/** Calendar days before a review falls due when `submission.deadline_approaching` tells the agency and the partner. */
export const REVIEW_DUE_WARNING_DAYS: Parameter<number> = defineParameter(
  "submissions.reviewDue.warningDaysBefore",
  text("审核期限届满前提醒的日历天数", "Calendar days before a review falls due when a reminder is sent"),
  [{ from: "2023-01-11", value: 3, citation: PLATFORM_SERVICE_TARGETS }],
);
