import type { RuleContext } from "@rdc/core";
import type { CenterProfile } from "../profile";

/** An eligibility check's rules read the center's profile, as of the check's date. */
export type EvaluationContext = RuleContext<CenterProfile>;
