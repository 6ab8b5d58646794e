/**
 * 财关税〔2021〕24号 （三）设立以来累计购置的设备原值不低于2000万元。
 *
 * 不低于 includes the figure: RMB 20,000,000 is met, one yuan less is not.
 */
import { cny, text } from "../i18n";
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
import { MIN_EQUIPMENT_PURCHASES_CNY } from "./parameters";

export function equipmentPurchases<S>(facts: ImportTaxFactReaders<S>): (context: RuleContext<S>) => RuleResult {
  const condition = perVersion((equipment: ParameterValue<number>) =>
    defineCondition(
      "import-tax-exemption.equipment-purchases",
      text(
        `设立以来累计购置的设备原值不低于${cny(equipment.value)["zh-CN"]}`,
        `equipment purchased since establishment of an original value of at least ${cny(equipment.value).en}`,
      ),
      equipment.citation,
      [facts.equipmentPurchasesCny],
    ),
  );
  return (context) => {
    const equipment = inForceOn(MIN_EQUIPMENT_PURCHASES_CNY, context.asOf);
    return check(context, condition(equipment), (v) => reaches(v, equipment.value), [equipment]);
  };
}
