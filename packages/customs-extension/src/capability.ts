import { defineIntake } from "@rdc/platform";
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
