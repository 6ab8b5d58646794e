import { httpHandler, submissionRoutes } from "@rdc/platform";
import { testIntake } from "../capability";

export const handler = httpHandler(submissionRoutes(testIntake));
