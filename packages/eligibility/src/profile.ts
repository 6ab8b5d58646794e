/**
 * What a partner tells us about an R&D center. Every fact is optional: a
 * missing fact makes the results that need it `undetermined` (and listed as
 * `center.<path>` in `missingFacts`), never guessed.
 */
import type {
  ExporterFacts,
  GoodsCategory,
  IsoDate,
  LegalForm,
  ProjectLevel,
  TalentCategory,
  TransferFacts,
} from "@rdc/core";

/** The legal forms of a center: the one vocabulary, defined by the import-tax rules in @rdc/core. */
export { LEGAL_FORMS, type LegalForm } from "@rdc/core";

/** The figures of 高新技术企业认定管理办法 Art. 11, as the enterprise reports them. */
export interface HighTechFacts {
  /** Date of registration (注册成立). */
  registeredOn?: IsoDate;
  /** Owns, by its own R&D, transfer, gift or acquisition, IP that supports its core products or services. */
  ownsCoreIp?: boolean;
  /** Its core technology is in 国家重点支持的高新技术领域. */
  inSupportedField?: boolean;
  /** Staff in the year (当年职工总数). */
  totalStaff?: number;
  /** Of which science and technology staff doing R&D and related innovation. */
  sciTechStaff?: number;
  /** Sales revenue of the latest year (最近一年销售收入), RMB: picks the R&D intensity band. */
  latestYearRevenueCny?: number;
  /** R&D spend over the last 3 accounting years (or since registration if shorter), RMB. */
  rdSpendLast3YearsCny?: number;
  /** Sales revenue over the same period, RMB. */
  salesLast3YearsCny?: number;
  /** Of the R&D spend, the part spent in China, RMB. */
  rdSpendInChinaLast3YearsCny?: number;
  /** High-tech product (service) income of the latest year, RMB. */
  highTechIncomeCny?: number;
  /** Total income of the same year, RMB. */
  totalIncomeCny?: number;
  /** Innovation capability assessment score (企业创新能力评价), 0–100. */
  innovationScore?: number;
  /** A major safety or quality accident or a serious environmental violation in the year before applying. */
  majorIncidentLastYear?: boolean;
}

/** Overseas talent the center employs (海外人才: foreign nationals and Chinese returning from abroad). */
export interface OverseasTalentFacts {
  /** How many people of overseas talent the center employs. */
  count?: number;
  /** Of them, foreign nationals who need a work permit in China. */
  foreignNationals?: number;
  /**
   * The talent categories among the overseas talent the center employs, in the
   * talent-title intake's vocabulary (`applicant.talentCategory`): 海外高端人才
   * `overseas_high_end`, 紧缺人才 `shortage`, `other`. The list is taken as complete.
   */
  categories?: TalentCategory[];
}

/**
 * The temporarily imported goods whose re-export period the center wants
 * extended (measure 9, GACC Order 233), in the customs intake's own names and
 * values, so that what the pre-check reads can be filed as is.
 */
export interface TemporaryImportFacts {
  /** Core's goods categories, as the intake's `goods[].category`; `other` qualifies under no item of Art. 3. */
  category?: GoodsCategory;
  entryDate?: IsoDate;
  /** The re-export deadline now in force (the initial period's or the last extension's). */
  currentDeadline?: IsoDate;
  /** Extensions customs has already granted for these goods. */
  extensionsGranted?: number;
  /** The project the goods serve, as the intake's `project.level`. */
  project?: { level?: ProjectLevel };
}

/**
 * A planned cross-border transfer of data (measure 7), in the terms of the
 * data-export rules of @rdc/core. The exporter's province is the center's;
 * without a transfer date the transfer is taken to happen on `asOf`.
 */
export interface PlannedDataExport {
  exporter?: Omit<ExporterFacts, "province">;
  transfer?: Partial<TransferFacts>;
}

export interface CenterProfile {
  name?: string;
  /** Unified social credit code (统一社会信用代码). */
  uscc?: string;
  /** Administrative division code (GB/T 2260), 6 digits. */
  province?: string;
  legalForm?: LegalForm;
  establishedOn?: IsoDate;
  /** The center is foreign-invested (外商投资设立): what makes it a foreign-invested R&D center. */
  foreignInvested?: boolean;
  /** Total investment (投资总额), USD: the import-tax test for an independent legal entity. */
  totalInvestmentUsd?: number;
  /** Total R&D investment (研发总投入), USD: the test for an internal department or a branch. */
  rdInvestmentUsd?: number;
  /** Full-time R&D staff with labour contracts of 1 year or more (专职研究与试验发展人员). */
  fullTimeRdStaff?: number;
  /** Original value of equipment purchased since establishment (累计购置的设备原值), RMB. */
  equipmentPurchasesCny?: number;
  /** Recognised as a foreign-invested R&D center by the provincial authorities (认定). */
  recognizedForeignRdCenter?: boolean;
  highTech?: HighTechFacts;
  /** Is, or is being set up as, an open innovation platform (开放式创新平台类研发中心, measure 4). */
  openInnovationPlatform?: boolean;
  /** A new-type R&D institution serving its region's key generic technology research (measure 2). */
  servesRegionalKeyCommonTechnology?: boolean;
  /** Has a postdoctoral research workstation (博士后科研工作站, measure 3). */
  postdocWorkstation?: boolean;
  overseasTalent?: OverseasTalentFacts;
  /** Brings in GM animals or plants or biological materials for national or provincial research projects (measure 9). */
  biologicalMaterialsForStateProjects?: boolean;
  temporarilyImportedGoods?: TemporaryImportFacts;
  plannedDataExport?: PlannedDataExport;
}

/**
 * Every fact of `CenterProfile` as a dotted path, as `missingFacts` names it
 * (after `center.`). Objects and arrays the rules read whole (a free-trade
 * zone, important data, recipients) are one fact.
 */
export const CENTER_FIELD_PATHS = [
  "name",
  "uscc",
  "province",
  "legalForm",
  "establishedOn",
  "foreignInvested",
  "totalInvestmentUsd",
  "rdInvestmentUsd",
  "fullTimeRdStaff",
  "equipmentPurchasesCny",
  "recognizedForeignRdCenter",
  "highTech.registeredOn",
  "highTech.ownsCoreIp",
  "highTech.inSupportedField",
  "highTech.totalStaff",
  "highTech.sciTechStaff",
  "highTech.latestYearRevenueCny",
  "highTech.rdSpendLast3YearsCny",
  "highTech.salesLast3YearsCny",
  "highTech.rdSpendInChinaLast3YearsCny",
  "highTech.highTechIncomeCny",
  "highTech.totalIncomeCny",
  "highTech.innovationScore",
  "highTech.majorIncidentLastYear",
  "openInnovationPlatform",
  "servesRegionalKeyCommonTechnology",
  "postdocWorkstation",
  "overseasTalent.count",
  "overseasTalent.foreignNationals",
  "overseasTalent.categories",
  "biologicalMaterialsForStateProjects",
  "temporarilyImportedGoods.category",
  "temporarilyImportedGoods.entryDate",
  "temporarilyImportedGoods.currentDeadline",
  "temporarilyImportedGoods.extensionsGranted",
  "temporarilyImportedGoods.project.level",
  "plannedDataExport.exporter.isCiio",
  "plannedDataExport.exporter.freeTradeZone",
  "plannedDataExport.transfer.date",
  "plannedDataExport.transfer.exemptionGrounds",
  "plannedDataExport.transfer.containsPersonalInfo",
  "plannedDataExport.transfer.cumulative.nonSensitiveSubjects",
  "plannedDataExport.transfer.cumulative.sensitiveSubjects",
  "plannedDataExport.transfer.cumulative.totalSubjects",
  "plannedDataExport.transfer.processorTotalSubjects",
  "plannedDataExport.transfer.importantData",
  "plannedDataExport.transfer.humanGeneticResources",
  "plannedDataExport.transfer.humanGeneticResources.genomeSubjects",
  "plannedDataExport.transfer.recipients",
] as const;
export type CenterFieldPath = (typeof CENTER_FIELD_PATHS)[number];

/** How a fact is named in `missingFacts`: `center.<path>`. */
export type FactPath = `center.${CenterFieldPath}`;
