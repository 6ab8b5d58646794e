import {
  isCountryCode,
  isCustomsDeclarationNumber,
  isCustomsOfficeCode,
  isHsCode,
  isIsoDate,
  isValidUscc,
  normalizeProvince,
  type Text,
  text,
  USCC_SHAPE,
} from "@rdc/core";
import * as z from "zod";

/**
 * What the JSON Schema (and so the OpenAPI document) says of a checked string:
 * its longest valid form, and its pattern or format where one describes it.
 * The predicate is the rule; these describe it, so they must never admit less.
 */
interface StringShape {
  maxLength: number;
  pattern?: RegExp;
  format?: "date" | "duration";
}

/** A custom check whose message is bilingual (rendered per request by http/validation.ts). */
function check(predicate: (value: string) => boolean, message: Text, shape: StringShape) {
  const { pattern, ...rest } = shape;
  return z
    .string()
    .refine(predicate, { params: { text: message } })
    .meta({ ...rest, ...(pattern ? { pattern: pattern.source } : {}) });
}

/** A real calendar date between 1900 and 2100 (the range the working-day calendar answers for). */
export const isoDate = check(
  (value) => isIsoDate(value) && value >= "1900-01-01" && value <= "2100-12-31",
  text("须为 1900 至 2100 年间的有效日期 YYYY-MM-DD", "must be a valid date YYYY-MM-DD between 1900 and 2100"),
  { maxLength: 10, pattern: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, format: "date" },
);

export const uscc = check(
  isValidUscc,
  text(
    "须为 18 位统一社会信用代码，且校验位正确（GB 32100-2015）",
    "must be an 18-character unified social credit code with a valid check character (GB 32100-2015)",
  ),
  { maxLength: 18, pattern: USCC_SHAPE },
);

/** Longer than any province's code, Chinese or English name or alias, with spaces. */
const PROVINCE_INPUT_MAX = 64;

/** A province-level division as its GB/T 2260 code or English name; normalised to the code. */
export const province = z
  .string()
  .max(PROVINCE_INPUT_MAX)
  .transform((value, ctx) => {
    const code = normalizeProvince(value);
    if (code) return code;
    ctx.addIssue({
      code: "custom",
      params: {
        text: text(
          "须为省级行政区划代码（GB/T 2260，如 310000）或英文名（如 Shanghai）",
          "must be a province-level GB/T 2260 code (e.g. 310000) or English name (e.g. Shanghai)",
        ),
      },
    });
    return z.NEVER;
  })
  .meta({ description: "GB/T 2260 code such as 310000, or English name such as Shanghai", example: "310000" });

export const countryCode = check(
  isCountryCode,
  text("须为 ISO 3166-1 二位字母国家代码（大写）", "must be an ISO 3166-1 alpha-2 country code (upper case)"),
  { maxLength: 2, pattern: /^[A-Z]{2}$/ },
);

export const hsCode = check(isHsCode, text("须为 10 位商品编码", "must be a 10-digit HS (tariff) code"), {
  maxLength: 10,
  pattern: /^[0-9]{10}$/,
});
export const declarationNumber = check(
  isCustomsDeclarationNumber,
  text("须为 18 位报关单号", "must be an 18-digit customs declaration number"),
  { maxLength: 18, pattern: /^[0-9]{18}$/ },
);
export const customsOfficeCode = check(
  isCustomsOfficeCode,
  text("须为 4 位关区代码", "must be a 4-digit customs code"),
  { maxLength: 4, pattern: /^[0-9]{4}$/ },
);

/** Free text a person typed: trimmed, not empty, bounded. */
export const label = (max = 200) => z.string().trim().min(1).max(max);

export const count = z.number().int().min(0).max(2_000_000_000);
export const amount = z.number().min(0).max(1e15);

const DURATION = /^P(?!$)([0-9]{1,4}Y)?([0-9]{1,4}M)?([0-9]{1,4}W)?([0-9]{1,5}D)?$/;

/** ISO 8601 duration such as P2Y, P6M, P1Y6M, P30D (each figure at most 4 digits, days 5). */
export const isoDuration = check(
  (v) => DURATION.test(v),
  text("须为 ISO 8601 期间，如 P2Y", "must be an ISO 8601 duration such as P2Y"),
  { maxLength: 22, pattern: DURATION, format: "duration" },
);

/** An object with `from` and `to` dates (plus `extra` fields), where `to` is not before `from`. */
export function period<S extends z.ZodRawShape>(extra: S) {
  return z.strictObject({ ...extra, from: isoDate, to: isoDate }).superRefine((value, ctx) => {
    const { from, to } = value as { from: string; to: string };
    if (to < from) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        params: { text: text("结束日期不得早于开始日期", "must not be before `from`") },
      });
    }
  });
}

/** `?explain=true` adds the trace of every rule evaluated (eligibility checks and screenings alike). */
export const explainQuery = z.strictObject({
  explain: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});
