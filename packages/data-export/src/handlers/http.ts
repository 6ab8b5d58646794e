import { httpHandler, submissionRoutes } from "@rdc/platform";
import { dataExport } from "../capability";

export const handler = httpHandler(submissionRoutes(dataExport));
