#!/usr/bin/env node
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { APP_FUNCTIONS } from "@rdc/app";
import type { FunctionSpec } from "@rdc/platform";
import { JavaMissingError } from "./dynamodb-local";
import { startStack } from "./stack";

const DEMO_PARTNER = "partner-demo";
const DEMO_SCOPES = ["eligibility", "submissions:write", "submissions:read", "events:read"];

async function main() {
  // The lockfile pins AWS SDK releases that run on Node.js 20; the SDK's notice about
  // later releases needing Node.js 22 is for whoever upgrades them, not for every start.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const { values } = parseArgs({
    options: {
      "in-memory": { type: "boolean", default: false },
      port: { type: "string", default: process.env.PORT ?? "3000" },
      "data-dir": { type: "string", default: ".data" },
      /** Modules exporting `FUNCTIONS: FunctionSpec[]` to run beside the app's (e.g. a test-only intake). */
      functions: { type: "string", multiple: true, default: [] },
    },
  });
  const extra: FunctionSpec[] = [];
  for (const module of values.functions ?? []) {
    const loaded = (await import(pathToFileURL(resolve(module)).href)) as { FUNCTIONS?: FunctionSpec[] };
    if (!Array.isArray(loaded.FUNCTIONS)) throw new Error(`${module} exports no FUNCTIONS`);
    extra.push(...loaded.FUNCTIONS);
  }
  const started = Date.now();
  const stack = await startStack({
    port: Number(values.port),
    dataDir: values["in-memory"] ? null : values["data-dir"],
    functions: [...APP_FUNCTIONS, ...extra],
  });
  const token = await stack.issuer.issue(DEMO_PARTNER, DEMO_SCOPES);
  const lines = [
    `R&D Center Measures Platform: local stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  API       ${stack.url}/v1/measures`,
    `  Docs      ${stack.url}/docs`,
    `  OpenAPI   ${stack.url}/openapi.json`,
    `  Health    ${stack.url}/health`,
    `  DynamoDB  ${stack.dynamoEndpoint} (${stack.dataDir ? `data in ${stack.dataDir}` : "in memory"})`,
    `  Tokens    POST ${stack.url}/local/tokens {"sub":"...","scopes":["..."]}`,
    `  Ready token (${DEMO_PARTNER}: ${DEMO_SCOPES.join(" ")}):`,
    `  ${token}`,
    "  Ctrl-C stops everything.",
  ];
  console.log(lines.join("\n"));
  console.log(
    JSON.stringify({
      level: "INFO",
      message: "local stack ready",
      api: stack.url,
      dynamodb: stack.dynamoEndpoint,
      pid: process.pid,
    }),
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the local stack…`);
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof JavaMissingError ? error.message : `local stack failed to start: ${String(error)}`);
  process.exit(1);
});
