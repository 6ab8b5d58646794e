import type { ExporterFacts, TransferFacts } from "@rdc/core";

/**
 * What an exporter files: the pathway facts of `DataExportFacts` plus who
 * files, what is sent and the materials. `schema.ts` mirrors this interface.
 */
export const MATERIAL_KINDS = [
  "application_form",
  "self_assessment_report",
  "legal_documents_with_recipient",
  "standard_contract",
  "pi_protection_impact_assessment",
  "certification_application",
  "hgr_filing",
  "other",
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export interface Material {
  kind: MaterialKind;
  /** Where the document is, e.g. an upload id. */
  ref: string;
}

export interface DataExportExporter extends ExporterFacts {
  name: string;
  /** Unified social credit code (统一社会信用代码). */
  uscc: string;
  /** GB/T 2260 six-digit province code, e.g. `310000`: it picks the provincial cyberspace office. */
  province: string;
  contact: { name: string; phone: string; email: string };
}

export interface DataExportTransfer extends TransferFacts {
  /** For a standard-contract filing: the day the contract took effect (the 10-working-day filing limit runs from it). */
  contractEffectiveOn?: string;
  purpose: string;
  dataCategories: string[];
  /** How long the recipient keeps the data, as an ISO 8601 duration, e.g. `P3Y`. */
  retentionOverseas: string;
}

export interface DataExportPayload {
  exporter: DataExportExporter;
  transfer: DataExportTransfer;
  materials: Material[];
}
