import { addDays, addMonths, chinaToday } from "@rdc/core";

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

/** A complete green-channel application, its publicity ending well before today. */
export function talentApplication(overrides: Record<string, unknown> = {}) {
  return {
    applicant: {
      fullName: "Anna Schmidt",
      nationality: "DE",
      passportNumber: "C01X00T47",
      birthDate: "1985-04-12",
      talentCategory: "overseas_high_end",
      workPermit: { number: "1100002025000123", category: "A", validUntil: addDays(today(), 400) },
    },
    employer: {
      name: "Example R&D (Shanghai) Co., Ltd.",
      uscc: USCC,
      province: "310000",
      recognizedForeignRdCenter: true,
    },
    series: "engineering",
    requestedTitle: { level: "deputy_senior", name: "高级工程师" },
    currentTitle: { level: "intermediate", name: "工程师" },
    education: [{ degree: "doctorate", institution: "TU München", country: "DE", year: 2015, verification: "cscse" }],
    overseasExperience: [
      { organisation: "Fraunhofer", country: "DE", role: "researcher", from: "2015-09-01", to: "2022-08-31" },
    ],
    achievements: [{ kind: "patent", title: "Battery cell cooling", year: 2021, evidenceRef: "EP3999999" }],
    publicity: { from: addDays(today(), -30), to: addDays(today(), -10) },
    pledge: true,
    ...overrides,
  };
}

const ALL_DATA_EXPORT_MATERIALS = [
  "application_form",
  "self_assessment_report",
  "legal_documents_with_recipient",
  "standard_contract",
  "pi_protection_impact_assessment",
].map((kind) => ({ kind, ref: `dms://uploads/${kind}` }));

/** A planned transfer from a non-CIIO in Shanghai, with every material and the given transfer facts. */
export function dataExportRequest(transfer: Record<string, unknown> = {}, materials = ALL_DATA_EXPORT_MATERIALS) {
  return {
    exporter: {
      name: "Example R&D (Shanghai) Co., Ltd.",
      uscc: USCC,
      province: "Shanghai",
      isCiio: false,
      freeTradeZone: null,
      contact: { name: "Li Hua", phone: "+86 21 5555 0101", email: "li.hua@example.com" },
    },
    transfer: {
      date: "2025-08-01",
      purpose: "Joint analysis of engine test results with the parent company",
      dataCategories: ["employee contact details"],
      retentionOverseas: "P3Y",
      exemptionGrounds: [],
      containsPersonalInfo: true,
      cumulative: { nonSensitiveSubjects: 150_000, sensitiveSubjects: 0 },
      processorTotalSubjects: 200_000,
      importantData: { present: false, notifiedByAuthority: false },
      humanGeneticResources: { present: false },
      recipients: [{ name: "Parent GmbH", country: "DE", foreignControlled: true }],
      contractEffectiveOn: addDays(today(), -3),
      ...transfer,
    },
    materials,
  };
}
