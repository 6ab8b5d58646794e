import { httpHandler, submissionRoutes } from "@rdc/platform";
import { customsExtension } from "../capability";

export const handler = httpHandler(submissionRoutes(customsExtension));
