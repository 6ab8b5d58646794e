import { defineIntake, intakeFunctions } from "@rdc/platform";
import { extensionRequest, VALID_EXAMPLES } from "./examples";
import { customsExtensionRules } from "./intake-rules";
import { reexportDeadlineOnApproval } from "./screening";
import { screeningSchema } from "./screening-schema";

/** Measure （九）, for its API function: the rules, with examples and the screening's schema. */
export const customsExtension = defineIntake({
  ...customsExtensionRules,
  onApproved: reexportDeadlineOnApproval,
  example: (filedOn) => extensionRequest(filedOn),
  examples: VALID_EXAMPLES,
  screeningSchema,
});

export const CUSTOMS_EXTENSION_FUNCTIONS = intakeFunctions(customsExtension, "CustomsExtension", import.meta.url);
