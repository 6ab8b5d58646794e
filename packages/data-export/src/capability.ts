import { chinaToday, text } from "@rdc/core";
import { defineIntake, intakeFunctions, route, SCOPES } from "@rdc/platform";
import { standardContractFiling } from "./examples";
import { dataExportPayload } from "./schema";
import { screenDataExport } from "./screening";

const COLLECTION = "data-export-assessments";

/** The same screening as the stream processor, without storing anything: for forms that answer as the user types. */
const triageRoute = route(
  {
    method: "POST",
    path: `/v1/${COLLECTION}/triage`,
    scopes: [SCOPES.submissionsWrite],
    operationId: "triage_dataExportAssessments",
    summary: "Which pathway applies, what to supply and by when, without filing anything",
    body: dataExportPayload,
    successStatus: 200,
  },
  async (ctx) => ({ status: 200, body: screenDataExport(ctx.body, { receivedOn: chinaToday(ctx.now) }) }),
);

/** Measure （七）: cross-border data export assessments and filings. */
export const dataExport = defineIntake({
  type: "data-export",
  collection: COLLECTION,
  title: text("数据出境安全评估及备案申请", "cross-border data export assessment"),
  payload: dataExportPayload,
  screen: screenDataExport,
  example: (filedOn) => standardContractFiling(filedOn),
  extraRoutes: [triageRoute],
});

export const DATA_EXPORT_FUNCTIONS = intakeFunctions(dataExport, "DataExport", import.meta.url);
