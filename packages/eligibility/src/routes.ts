import { explainQuery, idempotent, route, SCOPES } from "@rdc/platform";
import { eligibilityRequest } from "./schema";
import { createCheck, readCheck } from "./service";

const PATH = "/v1/eligibility-checks";

export const eligibilityRoutes = [
  route(
    {
      method: "POST",
      path: PATH,
      scopes: [SCOPES.eligibility],
      operationId: "create_eligibilityCheck",
      summary:
        "Which of the 16 measures and their programs a center qualifies for, with reasons, citations and missing facts",
      body: eligibilityRequest,
      query: explainQuery,
      successStatus: 201,
    },
    (ctx) =>
      idempotent(ctx, "POST", PATH, (claim) => createCheck(ctx.caller, ctx.body, ctx.query.explain, ctx.now, claim)),
  ),
  route(
    {
      method: "GET",
      path: `${PATH}/{id}`,
      scopes: [SCOPES.eligibility],
      operationId: "get_eligibilityCheck",
      summary: "A stored check again; `?explain=true` adds the trace of every rule evaluated",
      query: explainQuery,
      successStatus: 200,
    },
    (ctx) => readCheck(ctx.caller, ctx.params.id ?? "", ctx.query.explain),
  ),
];
