import {
  type CustomsRoute,
  type DueDate,
  defineParameter,
  type IsoDate,
  inForceOn,
  PLATFORM_SERVICE_TARGETS,
  serviceTargetDue,
  type Text,
  text,
} from "@rdc/core";
import type { CustomsExtensionPayload } from "./schema";

/**
 * The reviewing office: the competent customs office, or beyond the ordinary
 * limit its directly-under customs (主管地直属海关), whose 4-digit customs code
 * is the first two digits of the office's followed by 00 (e.g. 2201 → 2200).
 */
export function officeOf(payload: CustomsExtensionPayload, route: CustomsRoute): { code: string; name: Text } {
  const { code, name } = payload.customsOffice;
  if (route === "competent_customs") return { code, name: text(name, name) };
  const directlyUnder = `${code.slice(0, 2)}00`;
  return {
    code: directlyUnder,
    name: text(
      `关区代码${directlyUnder}的直属海关（${name}的主管地直属海关）`,
      `the directly-under customs ${directlyUnder} (over ${name})`,
    ),
  };
}

/** Order 233 sets no review period that we know of: this is a platform target. */
export const REVIEW_TARGET_WORKING_DAYS = defineParameter<number>(
  "customs.extension.reviewTargetWorkingDays",
  text("延期申请审核目标（工作日）", "Target for reviewing an extension request, in working days"),
  [{ from: PLATFORM_SERVICE_TARGETS.inForceFrom, value: 10, citation: PLATFORM_SERVICE_TARGETS }],
);

/** When the platform reminds the partner of an approved re-export deadline: a platform target. */
export const REEXPORT_REMINDER_DAYS = defineParameter<number>(
  "customs.reexport.reminderDaysBefore",
  text("复运出境期限届满前提醒的日历天数", "Calendar days before the re-export deadline when a reminder is sent"),
  [{ from: PLATFORM_SERVICE_TARGETS.inForceFrom, value: 30, citation: PLATFORM_SERVICE_TARGETS }],
);

export function reviewDue(receivedOn: IsoDate): DueDate {
  return serviceTargetDue(
    receivedOn,
    inForceOn(REVIEW_TARGET_WORKING_DAYS, receivedOn),
    text("《管理办法》未规定审核期限", "Order 233 sets no review period"),
  );
}
