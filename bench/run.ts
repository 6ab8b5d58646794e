/** `npm run bench [-- name… [--option…]]`: runs the named benchmarks (default all), each in its own process. */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const all = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith(".ts") && !["run.ts", "support.ts", "customs-body.ts", "load.ts"].includes(f))
  .map((f) => f.slice(0, -3));
const args = process.argv.slice(2).filter((a) => a !== "--");
// Benchmark names first, then options passed to each (e.g. `eligibility --runs 5 --in-process`).
const firstOption = args.findIndex((a) => a.startsWith("-"));
const chosen = firstOption < 0 ? args : args.slice(0, firstOption);
const options = firstOption < 0 ? [] : args.slice(firstOption);
for (const name of chosen.length ? chosen : all) {
  if (!all.includes(name)) throw new Error(`no benchmark ${name}; have: ${all.join(", ")}`);
  console.log(`\n=== bench/${name}.ts ===`);
  const result = spawnSync(process.execPath, ["--import", "tsx", `${import.meta.dirname}/${name}.ts`, ...options], {
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
