import { intakeFunctions } from "@rdc/platform";
import { talentTitle } from "./capability";

/**
 * The Lambda functions of measure （十一） (its API and its screening), for the CDK app.
 * Apart from the capability, which the handlers import: the list pulls in the
 * platform's own functions, and a handler's bundle would carry them all.
 */
export const TALENT_TITLE_FUNCTIONS = intakeFunctions(talentTitle, "TalentTitle", import.meta.url);
