import { intakeFunctions } from "@rdc/platform";
import { customsExtension } from "./capability";

/** The Lambda functions of measure （九） (its API and its screening), for the CDK app: see `intakeFunctions`. */
export const CUSTOMS_EXTENSION_FUNCTIONS = intakeFunctions(customsExtension, "CustomsExtension", import.meta.url);
