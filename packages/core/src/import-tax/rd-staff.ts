/**
 * 财关税〔2021〕24号 （二）专职研究与试验发展人员不低于80人；
 * ……上述人员须与外资研发中心签订1年以上劳动合同，以外资研发中心提交申请的前一日
 * 人数为准。
 *
 * 不低于 includes the figure: 80 is met, 79 is not.
 */
import { text } from "../i18n";
import {
  check,
  defineCondition,
  inForceOn,
  type ParameterValue,
  perVersion,
  type RuleContext,
  type RuleResult,
  reaches,
} from "../rules";
import type { ImportTaxFactReaders } from "./facts";
import { MIN_FULL_TIME_RD_STAFF, MIN_RD_STAFF_CONTRACT_YEARS } from "./parameters";

export function fullTimeRdStaff<S>(facts: ImportTaxFactReaders<S>): (context: RuleContext<S>) => RuleResult {
  /**
   * One condition per version of the staff figure. The contract term is the
   * one in force when that version starts: both come from the same notice and
   * change on the same dates (center.test.ts checks this).
   */
  const condition = perVersion((staff: ParameterValue<number>) => {
    const contract = inForceOn(MIN_RD_STAFF_CONTRACT_YEARS, staff.from);
    return defineCondition(
      "import-tax-exemption.full-time-rd-staff",
      text(
        `专职研究与试验发展人员不低于${staff.value}人（劳动合同${contract.value}年以上，以申请前一日人数计）`,
        `at least ${staff.value} full-time R&D staff (labour contracts of ${contract.value} year or more, counted the day before applying)`,
      ),
      staff.citation,
      [facts.fullTimeRdStaff],
    );
  });
  return (context) => {
    const staff = inForceOn(MIN_FULL_TIME_RD_STAFF, context.asOf);
    return check(context, condition(staff), (n) => reaches(n, staff.value), [staff]);
  };
}
