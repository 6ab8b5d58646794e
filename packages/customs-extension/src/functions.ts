import { intakeFunctions } from "@rdc/platform";
import { customsExtension } from "./capability";

/**
 * The Lambda functions of measure （九） (its API and its screening), for the CDK app.
 * Apart from the capability, which the handlers import: the list pulls in the
 * platform's own functions, and a handler's bundle would carry them all.
 */
export const CUSTOMS_EXTENSION_FUNCTIONS = intakeFunctions(customsExtension, "CustomsExtension", import.meta.url);
