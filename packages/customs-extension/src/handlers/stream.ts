import { defineIntake, screeningStreamHandler } from "@rdc/platform";
import { customsExtensionRules } from "../intake-rules";

export const handler = screeningStreamHandler(defineIntake(customsExtensionRules));
