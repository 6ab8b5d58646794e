/**
 * Example bodies, valid and invalid: the unit tests, the end-to-end tests
 * (test/support/fixtures.ts), the fuzz routes and the bench build on these
 * instead of copies. Dates are given relative to the filing day, so that an
 * example filed today screens as it does on the fixed day.
 */
import { addDays, addMonths, type IsoDate } from "@rdc/core";
import type { CustomsExtensionPayload } from "./schema";

/** The filing day the fixed examples are screened on. */
export const EXAMPLE_RECEIVED_ON: IsoDate = "2025-10-20";

/** A real, checksum-valid unified social credit code. */
const USCC = "91350100M000100Y43";

export interface RequestShape {
  /** Days from filing to the current deadline (negative: already past). */
  deadlineInDays?: number;
  extensionsGranted?: number;
}

/**
 * An in-time request filed on `filedOn` for a lidar test rig entered in
 * Shanghai: the current deadline `deadlineInDays` after filing, an entry date
 * that fits it and the extensions granted, and 3 more months asked for.
 */
export function extensionRequest(
  filedOn: IsoDate = EXAMPLE_RECEIVED_ON,
  { deadlineInDays = 20, extensionsGranted = 0 }: RequestShape = {},
): CustomsExtensionPayload {
  const currentDeadline = addDays(filedOn, deadlineInDays);
  return {
    center: { name: "某汽车研发（上海）有限公司", uscc: USCC, province: "310000" },
    customsOffice: { code: "2201", name: "上海海关" },
    declarationNumber: "220120241000123456",
    // About five months into the current period: consistent with any number of extensions.
    entryDate: addDays(currentDeadline, -150 - 182 * extensionsGranted),
    currentDeadline,
    extensionsGranted,
    requestedDeadline: addMonths(currentDeadline, 3),
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
  };
}

/** A fourth extension for goods of a national key project: the directly-under customs' route. */
export function nationalProjectRequest(filedOn: IsoDate = EXAMPLE_RECEIVED_ON): CustomsExtensionPayload {
  return {
    ...extensionRequest(filedOn, { extensionsGranted: 3 }),
    project: { level: "national_key_project", name: "智能网联汽车", number: "2023YFB000001" },
  };
}

/** Goods under an ATA carnet that stays valid past the requested deadline. */
export function carnetRequest(filedOn: IsoDate = EXAMPLE_RECEIVED_ON): CustomsExtensionPayload {
  const base = extensionRequest(filedOn);
  return {
    ...base,
    ataCarnet: { number: "CN/2025/000123", validUntil: addMonths(base.requestedDeadline, 1) },
    guarantee: { type: "carnet" },
  };
}

export const VALID_EXAMPLES = {
  firstExtension: extensionRequest(),
  nationalProject: nationalProjectRequest(),
  carnet: carnetRequest(),
} as const satisfies Record<string, CustomsExtensionPayload>;

/** Bodies the schema refuses (400), each for one reason. */
export const INVALID_EXAMPLES: Record<string, unknown> = {
  shortHsCode: { ...extensionRequest(), goods: [{ ...extensionRequest().goods[0], hsCode: "90318" }] },
  shortDeclarationNumber: { ...extensionRequest(), declarationNumber: "12345" },
  unknownCategory: {
    ...extensionRequest(),
    goods: [{ ...extensionRequest().goods[0], category: "research_vehicles" }],
  },
  noGoods: { ...extensionRequest(), goods: [] },
  tooManyGoods: { ...extensionRequest(), goods: Array.from({ length: 51 }, () => extensionRequest().goods[0]) },
  nationalProjectWithoutNumber: { ...extensionRequest(), project: { level: "national_key_project", name: "x" } },
  deadlineNotADate: { ...extensionRequest(), currentDeadline: "2025-02-30" },
  unknownField: { ...extensionRequest(), nationalProject: true },
};
