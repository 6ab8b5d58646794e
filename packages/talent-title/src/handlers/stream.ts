import { screeningStreamHandler } from "@rdc/platform";
import { talentTitle } from "../capability";

export const handler = screeningStreamHandler(talentTitle);
