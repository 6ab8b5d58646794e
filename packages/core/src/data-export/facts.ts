import type { IsoDate } from "../rules";

/**
 * The grounds an exporter may claim under Decree 16: Art. 5(1) contract with
 * the individual, Art. 5(2) cross-border HR management, Art. 5(3) emergency,
 * Art. 4 PI collected abroad and sent back, Art. 3 data from trade, transport,
 * academic cooperation, manufacturing or marketing without PI or important data.
 */
export const EXEMPTION_GROUNDS = [
  "contract_necessity",
  "cross_border_hr",
  "emergency",
  "collected_abroad_returned",
  "no_personal_info_trade_or_research",
] as const;
export type ExemptionGround = (typeof EXEMPTION_GROUNDS)[number];

export interface FreeTradeZoneFacts {
  zone: string;
  /** Whether the data is on the zone's negative list (Decree 16 Art. 6). */
  dataOnNegativeList: boolean;
}

export interface DataRecipient {
  name: string;
  /** ISO 3166-1 alpha-2; `CN` is the mainland, anything else is outside it (境外). */
  country: string;
  /** Set up or actually controlled by a foreign organisation or individual (HGR Regulations Art. 28). */
  foreignControlled: boolean;
}

export interface ExporterFacts {
  /** Critical information infrastructure operator (关键信息基础设施运营者). */
  isCiio?: boolean;
  /** `null`: not in a free-trade zone; absent: unknown. */
  freeTradeZone?: FreeTradeZoneFacts | null;
  province?: string;
}

/**
 * Cumulative counts of individuals whose PI was sent abroad within the
 * counting window the result reports (this transfer included).
 */
export interface CumulativeSubjects {
  /** Individuals whose non-sensitive PI was sent (Decree 16 counts 个人信息（不含敏感个人信息）). */
  nonSensitiveSubjects?: number;
  /** Individuals whose sensitive PI was sent (PIPL Art. 28). */
  sensitiveSubjects?: number;
  /**
   * Individuals whose PI of any kind was sent. Decree 11 Art. 4(3) counts all
   * PI; asked for only when the two counts above cannot settle it (the same
   * person may be in both).
   */
  totalSubjects?: number;
}

export interface TransferFacts {
  date: IsoDate;
  /** Grounds the exporter claims; `[]`: none; absent: unknown. */
  exemptionGrounds?: readonly ExemptionGround[];
  containsPersonalInfo?: boolean;
  cumulative?: CumulativeSubjects;
  /** Individuals whose PI the exporter processes in all (Decree 11 Art. 4(2)). */
  processorTotalSubjects?: number;
  importantData?: { present: boolean; notifiedByAuthority: boolean };
  humanGeneticResources?: { present: boolean; genomeSubjects?: number };
  recipients?: readonly DataRecipient[];
}

/** What the pathway rules read; any fact may be absent, meaning unknown. */
export interface DataExportFacts {
  exporter: ExporterFacts;
  transfer: TransferFacts;
}

/** Dotted paths of the facts, as reported in `missingFacts`. */
export const FACT_PATHS = {
  isCiio: "exporter.isCiio",
  freeTradeZone: "exporter.freeTradeZone",
  exemptionGrounds: "transfer.exemptionGrounds",
  containsPersonalInfo: "transfer.containsPersonalInfo",
  nonSensitiveSubjects: "transfer.cumulative.nonSensitiveSubjects",
  sensitiveSubjects: "transfer.cumulative.sensitiveSubjects",
  totalSubjects: "transfer.cumulative.totalSubjects",
  processorTotalSubjects: "transfer.processorTotalSubjects",
  importantData: "transfer.importantData",
  humanGeneticResources: "transfer.humanGeneticResources",
  genomeSubjects: "transfer.humanGeneticResources.genomeSubjects",
  recipients: "transfer.recipients",
} as const;
