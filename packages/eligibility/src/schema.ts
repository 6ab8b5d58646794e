import { GOODS_CATEGORIES, MEASURE_IDS, PROJECT_LEVELS, TALENT_CATEGORIES } from "@rdc/core";
import {
  amount,
  count,
  exporterFactFields,
  isoDate,
  label,
  province,
  record,
  transferFactFields,
  uscc,
} from "@rdc/platform";
import * as z from "zod";
import { type CenterProfile, LEGAL_FORMS } from "./profile";

const flag = z.boolean().optional();
const money = amount.optional();
const people = count.optional();

/** A center's profile: every fact optional (missing facts make results undetermined, never guessed). */
export const centerProfile = record({
  name: label(300).optional(),
  uscc: uscc.optional(),
  province: province.optional(),
  legalForm: z.enum(LEGAL_FORMS).optional(),
  establishedOn: isoDate.optional(),
  foreignInvested: flag,
  totalInvestmentUsd: money,
  rdInvestmentUsd: money,
  fullTimeRdStaff: people,
  equipmentPurchasesCny: money,
  recognizedForeignRdCenter: flag,
  highTech: record({
    registeredOn: isoDate.optional(),
    ownsCoreIp: flag,
    inSupportedField: flag,
    totalStaff: people,
    sciTechStaff: people,
    latestYearRevenueCny: money,
    rdSpendLast3YearsCny: money,
    salesLast3YearsCny: money,
    rdSpendInChinaLast3YearsCny: money,
    highTechIncomeCny: money,
    totalIncomeCny: money,
    innovationScore: z.number().min(0).max(100).optional(),
    majorIncidentLastYear: flag,
  }).optional(),
  openInnovationPlatform: flag,
  servesRegionalKeyCommonTechnology: flag,
  postdocWorkstation: flag,
  overseasTalent: record({
    count: people,
    foreignNationals: people,
    categories: z
      .array(z.enum(TALENT_CATEGORIES))
      .max(TALENT_CATEGORIES.length)
      .refine((c) => new Set(c).size === c.length, "each category once")
      .optional(),
  }).optional(),
  biologicalMaterialsForStateProjects: flag,
  temporarilyImportedGoods: record({
    category: z.enum(GOODS_CATEGORIES).optional(),
    entryDate: isoDate.optional(),
    currentDeadline: isoDate.optional(),
    extensionsGranted: count.max(100).optional(),
    project: record({ level: z.enum(PROJECT_LEVELS).optional() }).optional(),
  }).optional(),
  plannedDataExport: record({
    exporter: record(exporterFactFields).optional(),
    transfer: record({ date: isoDate.optional(), ...transferFactFields }).optional(),
  }).optional(),
}) satisfies z.ZodType<CenterProfile, unknown>;

export const eligibilityRequest = record({
  center: centerProfile,
  asOf: isoDate.optional(),
  measures: z
    .array(z.enum(MEASURE_IDS))
    .min(1)
    .max(MEASURE_IDS.length)
    .refine((ids) => new Set(ids).size === ids.length, "each measure once")
    .optional()
    .meta({
      description:
        "the measures to check, each once; all 16 when absent. The answer's `programs` are those these measures follow (all of them when absent).",
    }),
});
