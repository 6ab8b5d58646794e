import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { client } from "./support/http";
import { startStackProcess } from "./support/stack";

/** Process ids of every descendant of `pid` (children, grandchildren…). */
function descendants(pid: number): number[] {
  const table = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift();
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pids: number[], ms = 10_000): Promise<number[]> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const left = pids.filter(alive);
    if (!left.length) return [];
    await new Promise((r) => setTimeout(r, 100));
  }
  return pids.filter(alive);
}

describe("stopping the local stack", () => {
  for (const signal of ["SIGINT", "SIGTERM", "SIGKILL"] as const) {
    it(`leaves no process behind after ${signal} (DynamoDB Local's Java included)`, async () => {
      const stack = await startStackProcess();
      const children = descendants(stack.pid);
      const java = execFileSync("ps", ["-o", "comm=", "-p", children.join(",")], { encoding: "utf8" });
      expect(java).toContain("java");
      expect((await client(stack.url).get("/health")).status).toBe(200);
      const code = await stack.stop(signal);
      if (signal !== "SIGKILL") expect(code).toBe(0);
      expect(await gone([stack.pid, ...children])).toEqual([]);
    });
  }
});

describe("starting without Java", () => {
  it("says in one line that Java 17+ is needed, and exits 1", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "packages/local-stack/src/cli.ts", "--in-memory", "--port", "0"],
      {
        cwd: resolve(import.meta.dirname, ".."),
        env: { ...process.env, PATH: mkdtempSync(join(tmpdir(), "no-java-")) },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/needs Java 17 or newer/);
  });
});
