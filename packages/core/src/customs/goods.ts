/**
 * The goods an R&D center temporarily imports, in the customs intake's
 * vocabulary (the eligibility profile takes the same values), and the items
 * of Order 233 第三条 each falls under. `other` falls under none.
 */
import { type Text, text } from "../i18n";

export const GOODS_CATEGORIES = ["research_equipment", "test_vehicle", "test_product", "tooling", "other"] as const;
export type GoodsCategory = (typeof GOODS_CATEGORIES)[number];
export type QualifyingCategory = Exclude<GoodsCategory, "other">;

/** 第三条: the items that concern an R&D center, by their number. */
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
  12: { numeral: "（十二）", goods: text("测试用产品、设备、车辆", "products, equipment and vehicles for testing") },
} as const satisfies Record<number, { numeral: string; goods: Text }>;
export type Article3Item = keyof typeof ARTICLE_3_ITEMS;

/** Which items each qualifying category falls under. */
export const CATEGORY_ITEMS: Record<QualifyingCategory, readonly Article3Item[]> = {
  research_equipment: [4],
  test_vehicle: [5, 12],
  test_product: [12],
  tooling: [8],
};

export function isQualifying(category: GoodsCategory): category is QualifyingCategory {
  return category !== "other";
}

/** Items as the text names them, e.g. 第（五）项“……”、第（十二）项“……”. */
export function itemsText(items: readonly Article3Item[]): Text {
  return text(
    items.map((item) => `第${ARTICLE_3_ITEMS[item].numeral}项“${ARTICLE_3_ITEMS[item].goods["zh-CN"]}”`).join("、"),
    items.map((item) => `item ${item} (${ARTICLE_3_ITEMS[item].goods.en})`).join(", "),
  );
}

/** The qualifying categories with their items, as a person chooses among them. */
export const CATEGORY_CHOICES: Text = text(
  Object.entries(CATEGORY_ITEMS)
    .map(([category, items]) => `${category}（第${items.map((i) => ARTICLE_3_ITEMS[i].numeral).join("、")}项）`)
    .join("、"),
  Object.entries(CATEGORY_ITEMS)
    .map(([category, items]) => `${category} (item ${items.join(", ")})`)
    .join(", "),
);

/** The project the goods serve: only the two national levels may go beyond the third extension. */
export const PROJECT_LEVELS = ["national_key_project", "national_research_program", "provincial", "none"] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];

/** 国家重点工程、国家科研项目. */
export const NATIONAL_PROJECTS: Partial<Record<ProjectLevel, Text>> = {
  national_key_project: text("国家重点工程", "national key project"),
  national_research_program: text("国家科研项目", "national research project"),
};
