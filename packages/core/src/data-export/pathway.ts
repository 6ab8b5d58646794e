import { type Text, text } from "../i18n";
import { type Reason, uniqueCitations } from "../rules";
import { samePathway } from "./branches";
import { firstApplicable, tracingEnabled, withTracing } from "./conditions";
import { decree11Branches } from "./decree-11";
import { decree16Branches } from "./decree-16";
import type { DataExportFacts } from "./facts";
import { determineHgrObligations, type HgrFinding } from "./hgr";
import { findImportantData } from "./important-data";
import { type RegimeFigures, regimeOn } from "./regime";
import type { DataExportPathwayResult } from "./result";
import { routesFor } from "./routes";
import { CITATIONS } from "./sources";

/**
 * Which CAC pathway a cross-border transfer takes on its date: exempt,
 * standard contract or certification, or security assessment — with the
 * human genetic resources duties that come with it. Pure: the same function
 * serves the eligibility pre-screen and the intake.
 */
export function determineDataExportPathway(
  facts: DataExportFacts,
  options: { explain?: boolean } = {},
): DataExportPathwayResult {
  return withTracing(options.explain ?? true, () => pathwayOf(facts));
}

function pathwayOf(facts: DataExportFacts): DataExportPathwayResult {
  const hgr = determineHgrObligations(facts);
  const figures = regimeOn(facts.transfer.date);
  if (!figures) return beforeAnyRegime(facts, hgr);

  const importantData = findImportantData(facts, figures.importantDataNeedsNotice);
  const branches =
    figures.kind === "CAC-2022"
      ? decree11Branches(facts, figures, importantData.condition)
      : decree16Branches(facts, figures, importantData.condition);
  const { decided, considered, missingFacts } = firstApplicable(branches, samePathway);

  const pathway = decided?.conclusion.pathway ?? null;
  const pathwayReasons = decided
    ? decided.result.reasons
    : considered.filter((b) => b.result.outcome === "undetermined").flatMap((b) => b.result.reasons);
  const reasons: Reason[] = [
    { code: "dataExport.regime", message: regimeMessage(figures), citation: figures.regime.citation },
    ...(importantData.notice ? [importantData.notice] : []),
    ...pathwayReasons,
    ...hgr.reasons,
  ];
  const routesAvailable = decided ? routesFor(pathway, figures.date, decided.conclusion.basis) : [];
  const validity =
    pathway === "security_assessment" ? { years: figures.validity.value, citation: figures.validity.citation } : null;
  const allMissing = [...new Set([...missingFacts, ...hgr.missingFacts])];
  return {
    outcome: decided && allMissing.length === 0 ? "eligible" : "undetermined",
    reasons,
    missingFacts: allMissing,
    trace: !tracingEnabled()
      ? []
      : [
          {
            rule: "dataExport.regime",
            outcome: "eligible",
            inputs: { date: figures.date },
            parameters: [figures.regime, figures.windowStart],
            citation: figures.regime.citation,
          },
          ...importantData.rule.trace,
          ...considered.flatMap((b) => b.result.trace),
          ...hgr.trace,
        ],
    regime: figures.regime.value,
    countingWindow: figures.countingWindow,
    pathway,
    exemption: decided?.conclusion.exemption ?? null,
    routesAvailable,
    validity,
    additionalObligations: hgr.obligations,
    citations: uniqueCitations([
      figures.regime.citation,
      figures.countingWindow.citation,
      ...reasons.map((r) => r.citation),
      ...routesAvailable.map((r) => r.citation),
      ...(validity ? [validity.citation] : []),
      ...hgr.obligations.map((o) => o.citation),
    ]),
  };
}

function regimeMessage(figures: RegimeFigures): Text {
  const { countingWindow: w } = figures;
  return figures.kind === "CAC-2022"
    ? text(
        `传输日适用数据出境安全评估办法（2022年9月1日起施行）；累计人数自上年1月1日起计算，即${w.from}至${w.to}。`,
        `On the transfer date the Security Assessment Measures apply (in force from 2022-09-01); individuals are counted from 1 January of the previous year: ${w.from} to ${w.to}.`,
      )
    : text(
        `传输日适用促进和规范数据跨境流动规定（2024年3月22日起施行，与此前规定不一致的适用本规定）；累计人数自当年1月1日起计算，即${w.from}至${w.to}。`,
        `On the transfer date the Provisions on Cross-Border Data Flows apply (in force from 2024-03-22, prevailing over earlier rules where they differ); individuals are counted from 1 January of the current year: ${w.from} to ${w.to}.`,
      );
}

/** Before 2022-09-01 PIPL Art. 38 named the routes, but no measures for them were in force. */
function beforeAnyRegime(facts: DataExportFacts, hgr: HgrFinding): DataExportPathwayResult {
  const citation = CITATIONS.decree11InForce;
  const reason: Reason = {
    code: "dataExport.noRegime",
    message: text(
      "传输日早于2022年9月1日：数据出境安全评估、标准合同和认证的办法均未施行，无从判断出境路径。",
      "The transfer date is before 2022-09-01: no measures for the security assessment, the standard contract or certification were in force, so there is no pathway to determine.",
    ),
    citation,
  };
  return {
    outcome: "ineligible",
    reasons: [reason, ...hgr.reasons],
    missingFacts: [],
    trace: !tracingEnabled()
      ? []
      : [
          {
            rule: "dataExport.regime",
            outcome: "ineligible",
            inputs: { date: facts.transfer.date },
            parameters: [],
            citation,
          },
          ...hgr.trace,
        ],
    regime: null,
    countingWindow: null,
    pathway: null,
    exemption: null,
    routesAvailable: [],
    validity: null,
    additionalObligations: hgr.obligations,
    citations: uniqueCitations([
      citation,
      ...hgr.reasons.map((r) => r.citation),
      ...hgr.obligations.map((o) => o.citation),
    ]),
  };
}
