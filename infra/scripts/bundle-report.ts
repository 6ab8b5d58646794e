/**
 * Bundle report: builds every function's bundle as NodejsFunction does
 * (same esbuild options), then reports its size and its cold-import time in a
 * fresh Node process, next to an empty handler's.
 *
 *   tsx infra/scripts/bundle-report.ts            # APP_FUNCTIONS from @rdc/app
 *   tsx infra/scripts/bundle-report.ts --fixture  # the infra test fixture
 *   options: --runs N (imports per measurement, median; default 5)
 *
 * Targets: < 300 KB (the AWS SDK is external: the runtime provides it), and
 * an import at most 50 ms slower than an empty handler importing the same
 * SDK packages. Exits 1 when a function misses one.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { FunctionSpec } from "@rdc/platform";
import {
  buildBundle,
  buildEmptyHandler,
  coldImportMs,
  median,
  TARGETS,
  timeBundle,
  withinTargets,
} from "../src/bundles";

const { values } = parseArgs({
  options: { fixture: { type: "boolean", default: false }, runs: { type: "string", default: "5" } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a whole number ≥ 1");

async function functions(): Promise<readonly FunctionSpec[]> {
  if (values.fixture) return (await import("../test/fixtures/functions")).FIXTURE_FUNCTIONS;
  return (await import("@rdc/app")).APP_FUNCTIONS;
}

const outDir = fileURLToPath(new URL("../cdk.out/bundle-report/", import.meta.url));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(1);

const empty = await buildEmptyHandler(outDir);
const emptyMs = median(Array.from({ length: runs }, () => coldImportMs(empty.outfile)));
console.log(`bundles in ${outDir}; median of ${runs} cold imports each`);
console.log(`empty handler: ${kb(empty.bytes)} KB, import ${ms(emptyMs)} ms\n`);

const rows = [];
let failed = 0;
for (const spec of await functions()) {
  const bundle = await buildBundle(spec, outDir);
  const timing = timeBundle(bundle, runs);
  const ok = withinTargets(bundle, timing);
  if (!ok) failed++;
  rows.push({
    function: spec.id,
    "size KB": kb(bundle.bytes),
    "import ms": ms(timing.importMs),
    "SDK-only ms": ms(timing.baselineMs),
    "own ms": ms(timing.importMs - timing.baselineMs),
    "vs empty ms": ms(timing.importMs - emptyMs),
    "runtime SDK": bundle.externals.join(" ") || "-",
    ok: ok ? "yes" : "NO",
  });
}
console.table(rows);
console.log(
  `\ntargets: size < ${TARGETS.maxBytes / 1024} KB; own ms (import − empty handler with the same SDK imports) ≤ ${TARGETS.maxOverBaselineMs} ms`,
);
if (failed) {
  console.error(`${failed} function(s) miss a target`);
  process.exit(1);
}
