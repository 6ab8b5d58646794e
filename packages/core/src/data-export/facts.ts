import { type Text, text } from "../i18n";
import type { IsoDate } from "../rules";

/**
 * The grounds an exporter may claim: under Decree 16, 第五条第一款第（一）项
 * contract with the individual, 第（二）项 cross-border HR management,
 * 第（三）项 emergency, 第四条 PI collected abroad and sent back, 第三条 data
 * from trade, transport, academic cooperation, manufacturing or marketing
 * without PI or important data; under State Council Decree 790 (from
 * 2025-01-01), 第三十五条第（六）项 a statutory duty or obligation.
 */
export const EXEMPTION_GROUNDS = [
  "contract_necessity",
  "cross_border_hr",
  "emergency",
  "collected_abroad_returned",
  "no_personal_info_trade_or_research",
  "statutory_duty",
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

/** What each fact is, as a person reads it when it is asked for. */
export const FACT_LABELS: Record<(typeof FACT_PATHS)[keyof typeof FACT_PATHS], Text> = {
  "exporter.isCiio": text(
    "是否为关键信息基础设施运营者",
    "whether the exporter is a critical information infrastructure operator",
  ),
  "exporter.freeTradeZone": text(
    "是否位于自由贸易试验区及数据是否在负面清单内",
    "the free-trade zone, if any, and whether the data is on its negative list",
  ),
  "transfer.exemptionGrounds": text(
    "所主张的免予申报情形（无则为空）",
    "the exemption grounds claimed (none: an empty list)",
  ),
  "transfer.containsPersonalInfo": text("是否向境外提供个人信息", "whether personal information is sent abroad"),
  "transfer.cumulative.nonSensitiveSubjects": text(
    "累计向境外提供个人信息（不含敏感个人信息）的人数",
    "individuals whose non-sensitive personal information has been sent abroad in the counting window",
  ),
  "transfer.cumulative.sensitiveSubjects": text(
    "累计向境外提供敏感个人信息的人数",
    "individuals whose sensitive personal information has been sent abroad in the counting window",
  ),
  "transfer.cumulative.totalSubjects": text(
    "累计向境外提供个人信息的总人数",
    "individuals whose personal information of any kind has been sent abroad in the counting window",
  ),
  "transfer.processorTotalSubjects": text(
    "处理个人信息的总人数",
    "individuals whose personal information the exporter processes",
  ),
  "transfer.importantData": text(
    "是否向境外提供重要数据及是否经告知或者公开发布",
    "whether important data is sent, and whether it was notified or announced as such",
  ),
  "transfer.humanGeneticResources": text(
    "是否涉及人类遗传资源信息",
    "whether human genetic resources information is sent",
  ),
  "transfer.humanGeneticResources.genomeSubjects": text(
    "外显子组、基因组测序信息涉及的人数",
    "people whose exome or genome sequencing information is sent",
  ),
  "transfer.recipients": text(
    "境外接收方（所在国家或地区、是否受外方控制）",
    "the recipients (country, and whether foreign-controlled)",
  ),
};
