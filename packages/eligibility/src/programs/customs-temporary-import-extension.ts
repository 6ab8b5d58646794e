/**
 * Measure 9, second sentence: a foreign-invested R&D center may have the
 * re-export period of key R&D equipment, test vehicles and the like that it
 * temporarily imported for research extended "按规定", i.e. under GACC Order
 * 233 as core encodes it (packages/core/src/customs), over the profile's
 * goods: the customs intake applies the same rules to a filed request.
 */
import { allOf, CAPABILITY_PATHS, defineReexportExtension, text } from "@rdc/core";
import type { CenterProfile } from "../profile";
import type { NextStep } from "../result";
import { FACTS } from "../rules/facts";
import { foreignInvestedCenter, measureOf, measureRegime } from "../rules/measure";
import { underRegime } from "../rules/regime";
import type { Program } from "./program";

const MEASURE = measureOf("M09");
const REGIME = measureRegime(MEASURE);
const FOREIGN_INVESTED = foreignInvestedCenter(MEASURE);

/** Order 233 over the profile's goods; `asOf` is the day the extension would be applied for. */
const ORDER_233 = defineReexportExtension<CenterProfile>({
  categories: FACTS.importCategories,
  entryDate: FACTS.importEntryDate,
  currentDeadline: FACTS.importCurrentDeadline,
  extensionsGranted: FACTS.extensionsGranted,
  projectLevel: FACTS.importProjectLevel,
});

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
    result: underRegime(context, REGIME, () =>
      allOf([
        FOREIGN_INVESTED(context),
        ORDER_233.goodsQualify(context),
        ORDER_233.appliedBeforeExpiry(context),
        ORDER_233.route(context).result,
      ]),
    ),
    nextSteps: NEXT_STEPS,
  }),
};
