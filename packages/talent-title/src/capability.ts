import { defineIntake } from "@rdc/platform";
import { greenChannelApplication, VALID_EXAMPLES } from "./examples";
import { talentTitleRules } from "./intake-rules";
import { screeningSchema } from "./screening-schema";

/** Measure （十一）, for its API function: the rules, with examples and the screening's schema. */
export const talentTitle = defineIntake({
  ...talentTitleRules,
  example: (filedOn) => greenChannelApplication(filedOn),
  examples: VALID_EXAMPLES,
  screeningSchema,
});
