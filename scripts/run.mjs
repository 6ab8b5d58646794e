#!/usr/bin/env node
// The README's commands: installs what is missing (pnpm from the npm registry,
// then the locked dependencies), then runs the matching `task:*` script.
// A user needs only Node.js 20+ (and Java 17+ for DynamoDB Local).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [task, ...args] = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pnpm = pkg.packageManager; // e.g. pnpm@10.34.8, pinned
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(cmd, cmdArgs) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: "inherit", env: process.env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function ensureInstalled() {
  const lock = join(root, "pnpm-lock.yaml");
  const stamp = join(root, "node_modules", ".install-stamp");
  const want = createHash("sha256")
    .update(existsSync(lock) ? readFileSync(lock) : "")
    .update(process.version)
    .digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return;
  console.log(`[setup] installing dependencies with ${pnpm} (first run, or the lockfile changed)`);
  const frozen = process.env.CI === "true" || existsSync(lock) ? ["--frozen-lockfile"] : [];
  const status = run(npx, ["--yes", pnpm, "install", ...frozen]);
  if (status !== 0) process.exit(status);
  writeFileSync(stamp, want);
}

if (!task || !pkg.scripts[`task:${task}`]) {
  console.error(
    `usage: node scripts/run.mjs <${Object.keys(pkg.scripts)
      .filter((s) => s.startsWith("task:"))
      .map((s) => s.slice(5))
      .join("|")}> [args]`,
  );
  process.exit(2);
}
ensureInstalled();
process.exit(run(npx, ["--yes", pnpm, "run", "--silent", `task:${task}`, ...args]));
