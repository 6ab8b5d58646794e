import { EXEMPTION_GROUNDS } from "@rdc/core";
import { count, countryCode, isoDate, isoDuration, label, personal, province, record, uscc } from "@rdc/platform";
import * as z from "zod";
import { type DataExportPayload, MATERIAL_KINDS } from "./payload";

/**
 * A planned outbound transfer of R&D data: the API's single source of truth.
 * Facts the rules read are optional (absent = not known, and screening asks
 * for exactly those that decide); the contact is personal data.
 */
export const dataExportPayload = record({
  exporter: record({
    name: label(300),
    uscc,
    province,
    isCiio: z.boolean().optional(),
    freeTradeZone: record({ zone: label(200), dataOnNegativeList: z.boolean() })
      .nullable()
      .optional(),
    contact: record({
      name: personal(label(100)),
      phone: personal(
        z
          .string()
          .trim()
          .regex(/^\+?[0-9 ()-]{5,30}$/, "a phone number"),
      ),
      email: personal(z.email().max(254)),
    }),
  }),
  transfer: record({
    date: isoDate,
    purpose: label(2000),
    exemptionGrounds: z.array(z.enum(EXEMPTION_GROUNDS)).max(EXEMPTION_GROUNDS.length).optional(),
    containsPersonalInfo: z.boolean().optional(),
    cumulative: record({
      nonSensitiveSubjects: count.optional(),
      sensitiveSubjects: count.optional(),
      totalSubjects: count.optional(),
    }).optional(),
    processorTotalSubjects: count.optional(),
    importantData: record({ present: z.boolean(), notifiedByAuthority: z.boolean() }).optional(),
    humanGeneticResources: record({ present: z.boolean(), genomeSubjects: count.optional() }).optional(),
    recipients: z
      .array(record({ name: label(300), country: countryCode, foreignControlled: z.boolean() }))
      .max(100)
      .optional(),
    dataCategories: z.array(label(200)).max(100),
    retentionOverseas: isoDuration,
  }),
  materials: z.array(record({ kind: z.enum(MATERIAL_KINDS), ref: label(500) })).max(100),
}) satisfies z.ZodType<DataExportPayload, unknown>;
