import { chinaToday } from "@rdc/core";
import { defineIntake, requestSchemaOf, route, SCOPES, screeningDecisionSchema } from "@rdc/platform";
import { standardContractFiling, VALID_EXAMPLES } from "./examples";
import { COLLECTION, dataExportRules } from "./intake-rules";
import { dataExportPayload } from "./schema";
import { screenDataExport } from "./screening";
import { screeningSchema } from "./screening-schema";

/** The same screening as the stream processor, without storing anything: for forms that answer as the user types. */
const triageRoute = route(
  {
    method: "POST",
    path: `/v1/${COLLECTION}/triage`,
    scopes: [SCOPES.submissionsWrite],
    operationId: "triageDataExportAssessment",
    summary: "Which pathway applies, what to supply and by when, without filing anything",
    description:
      "The same screening as a filed assessment gets, of the same body, as of today (Beijing time), without storing anything: for forms that answer as the user types.",
    body: requestSchemaOf({ collection: COLLECTION, payload: dataExportPayload }),
    examples: VALID_EXAMPLES,
    response: screeningDecisionSchema({ collection: COLLECTION }, screeningSchema),
    successStatus: 200,
  },
  async (ctx) => ({ status: 200, body: screenDataExport(ctx.body, { receivedOn: chinaToday(ctx.now) }) }),
);

/** Measure （七）, for its API function: the rules, with the triage route, examples and the screening's schema. */
export const dataExport = defineIntake({
  ...dataExportRules,
  example: (filedOn) => standardContractFiling(filedOn),
  examples: VALID_EXAMPLES,
  screeningSchema,
  extraRoutes: [triageRoute],
});
