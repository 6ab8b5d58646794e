import { httpHandler } from "@rdc/platform";
import { eligibilityRoutes } from "../routes";

export const handler = httpHandler(eligibilityRoutes);
