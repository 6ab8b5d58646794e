export {
  type CumulativeSubjects,
  type DataExportFacts,
  type DataRecipient,
  EXEMPTION_GROUNDS,
  type ExemptionGround,
  type ExporterFacts,
  FACT_PATHS as DATA_EXPORT_FACT_PATHS,
  type FreeTradeZoneFacts,
  type TransferFacts,
} from "./facts";
export { determineHgrObligations, type HgrFinding } from "./hgr";
export {
  ASSESSMENT_PI_SUBJECTS,
  ASSESSMENT_PROCESSOR_SUBJECTS,
  ASSESSMENT_SENSITIVE_SUBJECTS,
  ASSESSMENT_VALIDITY_YEARS,
  CERTIFICATION_ROUTE,
  COUNTING_WINDOW_START,
  type DataExportRegime,
  EXEMPT_PI_CEILING,
  HGR_GENOME_REVIEW_ABOVE,
  HGR_REGULATOR,
  type HgrRegulator,
  IMPORTANT_DATA_NEEDS_NOTICE,
  REGIME as DATA_EXPORT_REGIME,
  STANDARD_CONTRACT_ROUTE,
} from "./parameters";
export { determineDataExportPathway } from "./pathway";
export * from "./result";
export {
  CITATIONS as DATA_EXPORT_CITATIONS,
  DECREE_11,
  DECREE_11_FROM,
  DECREE_13,
  DECREE_13_FROM,
  DECREE_16,
  DECREE_16_FROM,
  DECREE_20,
  DECREE_20_FROM,
} from "./sources";
