import { screeningStreamHandler } from "@rdc/platform";
import { customsExtension } from "../capability";

export const handler = screeningStreamHandler(customsExtension);
