/**
 * 外资研发中心应同时满足以下条件：（一）研发费用标准……（二）专职研究与试验发展
 * 人员……（三）设立以来累计购置的设备原值……
 *
 * A foreign-invested center meeting all three, under the notices in force on
 * the day: 2021-01-01 to 2025-12-31 the “十四五” notices, from 2026-01-01 the
 * “十五五” notices; before 2021 and after the unconfirmed end of 2030 the rules
 * are not encoded (undetermined, never guessed).
 */
import { allOf, type RuleContext, type RuleResult, underRegime } from "../rules";
import { equipmentPurchases } from "./equipment";
import type { ImportTaxFactReaders } from "./facts";
import { foreignInvestedCenter } from "./foreign-invested";
import { IMPORT_TAX_REGIME } from "./instrument";
import { investment } from "./investment";
import { fullTimeRdStaff } from "./rd-staff";

/**
 * The exemption's conditions bound to a capability's facts. Call once, at
 * module level: the conditions are built here, once (per version of the figures).
 */
export function importTaxCenterConditions<S>(facts: ImportTaxFactReaders<S>): (context: RuleContext<S>) => RuleResult {
  const foreignInvested = foreignInvestedCenter(facts);
  const invested = investment(facts);
  const staff = fullTimeRdStaff(facts);
  const equipment = equipmentPurchases(facts);
  return (context) =>
    underRegime(context, IMPORT_TAX_REGIME, (period) =>
      allOf([foreignInvested(context, period.from), invested(context), staff(context), equipment(context)]),
    );
}
