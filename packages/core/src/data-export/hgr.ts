/**
 * Human genetic resources information (人类遗传资源信息: gene and genome data;
 * not clinical, imaging, protein or metabolic data) provided to foreign
 * organisations or individuals, or to entities they set up or control — in
 * China too. HGR Regulations Art. 28: filing with a backup copy; a security
 * review where it may affect public health, national security or the public
 * interest. Owed to the HGR regulator, not the CAC, whatever the CAC pathway.
 */
import { type Text, text } from "../i18n";
import { allOf, exceeds, FAILS, holds, type ParameterValue, type RuleResult, rule, valueAsOf } from "../rules";
import { counted, type PathwayContext } from "./branches";
import { type DataExportFacts, FACT_PATHS } from "./facts";
import { CITATIONS } from "./instruments";
import { HGR_GENOME_REVIEW_ABOVE, HGR_REGULATOR, type HgrRegulator } from "./parameters";
import type { AdditionalObligation } from "./result";

const REGULATOR_NAMES: Record<HgrRegulator, Text> = {
  MOST: text("科学技术部", "Ministry of Science and Technology"),
  NHC: text("国家卫生健康委员会", "National Health Commission"),
};

/** `eligible`: obligations apply (listed); `ineligible`: none; `undetermined`: facts missing. */
export interface HgrFinding extends RuleResult {
  obligations: AdditionalObligation[];
}

/** A recipient outside the mainland, or one a foreign party set up or controls. */
function foreignRecipient(facts: DataExportFacts): RuleResult {
  const recipients = facts.transfer.recipients;
  return holds(
    recipients?.some((r) => r.foreignControlled || r.country !== "CN"),
    FACT_PATHS.recipients,
  );
}

/**
 * 人类遗传资源管理条例第二十八条：将人类遗传资源信息向外国组织、个人及其设立或者实际控制的机构提供或者开放使用，
 * 不得危害我国公众健康、国家安全和社会公共利益；可能影响我国公众健康、国家安全和社会公共利益的，应当通过
 * 国务院科学技术行政部门组织的安全审查。将人类遗传资源信息向外国组织、个人及其设立或者实际控制的机构提供或者
 * 开放使用的，应当向国务院科学技术行政部门备案并提交信息备份。
 */
export function determineHgrObligations(ctx: PathwayContext, facts: DataExportFacts): HgrFinding {
  const { date, humanGeneticResources: hgr, recipients } = facts.transfer;
  const regulator = valueAsOf(HGR_REGULATOR, date);
  // Before the Regulations took effect (2019-07-01) Art. 28 did not exist.
  if (!regulator) return noObligations(FAILS);
  const authority = REGULATOR_NAMES[regulator.value];
  const provided = rule(
    ctx,
    {
      code: "hgr.foreign_provision",
      message: text(
        "向外国组织、个人及其设立或者实际控制的机构提供或者开放使用我国人类遗传资源信息。",
        "Human genetic resources information is provided to, or opened for use by, foreign organisations or individuals or entities they set up or control.",
      ),
      citation: CITATIONS.hgrForeignProvision,
      inputs: { humanGeneticResources: hgr, recipients },
      parameters: [regulator],
    },
    allOf([holds(hgr?.present, FACT_PATHS.humanGeneticResources), foreignRecipient(facts)]),
  );
  if (provided.outcome !== "eligible") return noObligations(provided);

  const threshold = valueAsOf(HGR_GENOME_REVIEW_ABOVE, date);
  const genome = threshold ? genomeReview(ctx, facts, threshold) : FAILS;
  const review: AdditionalObligation =
    threshold && genome.outcome === "eligible"
      ? {
          code: "hgr.security_review.genome",
          message: genomeMessage(threshold),
          authority,
          citation: threshold.citation,
        }
      : {
          code: "hgr.security_review.if_affecting_security",
          message: text(
            "可能影响我国公众健康、国家安全和社会公共利益的，应当通过主管部门组织的安全审查。",
            "Where it may affect China's public health, national security or public interest, it must pass a security review organised by the regulator.",
          ),
          authority,
          citation: CITATIONS.hgrSecurityReview,
        };
  const filing: AdditionalObligation = {
    code: "hgr.filing_and_backup",
    message: text(
      "提供或者开放使用前，应当向主管部门备案并提交信息备份。",
      "File the provision with the regulator and submit a backup copy of the information.",
    ),
    authority,
    citation: CITATIONS.hgrForeignProvision,
  };
  return {
    outcome: genome.outcome === "undetermined" ? "undetermined" : "eligible",
    reasons: [...provided.reasons, ...genome.reasons],
    missingFacts: genome.missingFacts,
    trace: [...provided.trace, ...genome.trace],
    obligations: [filing, review],
  };
}

/** A finding without obligations: the rule's own result (written out: this runs in every data-export check). */
function noObligations(result: RuleResult): HgrFinding {
  const { outcome, reasons, missingFacts, trace } = result;
  return { outcome, reasons, missingFacts, trace, obligations: [] };
}

function genomeMessage(threshold: ParameterValue<number>): Text {
  return text(
    `提供超过${threshold.value}人的外显子组测序、基因组测序信息，应当通过安全审查。`,
    `Exome or genome sequencing information of more than ${threshold.value} people requires a security review.`,
  );
}

/** Exome or genome sequencing information of more than 500 people (大于500例) needs a security review. */
function genomeReview(ctx: PathwayContext, facts: DataExportFacts, threshold: ParameterValue<number>): RuleResult {
  const subjects = facts.transfer.humanGeneticResources?.genomeSubjects;
  return rule(
    ctx,
    {
      code: "hgr.genome_security_review",
      message: genomeMessage(threshold),
      citation: threshold.citation,
      inputs: { genomeSubjects: subjects },
      parameters: [threshold],
    },
    counted(subjects, exceeds, threshold.value, FACT_PATHS.genomeSubjects),
  );
}
