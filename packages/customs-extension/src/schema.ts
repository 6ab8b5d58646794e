import { GOODS_CATEGORIES, PROJECT_LEVELS, text } from "@rdc/core";
import {
  amount,
  count,
  customsOfficeCode,
  declarationNumber,
  hsCode,
  isoDate,
  label,
  province,
  record,
  uscc,
} from "@rdc/platform";
import * as z from "zod";

/** How the goods are secured while under temporary admission: the platform's list. */
export const GUARANTEE_TYPES = ["deposit", "bank_guarantee", "carnet"] as const;
export type GuaranteeType = (typeof GUARANTEE_TYPES)[number];

/**
 * The goods of one import declaration: a declaration (报关单) lists at most 50
 * commodity items (海关进出口货物报关单填制规范; the platform's reading of
 * practice, UNCONFIRMED against the current edition), so a request has at most 50.
 */
export const MAX_GOODS_ITEMS = 50;

const goodsItem = record({
  description: label(500),
  /** 10-digit customs commodity code. */
  hsCode,
  /** Core's vocabulary, mapped to the items of Order 233 第三条; `other` qualifies under none. */
  category: z.enum(GOODS_CATEGORIES),
  quantity: z.number().int().min(1).max(1_000_000),
  valueCny: amount,
  serialOrVin: label(64),
});

const project = record({
  /** Only the two national levels may be extended beyond the third extension. */
  level: z.enum(PROJECT_LEVELS),
  name: label(300).optional(),
  number: label(100).optional(),
})
  .superRefine((p, ctx) => {
    if (p.level === "none") return;
    for (const field of ["name", "number"] as const) {
      if (!p[field]) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          params: { text: text("项目级别不为 none 时必填", "required unless the project level is none") },
        });
      }
    }
  })
  .meta({
    // The refinement above, said in the OpenAPI document (zod cannot derive a schema from it).
    description: "`name` and `number` are required unless `level` is `none`",
  });

/**
 * What a partner files to extend the re-export period of temporarily imported
 * goods (measure （九）, GACC Order 233): the API's single source of truth; the
 * types below are inferred from it. The vocabularies (goods category, project
 * level) are core's, shared with the eligibility profile.
 */
export const customsExtensionPayload = record({
  center: record({ name: label(300), uscc, province }),
  /** The competent customs office (主管地海关): 4-digit customs code. */
  customsOffice: record({ code: customsOfficeCode, name: label(100) }),
  /** 18-digit import declaration number (报关单号). */
  declarationNumber,
  entryDate: isoDate,
  /** The re-export deadline in force now (the initial period's or the last extension's). */
  currentDeadline: isoDate,
  /** Extensions already granted (0 for the first request). */
  extensionsGranted: count.max(100),
  requestedDeadline: isoDate,
  reason: label(4000),
  goods: z.array(goodsItem).min(1).max(MAX_GOODS_ITEMS),
  project,
  ataCarnet: record({ number: label(64), validUntil: isoDate }).optional(),
  guarantee: record({ type: z.enum(GUARANTEE_TYPES), amountCny: amount.optional() }),
});

export type CustomsExtensionPayload = z.infer<typeof customsExtensionPayload>;
export type GoodsItem = CustomsExtensionPayload["goods"][number];
