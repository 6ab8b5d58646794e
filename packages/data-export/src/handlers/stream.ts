import { defineIntake, screeningStreamHandler } from "@rdc/platform";
import { dataExportRules } from "../intake-rules";

export const handler = screeningStreamHandler(defineIntake(dataExportRules));
