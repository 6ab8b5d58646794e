import type { Text } from "../i18n";
import type { Citation, IsoDate, RuleResult } from "../rules";
import type { ExemptionGround } from "./facts";
import type { DataExportRegime } from "./parameters";

export const DATA_EXPORT_PATHWAYS = ["security_assessment", "standard_contract_or_certification", "exempt"] as const;
export type DataExportPathway = (typeof DATA_EXPORT_PATHWAYS)[number];

/**
 * Why no procedure is needed: a claimed ground (Decree 16 Arts. 3–5(3)),
 * `small_volume` (Art. 5(4)), `free_trade_zone` (Art. 6), or
 * `no_regulated_data`: neither PI nor important data leaves the country, so
 * no export rule applies at all (Decree 11 Art. 2).
 */
export type ExemptionBasis = ExemptionGround | "small_volume" | "free_trade_zone" | "no_regulated_data";

export interface DataExportExemption {
  ground: ExemptionBasis;
  /** The article that exempts. */
  citation: Citation;
}

export interface CountingWindow {
  from: IsoDate;
  to: IsoDate;
  citation: Citation;
}

export type ExportRoute = "security_assessment" | "standard_contract" | "certification";

export interface AvailableRoute {
  route: ExportRoute;
  note: Text;
  citation: Citation;
}

/** A duty that comes with the transfer besides the CAC pathway, owed to another authority. */
export interface AdditionalObligation {
  code: string;
  message: Text;
  authority: Text;
  citation: Citation;
}

export interface AssessmentValidity {
  years: 2 | 3;
  citation: Citation;
}

/**
 * The pathway for one transfer. The kernel fields say how sure it is:
 * `eligible` when the pathway and every obligation are decided;
 * `undetermined` with `missingFacts` otherwise (the pathway may already be
 * decided when only obligation facts are missing); `ineligible` when no CAC
 * regime existed on the transfer date (then `regime` and `pathway` are null).
 */
export interface DataExportPathwayResult extends RuleResult {
  regime: DataExportRegime | null;
  countingWindow: CountingWindow | null;
  /** Null when undetermined, or when there is no regime. */
  pathway: DataExportPathway | null;
  exemption: DataExportExemption | null;
  /** The routes open for the pathway on the transfer date. */
  routesAvailable: AvailableRoute[];
  /** How long a passed assessment stays valid; only for `security_assessment`. */
  validity: AssessmentValidity | null;
  additionalObligations: AdditionalObligation[];
  /** For each missing fact, the article of the first rule that cannot be decided without it (same order as `missingFacts`). */
  missingFactBasis: MissingFactBasis[];
  citations: Citation[];
}

export interface MissingFactBasis {
  fact: string;
  citation: Citation;
}
