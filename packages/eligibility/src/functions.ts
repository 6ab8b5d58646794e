import { fileURLToPath } from "node:url";
import { type FunctionSpec, IDEMPOTENCY_GRANT, KEY_PATTERNS } from "@rdc/platform";
import { eligibilityRoutes } from "./routes";

export const ELIGIBILITY_FUNCTIONS: FunctionSpec[] = [
  {
    id: "EligibilityApi",
    entry: fileURLToPath(new URL("./handlers/http.ts", import.meta.url)),
    kind: "http",
    routes: eligibilityRoutes,
    // Stores a check (a put in one transaction with its idempotency record) and reads it back.
    tableAccess: {
      items: [{ keys: [KEY_PATTERNS.eligibilityCheck], actions: ["GetItem", "PutItem"] }, IDEMPOTENCY_GRANT],
      indexes: {},
    },
  },
];
