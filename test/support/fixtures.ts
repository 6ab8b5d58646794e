import { addDays, addMonths, chinaToday } from "@rdc/core";
import { extensionRequest } from "../../packages/customs-extension/src/examples";
import { standardContractFiling } from "../../packages/data-export/src/examples";
import { greenChannelApplication } from "../../packages/talent-title/src/examples";

/** A real, checksum-valid unified social credit code. */
export const USCC = "91350100M000100Y43";

export const today = () => chinaToday();
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
