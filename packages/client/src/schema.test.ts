import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { generateSchema, SCHEMA_FILE } from "./generate";

it("the committed client types are those of the current OpenAPI document", async () => {
  const committed = readFileSync(SCHEMA_FILE, "utf8");
  expect(committed, "packages/client/src/schema.d.ts is stale: run npm run client").toBe(await generateSchema());
});
