import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
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

const ROOT = resolve(import.meta.dirname, "..");

interface Top {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** Starts the stack as a user does (`npm start`, or the script it runs), in memory on a free port, and waits until it is ready. */
async function startTop(command: string, args: string[]): Promise<Top> {
  const child = spawn(command, [...args, "--in-memory", "--port", "0"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => done({ code, signal })),
  );
  const url = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`not ready in 120 s:\n${output}`)), 120_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((l) => l.includes('"message":"local stack ready"'));
      if (line) {
        clearTimeout(timer);
        ready((JSON.parse(line) as { api: string }).api);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
  return { child, url, exited, output: () => output };
}

async function refused(url: string): Promise<boolean> {
  return fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).then(
    () => false,
    () => true,
  );
}

describe("a signal to the top process only stops every wrapper and the whole stack (issue 17)", () => {
  it("SIGTERM to `npm start` (what a process manager sends): npm, sh, the run script, npx, pnpm, tsx, the stack and Java all end", async () => {
    const top = await startTop("npm", ["start", "--"]);
    const tree = descendants(top.child.pid ?? 0);
    expect(execFileSync("ps", ["-o", "comm=", "-p", tree.join(",")], { encoding: "utf8" })).toContain("java");
    expect((await client(top.url).get("/health")).status).toBe(200);
    top.child.kill("SIGTERM");
    await top.exited;
    expect(await gone(tree, 20_000)).toEqual([]);
    expect(await refused(top.url)).toBe(true);
  }, 180_000);

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    it(`${signal} to \`node scripts/run.mjs start\`: it waits until the stack has stopped, then ends by ${signal}`, async () => {
      const top = await startTop(process.execPath, ["scripts/run.mjs", "start"]);
      const tree = descendants(top.child.pid ?? 0);
      expect(tree.length).toBeGreaterThan(3);
      top.child.kill(signal);
      const { signal: endedBy } = await top.exited;
      expect(endedBy).toBe(signal);
      // Waited for: nothing of the stack is left when the top process ends (a moment for the reaper).
      expect(await gone(tree, 1_000)).toEqual([]);
      expect(top.output()).toContain(`${signal}: stopping the local stack`);
    }, 180_000);
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
