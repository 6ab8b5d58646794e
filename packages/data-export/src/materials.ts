import { type Citation, type Text, text } from "@rdc/core";
import type { Material, MaterialKind } from "./payload";
import { PROCEDURE_CITATIONS } from "./sources";

/** The CAC procedure a filing starts: a security-assessment application or a standard-contract filing. */
export type FilingRoute = "security_assessment" | "standard_contract";

export const MATERIAL_LABELS: Record<MaterialKind, Text> = {
  application_form: text("申报书", "application form"),
  self_assessment_report: text("数据出境风险自评估报告", "data-export risk self-assessment report"),
  legal_documents_with_recipient: text(
    "与境外接收方拟订立的法律文件",
    "legal documents to be concluded with the overseas recipient",
  ),
  standard_contract: text("个人信息出境标准合同", "standard contract for the export of personal information"),
  pi_protection_impact_assessment: text(
    "个人信息保护影响评估报告",
    "personal information protection impact assessment report",
  ),
  certification_application: text("个人信息保护认证申请", "personal information protection certification application"),
  hgr_filing: text("人类遗传资源信息对外提供备案", "human genetic resources information provision filing"),
  other: text("其他材料", "other materials"),
};

export interface RequiredMaterial {
  kind: MaterialKind;
  label: Text;
  citation: Citation;
}

function required(kind: MaterialKind, citation: Citation): RequiredMaterial {
  return { kind, label: MATERIAL_LABELS[kind], citation };
}

/**
 * Decree 11 Art. 6 lists what an assessment application carries (its fourth
 * item, "other materials the CAC requires", is asked for case by case, so it
 * is not required up front); Decree 13 Art. 7 what a standard-contract filing
 * carries. The HGR filing goes to the HGR regulator, not the CAC: it is never
 * required here.
 */
const REQUIRED: Record<FilingRoute, RequiredMaterial[]> = {
  security_assessment: [
    required("application_form", PROCEDURE_CITATIONS.applicationForm),
    required("self_assessment_report", PROCEDURE_CITATIONS.selfAssessment),
    required("legal_documents_with_recipient", PROCEDURE_CITATIONS.legalDocuments),
  ],
  standard_contract: [
    required("standard_contract", PROCEDURE_CITATIONS.standardContractFiling),
    required("pi_protection_impact_assessment", PROCEDURE_CITATIONS.standardContractFiling),
  ],
};

export function requiredMaterials(route: FilingRoute): RequiredMaterial[] {
  return REQUIRED[route];
}

/** Every required item not among the materials, all at once. */
export function missingMaterials(route: FilingRoute, materials: readonly Material[]): RequiredMaterial[] {
  const given = new Set(materials.map((m) => m.kind));
  return REQUIRED[route].filter((m) => !given.has(m.kind));
}
