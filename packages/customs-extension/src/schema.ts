import { text } from "@rdc/core";
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
import { type CustomsExtensionPayload, GOODS_CATEGORIES, GUARANTEE_TYPES, PROJECT_LEVELS } from "./payload";

const goodsItem = record({
  description: label(500),
  hsCode,
  category: z.enum(GOODS_CATEGORIES),
  quantity: z.number().int().min(1).max(1_000_000),
  valueCny: amount,
  serialOrVin: label(64),
});

const project = record({
  level: z.enum(PROJECT_LEVELS),
  name: label(300).optional(),
  number: label(100).optional(),
}).superRefine((p, ctx) => {
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
});

/** The request to extend a re-export deadline: the API's single source of truth. */
export const customsExtensionPayload = record({
  center: record({ name: label(300), uscc, province }),
  customsOffice: record({ code: customsOfficeCode, name: label(100) }),
  declarationNumber,
  entryDate: isoDate,
  currentDeadline: isoDate,
  extensionsGranted: count.max(100),
  requestedDeadline: isoDate,
  reason: label(4000),
  goods: z.array(goodsItem).min(1).max(500),
  project,
  ataCarnet: record({ number: label(64), validUntil: isoDate }).optional(),
  guarantee: record({ type: z.enum(GUARANTEE_TYPES), amountCny: amount.optional() }),
}) satisfies z.ZodType<CustomsExtensionPayload, unknown>;
