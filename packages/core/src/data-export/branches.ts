import { text } from "../i18n";
import { allOf, type Citation, type RuleResult } from "../rules";
import { type Branch, not, type RuleSpec, rule } from "./conditions";
import type { TransferFacts } from "./facts";
import type { DataExportExemption, DataExportPathway, ExemptionBasis } from "./result";
import { CITATIONS } from "./sources";

/** Where a branch of the rules leads, and the article that takes it there. */
export interface Conclusion {
  pathway: DataExportPathway;
  exemption: DataExportExemption | null;
  basis: Citation;
}

export type PathwayBranch = Branch<Conclusion>;

export function samePathway(a: Conclusion, b: Conclusion): boolean {
  return a.pathway === b.pathway;
}

export function leadsTo(
  pathway: Exclude<DataExportPathway, "exempt">,
  spec: RuleSpec,
  condition: RuleResult,
): PathwayBranch {
  return { conclusion: { pathway, exemption: null, basis: spec.citation }, result: rule(spec, condition) };
}

export function exemptBy(ground: ExemptionBasis, spec: RuleSpec, condition: RuleResult): PathwayBranch {
  return {
    conclusion: { pathway: "exempt", exemption: { ground, citation: spec.citation }, basis: spec.citation },
    result: rule(spec, condition),
  };
}

/**
 * Neither PI nor important data (as the law defined it on the transfer date)
 * leaves the country: the export measures govern only those two (Decree 11
 * Art. 2), so no procedure applies.
 */
export function noRegulatedData(
  personalInfo: RuleResult,
  importantData: RuleResult,
  transfer: TransferFacts,
): PathwayBranch {
  return exemptBy(
    "no_regulated_data",
    {
      code: "dataExport.noRegulatedData",
      message: text(
        "未向境外提供个人信息或者重要数据，无需履行数据出境安全评估、标准合同或认证程序。",
        "Neither personal information nor important data is sent abroad: no security assessment, standard contract or certification is needed.",
      ),
      citation: CITATIONS.decree11Scope,
      inputs: { containsPersonalInfo: transfer.containsPersonalInfo, importantData: transfer.importantData },
    },
    allOf([not(personalInfo), not(importantData)]),
  );
}
