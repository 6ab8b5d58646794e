import { defineIntake, screeningStreamHandler } from "@rdc/platform";
import { talentTitleRules } from "../intake-rules";

export const handler = screeningStreamHandler(defineIntake(talentTitleRules));
