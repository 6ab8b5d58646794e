import { screeningStreamHandler } from "@rdc/platform";
import { dataExport } from "../capability";

export const handler = screeningStreamHandler(dataExport);
