import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
export const TEST_INTAKE = "test/support/test-intake/capability.ts";

export interface StackProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything the stack printed (stdout and stderr), for log assertions. */
  output(): string;
  token(sub: string, scopes: string[]): Promise<string>;
  /** Sends a signal and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  fixFile: string;
}

/**
 * Starts the local stack the way `npm start` does, as a child process on
 * free ports, with the test-only intake, and waits until it is ready.
 */
export async function startStackProcess(
  options: { inMemory?: boolean; dataDir?: string; env?: Record<string, string>; extraArgs?: string[] } = {},
): Promise<StackProcess> {
  const fixFile = join(mkdtempSync(join(tmpdir(), "rdc-fix-")), "fixed");
  const args = [
    "--import",
    "tsx",
    "packages/local-stack/src/cli.ts",
    "--port",
    "0",
    "--functions",
    TEST_INTAKE,
    ...(options.inMemory === false
      ? ["--data-dir", options.dataDir ?? mkdtempSync(join(tmpdir(), "rdc-data-"))]
      : ["--in-memory"]),
    ...(options.extraArgs ?? []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, FEED_SETTLE_MS: "200", TEST_INTAKE_FIX_FILE: fixFile, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const url = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`stack not ready in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((l) => l.includes('"message":"local stack ready"'));
      if (line) {
        clearTimeout(timer);
        ready((JSON.parse(line) as { api: string }).api);
      }
    };
    child.stdout?.on("data", onData);
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
    fixFile,
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
