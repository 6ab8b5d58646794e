import { screeningStreamHandler } from "@rdc/platform";
import { testIntake } from "../capability";

export const handler = screeningStreamHandler(testIntake);
