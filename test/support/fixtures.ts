import { addDays, addMonths, chinaToday, MATERIAL_KINDS } from "@rdc/core";
import { MAX_RECIPIENTS } from "@rdc/platform";
import { extensionRequest } from "../../packages/customs-extension/src/examples";
import { MAX_GOODS_ITEMS } from "../../packages/customs-extension/src/schema";
import { standardContractFiling } from "../../packages/data-export/src/examples";
import { MAX_DATA_CATEGORIES, MAX_MATERIALS } from "../../packages/data-export/src/schema";
import { greenChannelApplication } from "../../packages/talent-title/src/examples";
import { MAX_ACHIEVEMENTS, MAX_EDUCATION, MAX_WORK_PERIODS } from "../../packages/talent-title/src/schema";

/** A real, checksum-valid unified social credit code. */
export const USCC = "91350100M000100Y43";

export const today = () => chinaToday();

/** A center that meets the import-tax conditions of 财关税〔2021〕24号 with room to spare. */
export const QUALIFYING_CENTER = {
  name: "Example R&D (Shanghai) Co., Ltd.",
  province: "Shanghai",
  foreignInvested: true,
  legalForm: "independent_legal_entity" as const,
  totalInvestmentUsd: 9_000_000,
  fullTimeRdStaff: 85,
  equipmentPurchasesCny: 25_000_000,
  recognizedForeignRdCenter: true,
};
export { addDays, addMonths };

/** A customs extension request filed today whose current deadline is `deadlineInDays` from today (the intake's example). */
export function customsRequest(deadlineInDays: number, overrides: Record<string, unknown> = {}) {
  return { ...extensionRequest(today(), { deadlineInDays }), ...overrides };
}

/** A complete green-channel application filed today (the talent intake's example), its publicity ended 10 days ago. */
export function talentApplication(overrides: Record<string, unknown> = {}) {
  return { ...greenChannelApplication(today()), ...overrides };
}

const DATA_EXPORT_EXAMPLE = standardContractFiling();

/** A planned transfer from a non-CIIO in Shanghai (the intake's standard-contract example), with the given transfer facts. */
export function dataExportRequest(
  transfer: Record<string, unknown> = {},
  materials: unknown[] = DATA_EXPORT_EXAMPLE.materials,
) {
  const example = standardContractFiling(today());
  return { ...example, transfer: { ...example.transfer, ...transfer }, materials };
}

/** `n` characters of three UTF-8 bytes each: the largest text a field of `n` characters can hold. */
const cjk = (n: number) => "测".repeat(n);
const times = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

/**
 * The largest valid body of each intake: every array at its maximum, every
 * free-text field at its longest, in three-byte characters (each intake's
 * schema names its maxima and why).
 */
export const LARGEST = {
  customsExtension(): Record<string, unknown> {
    const body = customsRequest(10);
    const item = { ...body.goods[0], category: "other", description: cjk(500), serialOrVin: cjk(64) };
    return {
      ...body,
      center: { ...body.center, name: cjk(300) },
      reason: cjk(4000),
      goods: times(MAX_GOODS_ITEMS, () => item),
    };
  },
  dataExport(): Record<string, unknown> {
    const body = dataExportRequest();
    return {
      ...body,
      exporter: {
        ...body.exporter,
        name: cjk(300),
        freeTradeZone: { zone: cjk(200), dataOnNegativeList: false },
        contact: { ...body.exporter.contact, name: cjk(100) },
      },
      transfer: {
        ...body.transfer,
        purpose: cjk(2000),
        dataCategories: times(MAX_DATA_CATEGORIES, () => cjk(100)),
        recipients: times(MAX_RECIPIENTS, () => ({ name: cjk(200), country: "DE", foreignControlled: true })),
      },
      materials: times(MAX_MATERIALS, (i) => ({ kind: MATERIAL_KINDS[i % MATERIAL_KINDS.length], ref: cjk(300) })),
    };
  },
  talentTitle(): Record<string, unknown> {
    const body = talentApplication();
    const period = { organisation: cjk(300), country: "DE", role: cjk(200), from: "2000-01-01", to: "2001-06-30" };
    return {
      ...body,
      applicant: { ...body.applicant, fullName: cjk(200) },
      employer: { ...body.employer, name: cjk(300) },
      requestedTitle: { ...body.requestedTitle, name: cjk(100) },
      education: times(MAX_EDUCATION, () => ({ ...body.education[0], institution: cjk(300) })),
      overseasExperience: times(MAX_WORK_PERIODS, () => period),
      domesticExperience: times(MAX_WORK_PERIODS, () => ({ ...period, country: "CN" })),
      achievements: times(MAX_ACHIEVEMENTS, () => ({
        kind: "paper",
        title: cjk(300),
        year: 2020,
        evidenceRef: cjk(300),
      })),
    };
  },
};
