import { intakeFunctions } from "@rdc/platform";
import { talentTitle } from "./capability";

/** The Lambda functions of measure （十一） (its API and its screening), for the CDK app: see `intakeFunctions`. */
export const TALENT_TITLE_FUNCTIONS = intakeFunctions(talentTitle, "TalentTitle", import.meta.url);
