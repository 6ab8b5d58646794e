import { MATERIAL_KINDS } from "@rdc/core";
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

/**
 * A planned outbound transfer of R&D data: the API's single source of truth
 * (the types below are inferred from it). The pathway facts are core's
 * `ExporterFacts` and `TransferFacts`, from the one definition the
 * eligibility pre-screen also asks with. Facts the rules read are optional
 * (absent = not known, and screening asks for exactly those that decide);
 * the contact is personal data. The material kinds are core's vocabulary
 * (数据出境安全评估办法第六条, 个人信息出境标准合同办法第七条).
 *
 * `exporter.province` is the GB/T 2260 code (or English name, normalised to
 * the code) that picks the provincial cyberspace office;
 * `transfer.contractEffectiveOn` is, on the standard-contract route, the day
 * the contract took effect (the filing limit runs from it);
 * `transfer.retentionOverseas` is how long the recipient keeps the data, as
 * an ISO 8601 duration (e.g. `P3Y`); `materials[].ref` is where the document
 * is, e.g. an upload id.
 */
export const MAX_DATA_CATEGORIES = 100;
export const MAX_MATERIALS = 50;

export const dataExportPayload = record({
  exporter: record({
    name: label(300),
    uscc,
    province,
    ...exporterFactFields,
    contact: record({
      name: personal(label(100), "contact"),
      phone: personal(
        z
          .string()
          .trim()
          .max(31)
          .regex(/^\+?[0-9 ()-]{5,30}$/, "a phone number"),
        "contact",
      ),
      email: personal(z.email().max(254), "contact"),
    }),
  }),
  transfer: record({
    date: isoDate,
    purpose: label(2000),
    ...transferFactFields,
    contractEffectiveOn: isoDate.optional(),
    /**
     * The kinds of data sent (e.g. "员工联系方式"), as the exporter's data
     * catalogue names them: short names, and even a full catalogue (GB/T
     * 43697-2024 数据分类分级规则) lists fewer than 100 at the level a filing names.
     */
    dataCategories: z.array(label(100)).max(MAX_DATA_CATEGORIES),
    retentionOverseas: isoDuration,
  }),
  /**
   * The documents filed, each by a reference to where it is (an upload id or
   * URL, 300 characters). An assessment names four kinds (数据出境安全评估办法
   * 第六条) and a contract filing two (个人信息出境标准合同办法第七条), each
   * perhaps in several parts and annexes: 50 is ample.
   */
  materials: z.array(record({ kind: z.enum(MATERIAL_KINDS), ref: label(300) })).max(MAX_MATERIALS),
});

export type DataExportPayload = z.infer<typeof dataExportPayload>;
export type Material = DataExportPayload["materials"][number];
