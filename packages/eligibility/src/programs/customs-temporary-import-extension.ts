/**
 * Measure 9, second sentence: a foreign-invested R&D center may have the
 * re-export period of key R&D equipment, test vehicles and the like that it
 * temporarily imported for research extended "按规定", i.e. under GACC Order
 * 233: apply before the period expires; at most 3 extensions of at most 6
 * months each, more only for national key or national research projects.
 */
import {
  allOf,
  anyOf,
  CAPABILITY_PATHS,
  check,
  cite,
  defineCondition,
  defineParameter,
  EXTENSION_MAX_MONTHS,
  inForceOn,
  isTrue,
  MAX_EXTENSIONS,
  ORDER_233,
  ORDER_233_EXTENSION,
  ORDER_233_IN_FORCE_FROM,
  type ParameterValue,
  perVersion,
  text,
} from "@rdc/core";
import type { TemporaryImportKind } from "../profile";
import type { NextStep } from "../result";
import { FACTS } from "../rules/facts";
import { foreignInvestedCenter, measureOf, measureRegime } from "../rules/measure";
import { underRegime } from "../rules/regime";
import type { Program } from "./program";

export const QUALIFYING_KINDS = defineParameter<readonly TemporaryImportKind[]>(
  "customs-temporary-import-extension.qualifying-kinds",
  text("可暂时进境的科研、测试用货物类别", "kinds of research and testing goods admitted temporarily"),
  [
    {
      from: ORDER_233_IN_FORCE_FROM,
      value: [
        "research_equipment",
        "research_vehicles",
        "installation_testing_tools",
        "test_products_equipment_vehicles",
      ],
      citation: cite(ORDER_233, "第三条第（四）（五）（八）（十二）项", ORDER_233_IN_FORCE_FROM),
    },
  ],
);

const MEASURE = measureOf("M09");
const REGIME = measureRegime(MEASURE);
const FOREIGN_INVESTED = foreignInvestedCenter(MEASURE);

const qualifyingGoods = perVersion((kinds: ParameterValue<readonly TemporaryImportKind[]>) =>
  defineCondition(
    "customs-temporary-import-extension.qualifying-goods",
    text(
      "货物为科研用仪器设备及用品、其所用交通工具、安装调试检测维修用工具或测试用产品、设备、车辆",
      "the goods are research instruments, equipment and supplies, vehicles used for them, installation, testing and repair tools, or products, equipment and vehicles for testing",
    ),
    kinds.citation,
    [FACTS.importKind],
  ),
);

const BEFORE_EXPIRY = defineCondition(
  "customs-temporary-import-extension.before-expiry",
  text(
    "在复运出境期限届满前申请延期（检查日不晚于现行期限）",
    "the extension is applied for before the re-export period expires (the check date is not after the current deadline)",
  ),
  ORDER_233_EXTENSION,
  [FACTS.reExportDueOn],
);

const extensionsLeft = perVersion((maxExtensions: ParameterValue<number>, maxMonths: ParameterValue<number>) =>
  defineCondition(
    "customs-temporary-import-extension.extensions-left",
    text(
      `已延期少于${maxExtensions.value}次（每次不超过${maxMonths.value}个月）`,
      `fewer than ${maxExtensions.value} extensions granted so far (each of at most ${maxMonths.value} months)`,
    ),
    maxExtensions.citation,
    [FACTS.extensionsGranted],
  ),
);

const NATIONAL_PROJECT = defineCondition(
  "customs-temporary-import-extension.national-project",
  text(
    "用于国家重点工程、国家科研项目，经主管地直属海关批准可超过延期次数",
    "used for a national key project or national research project, which the directly-under customs may extend further",
  ),
  ORDER_233_EXTENSION,
  [FACTS.forNationalProject],
);

const NEXT_STEPS: readonly NextStep[] = [
  {
    code: "customs-temporary-import-extension.file",
    message: text(
      "在复运出境期限届满前向主管地海关提交延期申请（可通过本平台提交）",
      "File the extension request with the competent customs office before the re-export deadline (this platform files it)",
    ),
    href: CAPABILITY_PATHS["customs-extension-requests"],
  },
];

export const customsTemporaryImportExtension: Program = {
  id: "customs-temporary-import-extension",
  name: text(
    "研发用暂时进境货物延长复运出境期限",
    "Extension of the re-export period of R&D goods under temporary admission",
  ),
  evaluate: (context) => ({
    result: underRegime(context, REGIME, () => {
      const { asOf } = context;
      const kinds = inForceOn(QUALIFYING_KINDS, asOf);
      const maxExtensions = inForceOn(MAX_EXTENSIONS, asOf);
      const maxMonths = inForceOn(EXTENSION_MAX_MONTHS, asOf);
      return allOf([
        FOREIGN_INVESTED(context),
        check(context, qualifyingGoods(kinds), (kind) => kinds.value.includes(kind), [kinds]),
        check(context, BEFORE_EXPIRY, (dueOn) => asOf <= dueOn),
        anyOf([
          check(context, extensionsLeft(maxExtensions, maxMonths), (granted) => granted < maxExtensions.value, [
            maxExtensions,
            maxMonths,
          ]),
          isTrue(context, NATIONAL_PROJECT),
        ]),
      ]);
    }),
    nextSteps: NEXT_STEPS,
  }),
};
