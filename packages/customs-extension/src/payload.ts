import type { IsoDate } from "@rdc/core";

/**
 * What a partner files to extend the re-export period of temporarily
 * imported goods (measure （九）). The zod schema in `schema.ts` mirrors this
 * interface; the enum lists below are its single source.
 */

/** The kind of goods, mapped to the qualifying items of Order 233 Art. 3 in `rules.ts`; `other` qualifies under none. */
export const GOODS_CATEGORIES = ["research_equipment", "test_vehicle", "test_product", "tooling", "other"] as const;
export type GoodsCategory = (typeof GOODS_CATEGORIES)[number];

/** The project the goods serve: only the two national levels may be extended beyond the third extension. */
export const PROJECT_LEVELS = ["national_key_project", "national_research_program", "provincial", "none"] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];

export const GUARANTEE_TYPES = ["deposit", "bank_guarantee", "carnet"] as const;
export type GuaranteeType = (typeof GUARANTEE_TYPES)[number];

export interface GoodsItem {
  description: string;
  /** 10-digit customs commodity code. */
  hsCode: string;
  category: GoodsCategory;
  quantity: number;
  valueCny: number;
  serialOrVin: string;
}

export interface CustomsExtensionPayload {
  center: {
    name: string;
    /** Unified social credit code (统一社会信用代码). */
    uscc: string;
    /** 6-digit administrative division code. */
    province: string;
  };
  /** The competent customs office (主管地海关): 4-digit customs code. */
  customsOffice: { code: string; name: string };
  /** 18-digit import declaration number (报关单号). */
  declarationNumber: string;
  entryDate: IsoDate;
  /** The re-export deadline in force now (initial period or the last extension granted). */
  currentDeadline: IsoDate;
  /** Extensions already granted (0 for the first request). */
  extensionsGranted: number;
  requestedDeadline: IsoDate;
  reason: string;
  goods: GoodsItem[];
  project: { level: ProjectLevel; name?: string; number?: string };
  ataCarnet?: { number: string; validUntil: IsoDate };
  guarantee: { type: GuaranteeType; amountCny?: number };
}
