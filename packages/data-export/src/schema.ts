import {
  exporterFactFields,
  isoDate,
  isoDuration,
  label,
  personal,
  province,
  record,
  transferFactFields,
  uscc,
} from "@rdc/platform";
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
    ...exporterFactFields,
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
    ...transferFactFields,
    contractEffectiveOn: isoDate.optional(),
    dataCategories: z.array(label(200)).max(100),
    retentionOverseas: isoDuration,
  }),
  materials: z.array(record({ kind: z.enum(MATERIAL_KINDS), ref: label(500) })).max(100),
}) satisfies z.ZodType<DataExportPayload, unknown>;
