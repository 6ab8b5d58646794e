import { addWorkingDays } from "../calendar";
import { type Text, text } from "../i18n";
import type { IsoDate, ParameterValue } from "../rules";
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
    basis: text(
      `平台服务目标：收到申请后${target.value}个工作日内完成审核（${why["zh-CN"]}；非法定期限）。`,
      `Platform service target: review within ${target.value} working days of receipt (${why.en}; not a statutory deadline).`,
    ),
    citation: target.citation,
  };
}
