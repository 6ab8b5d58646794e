import { CUSTOMS_EXTENSION_FUNCTIONS } from "@rdc/customs-extension";
import { DATA_EXPORT_FUNCTIONS } from "@rdc/data-export";
import { ELIGIBILITY_FUNCTIONS } from "@rdc/eligibility";
import {
  type FunctionSpec,
  type IntakeCapability,
  openApiDocument,
  PLATFORM_FUNCTIONS,
  type RouteSpec,
} from "@rdc/platform";
import { TALENT_TITLE_FUNCTIONS } from "@rdc/talent-title";

export { ALL_SCOPES } from "@rdc/platform";

/**
 * Every function of the platform, as data: the one list that infra/ deploys
 * and the local stack runs, and (through each intake's API function) the one
 * registry of intakes: a new capability adds its functions here, and nothing else.
 */
export const APP_FUNCTIONS: readonly FunctionSpec[] = [
  ...PLATFORM_FUNCTIONS,
  ...ELIGIBILITY_FUNCTIONS,
  ...DATA_EXPORT_FUNCTIONS,
  ...CUSTOMS_EXTENSION_FUNCTIONS,
  ...TALENT_TITLE_FUNCTIONS,
];

/** The intakes among them, each with its example: what the fuzz routes, the docs and the bench file. */
export function appIntakes(functions: readonly FunctionSpec[] = APP_FUNCTIONS): IntakeCapability[] {
  return functions.flatMap((f) => (f.intake ? [f.intake] : []));
}

export function apiRoutes(functions: readonly FunctionSpec[] = APP_FUNCTIONS): RouteSpec[] {
  return functions.flatMap((f) => f.routes ?? []);
}

export const API_VERSION = "0.1.0";

export function appOpenApi(functions: readonly FunctionSpec[] = APP_FUNCTIONS) {
  return openApiDocument(apiRoutes(functions), {
    title: "R&D Center Measures Platform API",
    version: API_VERSION,
    description:
      "Puts the 2023 measures for foreign-invested R&D centers (国办函〔2023〕7号) into practice: eligibility checks and applications under measures 7, 9 and 11. Every answer is in the language `Accept-Language` picks (zh-CN by default, or en); every error is `application/problem+json` (RFC 9457). An answer of 1 KB or more is sent gzipped or in brotli to a client whose `Accept-Encoding` takes it, with `Vary: accept-encoding` (not one with an `ETag`).",
    contact: { name: "R&D Center Measures Platform", url: "https://rdc-measures.dev" },
    license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
  });
}
