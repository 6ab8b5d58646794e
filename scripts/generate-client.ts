/**
 * `npm run client`: regenerates the typed client's `paths` (packages/client/src/schema.d.ts)
 * from the OpenAPI document the routes describe. Run it after any change to a route or schema.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateSchema, SCHEMA_FILE } from "../packages/client/src/generate";

writeFileSync(SCHEMA_FILE, await generateSchema());
console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);
