import { httpHandler, submissionRoutes } from "@rdc/platform";
import { talentTitle } from "../capability";

export const handler = httpHandler(submissionRoutes(talentTitle));
