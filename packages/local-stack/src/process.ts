import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../../..");

export interface StackProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  dataDir: string | null;
  /** Everything the stack printed (stdout and stderr), for log assertions. */
  output(): string;
  token(sub: string, scopes: string[]): Promise<string>;
  /** Sends a signal and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StackProcessOptions {
  /** Keep data in this folder (a fresh temporary one if `true`); in memory by default. */
  dataDir?: string | true;
  /** Modules exporting `FUNCTIONS` to run beside the app's (`--functions`). */
  functions?: string[];
  env?: Record<string, string>;
}

/**
 * Starts the local stack as `npm start` does, in a child process on free
 * ports, and waits until it is ready: for end-to-end tests and benchmarks
 * that need a real process to signal, kill and read the logs of.
 */
export async function startStackProcess(options: StackProcessOptions = {}): Promise<StackProcess> {
  const dataDir = options.dataDir === true ? mkdtempSync(join(tmpdir(), "rdc-data-")) : (options.dataDir ?? null);
  const args = [
    "--import",
    "tsx",
    "packages/local-stack/src/cli.ts",
    "--port",
    "0",
    ...(options.functions ?? []).flatMap((f) => ["--functions", f]),
    ...(dataDir ? ["--data-dir", dataDir] : ["--in-memory"]),
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const url = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`stack not ready in 60 s:\n${output}`)), 60_000);
    let pending = ""; // the unfinished last line, until the ready line has been seen
    let isReady = false;
    child.stdout?.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (isReady) return;
      const lines = (pending + text).split("\n");
      pending = lines.pop() ?? "";
      const line = lines.find((l) => l.includes('"message":"local stack ready"'));
      if (line) {
        isReady = true;
        clearTimeout(timer);
        ready((JSON.parse(line) as { api: string }).api);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`stack exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    pid: child.pid ?? 0,
    child,
    dataDir,
    output: () => output,
    token: async (sub, scopes) => {
      const res = await fetch(`${url}/local/tokens`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sub, scopes }),
      });
      return ((await res.json()) as { accessToken: string }).accessToken;
    },
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
