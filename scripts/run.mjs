#!/usr/bin/env node
// The README's commands: installs what is missing (pnpm from the npm registry,
// then the locked dependencies), then runs the matching `task:*` script.
// A user needs only Node.js 20+ (and Java 17+ for DynamoDB Local).
import { spawn, spawnSync } from "node:child_process";
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
/**
 * Runs the task and stays with it until it is done. npx, pnpm and the shells
 * they start (`sh -c`) do not pass a signal on, so SIGTERM to this process
 * (or to `npm start` above it) used to leave the stack running. The task runs
 * in a process group of its own (POSIX), and SIGINT, SIGTERM and SIGHUP go to
 * the whole group, every wrapper and the stack at once, as Ctrl-C in a
 * terminal does; this process then waits until every process of the group has
 * exited and ends by the same signal. Under an npm script, when the shell that
 * started it dies (npm forwards a SIGTERM only to its `sh -c`, which dies of
 * it), this process is orphaned and acts as on SIGTERM.
 */
function runTask(cmd, cmdArgs) {
  const posix = process.platform !== "win32";
  const child = spawn(cmd, cmdArgs, { cwd: root, stdio: "inherit", env: process.env, detached: posix });
  let stopping = null;
  const groupAlive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const send = (signal) => {
    try {
      if (posix) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // already gone
    }
  };
  const stop = (signal) => {
    stopping ??= signal;
    send(signal);
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const signal of signals) process.on(signal, () => stop(signal));
  // Only under an npm script (`npm start`): its `sh -c` dies of the SIGTERM npm forwards, orphaning this process.
  const parent = process.ppid;
  const orphaned = process.env.npm_lifecycle_event
    ? setInterval(() => {
        if (process.ppid !== parent) stop("SIGTERM");
      }, 250)
    : undefined;
  child.once("error", (error) => {
    console.error(`[run] ${cmd}: ${error.message}`);
    process.exit(1);
  });
  child.once("exit", async (code, signal) => {
    clearInterval(orphaned);
    if (!stopping) process.exit(code ?? (signal ? 1 : 0));
    if (posix) {
      // The wrappers exit at once; the stack takes a moment: wait for the whole group (at most 30 s).
      const deadline = Date.now() + 30_000;
      while (groupAlive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (groupAlive()) {
        console.error(`[run] the task did not stop within 30 s of ${stopping}: killing it`);
        send("SIGKILL");
      }
    }
    // End as the signal would have ended this process, so that whoever sent it sees it obeyed.
    for (const s of signals) process.removeAllListeners(s);
    process.kill(process.pid, stopping);
  });
}

ensureInstalled();
runTask(npx, ["--yes", pnpm, "run", "--silent", `task:${task}`, ...args]);
