/**
 * Example bodies, valid and invalid: the unit tests, the end-to-end tests
 * (test/support/fixtures.ts) and the fuzz routes build on these instead of
 * copies. Each valid body is filed for one pathway; each invalid body is
 * refused by the schema (400) for one reason. Dates that must be recent (the
 * standard contract's effective date) are given relative to the filing day.
 */
import { addDays, type IsoDate, type MaterialKind } from "@rdc/core";
import type { DataExportPayload, Material } from "./schema";

/** The filing day the fixed examples are screened on. */
export const EXAMPLE_RECEIVED_ON: IsoDate = "2025-09-01";

/** A real, checksum-valid unified social credit code. */
const USCC = "91350100M000100Y43";

/** One material of each kind, with an upload reference. */
export function materialsOf(...kinds: MaterialKind[]): Material[] {
  return kinds.map((kind) => ({ kind, ref: `dms://uploads/${kind}` }));
}

/** Every material either CAC procedure asks for. */
export const ALL_MATERIALS: Material[] = materialsOf(
  "application_form",
  "self_assessment_report",
  "legal_documents_with_recipient",
  "standard_contract",
  "pi_protection_impact_assessment",
);

/**
 * A non-CIIO in Shanghai sending 150,000 people's non-sensitive PI to its
 * parent in 2025 (Decree 16 第八条: standard contract or certification), with
 * every material and a contract that took effect 3 days before
 * `filedOn`.
 */
export function standardContractFiling(filedOn: IsoDate = EXAMPLE_RECEIVED_ON): DataExportPayload {
  return {
    exporter: {
      name: "Example R&D (Shanghai) Co., Ltd.",
      uscc: USCC,
      province: "310000",
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
      contractEffectiveOn: addDays(filedOn, -3),
    },
    materials: ALL_MATERIALS,
  };
}

function withTransfer(transfer: Partial<DataExportPayload["transfer"]>, materials?: Material[]): DataExportPayload {
  const base = standardContractFiling();
  return { ...base, transfer: { ...base.transfer, ...transfer }, materials: materials ?? base.materials };
}

/** 第七条第（二）项: 1,000,000 people's non-sensitive PI needs the security assessment. */
export function securityAssessmentApplication(): DataExportPayload {
  const { contractEffectiveOn: _none, ...transfer } = withTransfer({
    cumulative: { nonSensitiveSubjects: 1_000_000, sensitiveSubjects: 0 },
    processorTotalSubjects: 2_000_000,
  }).transfer;
  return { ...standardContractFiling(), transfer };
}

export const VALID_EXAMPLES = {
  standardContract: standardContractFiling(),
  securityAssessment: securityAssessmentApplication(),
  /** 第五条第一款第（四）项: fewer than 100,000 people's non-sensitive PI, no sensitive PI: exempt. */
  exemptSmallVolume: withTransfer({ cumulative: { nonSensitiveSubjects: 99_999, sensitiveSubjects: 0 } }, []),
  /** 第五条第一款第（二）项: cross-border HR management, whatever the volume. */
  exemptHr: withTransfer(
    { exemptionGrounds: ["cross_border_hr"], cumulative: { nonSensitiveSubjects: 300_000, sensitiveSubjects: 0 } },
    [],
  ),
  /** 网络数据安全管理条例第三十五条第（六）项 (from 2025-01-01): a statutory duty, whatever the volume. */
  exemptStatutoryDuty: withTransfer(
    { exemptionGrounds: ["statutory_duty"], cumulative: { nonSensitiveSubjects: 2_000_000, sensitiveSubjects: 0 } },
    [],
  ),
  /** The standard-contract band with a certification application and no contract: nothing to file with the CAC. */
  certification: withTransfer({ contractEffectiveOn: undefined }, materialsOf("certification_application")),
  /** Counts not known: the pathway cannot be told (needs_info, every missing fact). */
  countsUnknown: withTransfer({ cumulative: {} }),
  /** Before 2022-09-01: no regime (rejected). */
  beforeAnyRegime: withTransfer({ date: "2022-08-31" }),
} as const satisfies Record<string, DataExportPayload>;

/** Bodies the schema refuses (400), each for one reason. */
export const INVALID_EXAMPLES: Record<string, unknown> = {
  unknownField: { ...standardContractFiling(), urgent: true },
  unknownExemptionGround: withTransfer({ exemptionGrounds: ["research" as never] }),
  unknownMaterialKind: { ...standardContractFiling(), materials: [{ kind: "passport", ref: "x" }] },
  transferDateNotADate: withTransfer({ date: "2025-02-30" }),
  negativeCount: withTransfer({ cumulative: { nonSensitiveSubjects: -1, sensitiveSubjects: 0 } }),
  unknownProvince: {
    ...standardContractFiling(),
    exporter: { ...standardContractFiling().exporter, province: "Atlantis" },
  },
  retentionNotADuration: withTransfer({ retentionOverseas: "three years" }),
  missingTransfer: { exporter: standardContractFiling().exporter, materials: [] },
};
