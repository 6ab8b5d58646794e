import { explainQuery, idempotent, route, SCOPES } from "@rdc/platform";
import { eligibilityCheckResponse } from "./answer-schema";
// The one complete example profile (in bench/ until the eligibility package has an examples.ts).
import { FULL_PROFILE } from "./examples";
import { eligibilityRequest } from "./schema";
import { createCheck, readCheck } from "./service";

const PATH = "/v1/eligibility-checks";

/**
 * Request bodies for the OpenAPI document: the complete profile the bench and
 * the answer-schema test check (every program has its facts), and one that
 * says little about one measure.
 */
const ELIGIBILITY_EXAMPLES = {
  fullProfile: { center: FULL_PROFILE, asOf: "2026-06-30" },
  fewFactsOneMeasure: { center: { foreignInvested: true, fullTimeRdStaff: 85 }, measures: ["M01"] },
};

const tag = {
  name: "eligibility",
  description:
    "Which of the 16 measures (国办函〔2023〕7号) and the programs that implement them a center qualifies for, as of a date: each result eligible, ineligible or undetermined (with the facts that would decide it), with its reasons, sources and next steps.",
};

export const eligibilityRoutes = [
  route(
    {
      method: "POST",
      path: PATH,
      scopes: [SCOPES.eligibility],
      operationId: "createEligibilityCheck",
      summary:
        "Which of the 16 measures and their programs a center qualifies for, with reasons, citations and missing facts",
      description:
        "Evaluates the center's profile as of `asOf` (Beijing today by default) under the rules in force that day, stores the check (201, `Location`) and answers it; `?explain=true` adds the trace of every rule evaluated. Every fact is optional: a missing one makes a result `undetermined`, never a guess.",
      tag,
      body: eligibilityRequest.meta({ id: "EligibilityCheckRequest" }),
      examples: ELIGIBILITY_EXAMPLES,
      query: explainQuery,
      response: eligibilityCheckResponse,
      successStatus: 201,
      successHeaders: ["location"],
      idempotent: true,
    },
    (ctx) =>
      idempotent(ctx, "POST", PATH, (claim) => createCheck(ctx.caller, ctx.body, ctx.query.explain, ctx.now, claim)),
  ),
  route(
    {
      method: "GET",
      path: `${PATH}/{id}`,
      scopes: [SCOPES.eligibility],
      operationId: "getEligibilityCheck",
      summary: "A stored check again; `?explain=true` adds the trace of every rule evaluated",
      description:
        "The check as it was answered, to the caller who made it (anyone else gets a 404); `?explain=true` adds the trace.",
      tag,
      query: explainQuery,
      response: eligibilityCheckResponse,
      successStatus: 200,
    },
    (ctx) => readCheck(ctx.caller, ctx.params.id ?? "", ctx.query.explain),
  ),
];
