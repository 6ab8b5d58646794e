import {
  type Citation,
  cite,
  defineParameter,
  type IsoDate,
  ORDER_233,
  ORDER_233_EXTENSION,
  ORDER_233_IN_FORCE_FROM,
  type Parameter,
  type ParameterValue,
  type Text,
  text,
  valueAsOf,
} from "@rdc/core";
import type { GoodsCategory } from "./payload";

/**
 * The platform's own service targets: not law. They apply to applications
 * under the 2023 measures, hence from the measures' date.
 */
export const PLATFORM_TARGETS = text(
  "研发中心措施平台服务目标（平台自定，非法定期限）",
  "R&D Center Measures Platform service targets (set by the platform, not a statutory period)",
);
export const PLATFORM_TARGETS_FROM: IsoDate = "2023-01-11";

export const CITATIONS = {
  extension: ORDER_233_EXTENSION,
  /** ATA carnet goods: the issuing chamber's general guarantee; an extension beyond the carnet's validity needs a renewed carnet. */
  ataCarnet: cite(
    ORDER_233,
    undefined,
    ORDER_233_IN_FORCE_FROM,
    "Article on ATA carnet validity and renewal not yet identified in the official text.",
  ),
  platformTargets: cite(PLATFORM_TARGETS, undefined, PLATFORM_TARGETS_FROM),
} satisfies Record<string, Citation>;

export const REEXPORT_REMINDER_DAYS: Parameter<number> = defineParameter(
  "customs.reexport.reminderDaysBefore",
  text("复运出境期限届满前提醒的日历天数", "Calendar days before the re-export deadline when a reminder is sent"),
  [{ from: PLATFORM_TARGETS_FROM, value: 30, citation: CITATIONS.platformTargets }],
);

/** Order 233 sets no review period that we know of: this is a platform target. */
export const REVIEW_TARGET_WORKING_DAYS: Parameter<number> = defineParameter(
  "customs.extension.reviewTargetWorkingDays",
  text("延期申请审核目标（工作日）", "Target for reviewing an extension request, in working days"),
  [{ from: PLATFORM_TARGETS_FROM, value: 10, citation: CITATIONS.platformTargets }],
);

/** The version in force on `asOf`; every parameter here is in force for any date the platform receives. */
export function figureAsOf<T>(parameter: Parameter<T>, asOf: IsoDate): ParameterValue<T> {
  const value = valueAsOf(parameter, asOf);
  if (!value) throw new RangeError(`parameter ${parameter.id} has no value in force on ${asOf}`);
  return value;
}

/** Order 233 Art. 3: the items of temporary-entry goods that concern an R&D center. */
export const ARTICLE_3_ITEMS = {
  4: {
    numeral: "（四）",
    goods: text(
      "开展科研、教学、医疗活动使用的仪器、设备和用品",
      "instruments, equipment and supplies used for scientific research, teaching and medical activities",
    ),
  },
  5: {
    numeral: "（五）",
    goods: text(
      "在本款第（一）项至第（四）项所列活动中使用的交通工具及特种车辆",
      "means of transport and special-purpose vehicles used in the activities of items 1 to 4",
    ),
  },
  8: {
    numeral: "（八）",
    goods: text(
      "供安装、调试、检测、修理设备时使用的仪器及工具",
      "instruments and tools for installing, commissioning, testing and repairing equipment",
    ),
  },
  12: {
    numeral: "（十二）",
    goods: text("测试用产品、设备、车辆", "products, equipment and vehicles for testing"),
  },
} as const satisfies Record<number, { numeral: string; goods: Text }>;
export type Article3Item = keyof typeof ARTICLE_3_ITEMS;

/** The Art. 3 items that concern an R&D center. */
export const R_AND_D_ITEMS: readonly Article3Item[] = [4, 5, 8, 12];

export type QualifyingCategory = Exclude<GoodsCategory, "other">;

/** Which Art. 3 items each declared category falls under; `other` falls under none. */
export const CATEGORY_ITEMS: Record<QualifyingCategory, readonly Article3Item[]> = {
  research_equipment: [4],
  test_vehicle: [5, 12],
  test_product: [12],
  tooling: [8],
};

export function isQualifying(category: GoodsCategory): category is QualifyingCategory {
  return category !== "other";
}

/** Cites Order 233 Art. 3 at the given items, e.g. `第三条第（五）项、第（十二）项`. */
export function citeArticle3(items: readonly Article3Item[]): Citation {
  const numerals = items.map((item) => `第${ARTICLE_3_ITEMS[item].numeral}项`).join("、");
  return cite(ORDER_233, `第三条${numerals}`, ORDER_233_IN_FORCE_FROM);
}
