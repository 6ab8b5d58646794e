/**
 * The pathway rules as branches in priority order (kernel `firstApplicable`):
 * each branch is a cited rule and the conclusion it leads to.
 */
import { text } from "../i18n";
import { allOf, type Branch, type Citation, holds, not, type RuleResult, type RuleSpec, rule, unknown } from "../rules";
import type { TransferFacts } from "./facts";
import { CITATIONS } from "./instruments";
import type { DataExportExemption, DataExportPathway, ExemptionBasis } from "./result";

/** What the pathway rules read besides the facts: whether to build the trace. */
export interface PathwayContext {
  readonly explain: boolean;
}

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

/**
 * A count against a threshold with one of the counting words of compare.ts
 * (`reaches` 以上, `under` 不满, `exceeds` 超过); an absent count is unknown.
 */
export function counted(
  count: number | undefined,
  compare: (value: number, threshold: number) => boolean,
  threshold: number,
  path: string,
): RuleResult {
  return count === undefined ? unknown(path) : holds(compare(count, threshold), path);
}

export function leadsTo(
  ctx: PathwayContext,
  pathway: Exclude<DataExportPathway, "exempt">,
  spec: RuleSpec,
  condition: RuleResult,
): PathwayBranch {
  return { conclusion: { pathway, exemption: null, basis: spec.citation }, result: rule(ctx, spec, condition) };
}

export function exemptBy(
  ctx: PathwayContext,
  ground: ExemptionBasis,
  spec: RuleSpec,
  condition: RuleResult,
): PathwayBranch {
  return {
    conclusion: { pathway: "exempt", exemption: { ground, citation: spec.citation }, basis: spec.citation },
    result: rule(ctx, spec, condition),
  };
}

/**
 * 数据出境安全评估办法第二条：数据处理者向境外提供在中华人民共和国境内运营中收集和产生的重要数据和
 * 个人信息的安全评估，适用本办法。
 * Neither PI nor important data (as the law defined it on the transfer date)
 * leaves the country: the export measures govern only those two, so no
 * procedure applies.
 */
export function noRegulatedData(
  ctx: PathwayContext,
  personalInfo: RuleResult,
  importantData: RuleResult,
  transfer: TransferFacts,
): PathwayBranch {
  return exemptBy(
    ctx,
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

/** 2023-06-01 → 2023年6月1日, as the texts write dates. */
export function zhDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}
