/** `npm run bench [-- name…]`: runs the named benchmarks (default all), each in its own process. */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const all = readdirSync(import.meta.dirname)
  .filter(
    (f) =>
      f.endsWith(".ts") &&
      !["run.ts", "support.ts", "eligibility-profile.ts", "customs-body.ts", "load.ts"].includes(f),
  )
  .map((f) => f.slice(0, -3));
const chosen = process.argv.slice(2).filter((a) => a !== "--");
for (const name of chosen.length ? chosen : all) {
  if (!all.includes(name)) throw new Error(`no benchmark ${name}; have: ${all.join(", ")}`);
  console.log(`\n=== bench/${name}.ts ===`);
  const result = spawnSync(process.execPath, ["--import", "tsx", `${import.meta.dirname}/${name}.ts`], {
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
