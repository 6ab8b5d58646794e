import { fileURLToPath } from "node:url";
import type { FunctionSpec } from "@rdc/platform";
import { eligibilityRoutes } from "./routes";

export const ELIGIBILITY_FUNCTIONS: FunctionSpec[] = [
  {
    id: "EligibilityApi",
    entry: fileURLToPath(new URL("./handlers/http.ts", import.meta.url)),
    kind: "http",
    routes: eligibilityRoutes,
    tableAccess: "readwrite",
    indexes: [],
  },
];
