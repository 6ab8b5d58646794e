import { text } from "@rdc/core";
import { dataExportPayload } from "./schema";
import { screenDataExport } from "./screening";

export const COLLECTION = "data-export-assessments";

/**
 * Measure （七）: cross-border data export assessments and filings.
 * What its screening function loads: the type, the payload schema and the
 * pure screening, without the HTTP routes, examples and documentation that
 * `capability.ts` adds for the API function.
 */
export const dataExportRules = {
  type: "data-export",
  collection: COLLECTION,
  title: text("数据出境安全评估及备案申请", "cross-border data export assessment"),
  payload: dataExportPayload,
  screen: screenDataExport,
};
