import { addDays, addMonths, chinaToday } from "@rdc/core";
import { standardContractFiling } from "../../packages/data-export/src/examples";
import { greenChannelApplication } from "../../packages/talent-title/src/examples";

/** A real, checksum-valid unified social credit code. */
export const USCC = "91350100M000100Y43";

export const today = () => chinaToday();
export { addDays, addMonths };

/** A customs extension request whose current deadline is `deadlineInDays` from today. */
export function customsRequest(deadlineInDays: number, overrides: Record<string, unknown> = {}) {
  const currentDeadline = addDays(today(), deadlineInDays);
  return {
    center: { name: "某汽车研发（上海）有限公司", uscc: USCC, province: "Shanghai" },
    customsOffice: { code: "2201", name: "上海海关" },
    declarationNumber: "220120241000123456",
    entryDate: addMonths(currentDeadline, -6),
    currentDeadline,
    extensionsGranted: 0,
    requestedDeadline: addMonths(currentDeadline, 6),
    reason: "道路测试周期延长",
    goods: [
      {
        description: "激光雷达测试台架",
        hsCode: "9031809090",
        category: "research_equipment",
        quantity: 1,
        valueCny: 1_200_000,
        serialOrVin: "LDR-2024-0001",
      },
    ],
    project: { level: "none" },
    guarantee: { type: "deposit", amountCny: 150_000 },
    ...overrides,
  };
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
