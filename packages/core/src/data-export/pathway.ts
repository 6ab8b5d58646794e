import { text } from "../i18n";
import { firstApplicable, type Reason, type RuleResult, uniqueCitations } from "../rules";
import { type PathwayContext, samePathway, zhDate } from "./branches";
import { decree11Branches } from "./decree-11";
import { decree16Branches } from "./decree-16";
import type { DataExportFacts } from "./facts";
import { determineHgrObligations, type HgrFinding } from "./hgr";
import { findImportantData } from "./important-data";
import { CITATIONS } from "./instruments";
import { REGIME } from "./parameters";
import { regimeOn } from "./regime";
import type { DataExportPathwayResult, MissingFactBasis } from "./result";
import { routesFor } from "./routes";

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
  return pathwayOf(options.explain === false ? PLAIN : EXPLAINED, facts);
}

/** The two contexts, made once: an evaluation allocates none. */
const PLAIN: PathwayContext = Object.freeze({ explain: false });
const EXPLAINED: PathwayContext = Object.freeze({ explain: true });

function pathwayOf(ctx: PathwayContext, facts: DataExportFacts): DataExportPathwayResult {
  const hgr = determineHgrObligations(ctx, facts);
  const figures = regimeOn(facts.transfer.date);
  if (!figures) return beforeAnyRegime(ctx, facts, hgr);

  const importantData = findImportantData(ctx, facts, figures.importantDataNeedsNotice);
  const branches =
    figures.kind === "CAC-2022"
      ? decree11Branches(ctx, facts, figures, importantData.condition)
      : decree16Branches(ctx, facts, figures, importantData.condition);
  const { decided, considered, missingFacts } = firstApplicable(branches, samePathway);

  const pathway = decided?.conclusion.pathway ?? null;
  const pathwayReasons = decided
    ? decided.result.reasons
    : considered.filter((b) => b.result.outcome === "undetermined").flatMap((b) => b.result.reasons);
  const reasons: Reason[] = [
    figures.reason,
    ...(importantData.notice ? [importantData.notice] : []),
    ...pathwayReasons,
    ...hgr.reasons,
  ];
  const routesAvailable = decided ? routesFor(pathway, figures.date, decided.conclusion.basis) : [];
  const validity =
    pathway === "security_assessment" ? { years: figures.validity.value, citation: figures.validity.citation } : null;
  const allMissing =
    missingFacts.length || hgr.missingFacts.length ? [...new Set([...missingFacts, ...hgr.missingFacts])] : NONE;
  return {
    outcome: decided && allMissing.length === 0 ? "eligible" : "undetermined",
    reasons,
    missingFacts: allMissing,
    trace: !ctx.explain
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
    missingFactBasis: allMissing.length ? basisOf(allMissing, [...considered.map((b) => b.result), hgr]) : NONE,
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

/** The first day any CAC regime was in force (the first version of the regime parameter). */
export const FIRST_REGIME_FROM = REGIME.versions[0]?.from ?? "";

/** Before the first regime PIPL Art. 38 named the routes, but no measures for them were in force. */
const NO_REGIME: Reason = {
  code: "dataExport.noRegime",
  message: text(
    `传输日早于${zhDate(FIRST_REGIME_FROM)}：数据出境安全评估、标准合同和认证的办法均未施行，无从判断出境路径。`,
    `The transfer date is before ${FIRST_REGIME_FROM}: no measures for the security assessment, the standard contract or certification were in force, so there is no pathway to determine.`,
  ),
  citation: CITATIONS.decree11InForce,
};

function beforeAnyRegime(ctx: PathwayContext, facts: DataExportFacts, hgr: HgrFinding): DataExportPathwayResult {
  const { citation } = NO_REGIME;
  const reason = NO_REGIME;
  return {
    outcome: "ineligible",
    reasons: [reason, ...hgr.reasons],
    missingFacts: [],
    trace: !ctx.explain
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
    missingFactBasis: NONE,
    citations: uniqueCitations([
      citation,
      ...hgr.reasons.map((r) => r.citation),
      ...hgr.obligations.map((o) => o.citation),
    ]),
  };
}

/** Shared by every result with nothing missing (never written to). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** Each missing fact with the citation of the first undetermined rule that asks for it. */
function basisOf(missing: readonly string[], results: readonly RuleResult[]): MissingFactBasis[] {
  return missing.map((fact) => {
    const asking = results.find((r) => r.outcome === "undetermined" && r.missingFacts.includes(fact));
    const citation = asking?.reasons[0]?.citation ?? CITATIONS.decree11Scope;
    return { fact, citation };
  });
}
