import { intakeFunctions } from "@rdc/platform";
import { dataExport } from "./capability";

/** The Lambda functions of measure （七） (its API and its screening), for the CDK app: see `intakeFunctions`. */
export const DATA_EXPORT_FUNCTIONS = intakeFunctions(dataExport, "DataExport", import.meta.url);
