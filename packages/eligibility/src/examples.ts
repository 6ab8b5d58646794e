/**
 * Example profiles: the OpenAPI document's request example, the answer
 * schemas' test, the infra access test and the benchmarks build on these
 * instead of copies.
 */

/** A complete profile: every program has the facts it needs (including a planned data export). */
export const FULL_PROFILE = {
  name: "Example R&D (Shanghai) Co., Ltd.",
  province: "310000",
  legalForm: "independent_legal_entity",
  establishedOn: "2015-03-01",
  foreignInvested: true,
  totalInvestmentUsd: 12_000_000,
  rdInvestmentUsd: 9_000_000,
  fullTimeRdStaff: 120,
  equipmentPurchasesCny: 35_000_000,
  recognizedForeignRdCenter: true,
  highTech: {
    registeredOn: "2015-03-01",
    ownsCoreIp: true,
    inSupportedField: true,
    totalStaff: 300,
    sciTechStaff: 120,
    latestYearRevenueCny: 150_000_000,
    rdSpendLast3YearsCny: 30_000_000,
    salesLast3YearsCny: 420_000_000,
    rdSpendInChinaLast3YearsCny: 25_000_000,
    highTechIncomeCny: 120_000_000,
    totalIncomeCny: 160_000_000,
    innovationScore: 82,
    majorIncidentLastYear: false,
  },
  openInnovationPlatform: true,
  servesRegionalKeyCommonTechnology: false,
  postdocWorkstation: true,
  overseasTalent: { count: 12, foreignNationals: 9, categories: ["overseas_high_end", "shortage"] },
  biologicalMaterialsForStateProjects: false,
  temporarilyImportedGoods: {
    category: "research_equipment",
    entryDate: "2025-09-30",
    currentDeadline: "2026-09-30",
    extensionsGranted: 1,
    project: { level: "none" },
  },
  plannedDataExport: {
    exporter: { isCiio: false, freeTradeZone: null },
    transfer: {
      date: "2026-07-01",
      exemptionGrounds: [],
      containsPersonalInfo: true,
      cumulative: { nonSensitiveSubjects: 150_000, sensitiveSubjects: 0 },
      importantData: { present: false, notifiedByAuthority: false },
      humanGeneticResources: { present: false },
      recipients: [{ name: "Parent GmbH", country: "DE", foreignControlled: true }],
    },
  },
} as const;
