import { intakeFunctions } from "@rdc/platform";
import { dataExport } from "./capability";

/**
 * The Lambda functions of measure （七） (its API and its screening), for the CDK app.
 * Apart from the capability, which the handlers import: the list pulls in the
 * platform's own functions, and a handler's bundle would carry them all.
 */
export const DATA_EXPORT_FUNCTIONS = intakeFunctions(dataExport, "DataExport", import.meta.url);
