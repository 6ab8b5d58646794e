import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { APP_FUNCTIONS } from "@rdc/app";
import type { FunctionSpec } from "@rdc/platform";
import { DeadLetters } from "./dead-letters";
import { createDevIssuer, type DevIssuer } from "./dev-issuer";
import { type DynamoDbLocal, startDynamoDbLocal } from "./dynamodb-local";
import { createLocalServer, type LocalFunction } from "./server";
import { type StreamConsumer, StreamPoller } from "./stream-poller";
import { ensureTable } from "./table";

export const LOCAL_TABLE_NAME = "rdc-measures-local";

export interface StackOptions {
  /** HTTP port; 0 picks a free one. Default 3000. */
  port?: number;
  /** DynamoDB Local port; 0 (default) picks a free one. */
  dynamoPort?: number;
  /** Where data persists; null keeps everything in memory. Default `.data/` in the working directory. */
  dataDir?: string | null;
  /** The functions to run; default every function of the app. */
  functions?: readonly FunctionSpec[];
  /** How often the deadline sweep runs; default every 60 s. */
  sweepEveryMs?: number;
  /** Stream retries before a record is dead-lettered (as the cloud's `retryAttempts`). */
  retryAttempts?: number;
}

export interface RunningStack {
  url: string;
  port: number;
  dynamoEndpoint: string;
  tableName: string;
  dataDir: string | null;
  issuer: DevIssuer;
  deadLetters: DeadLetters;
  poller: StreamPoller;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** A secret kept in the data folder (or made fresh in memory). */
function persistentSecret(dataDir: string | null, name: string): string {
  if (!dataDir) return randomBytes(32).toString("base64url");
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8");
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function loadFunction(spec: FunctionSpec): Promise<LocalFunction> {
  const module = (await import(pathToFileURL(spec.entry).href)) as { handler?: LocalFunction["handler"] };
  if (typeof module.handler !== "function") throw new Error(`${spec.entry} exports no handler`);
  return { spec, handler: module.handler };
}

/**
 * The embedded default: DynamoDB Local with the table infra/ defines, the API
 * served by the same handlers that run in Lambda, the stream poller invoking
 * the same processors, and the deadline sweep on a timer.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const dataDir = options.dataDir === undefined ? resolve(".data") : options.dataDir && resolve(options.dataDir);
  if (dataDir) mkdirSync(join(dataDir, "dynamodb"), { recursive: true });
  const dynamo: DynamoDbLocal = await startDynamoDbLocal({
    port: options.dynamoPort || (await freePort()),
    dataDir: dataDir && join(dataDir, "dynamodb"),
  });
  const stops: (() => Promise<void>)[] = [() => dynamo.stop()];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    process.env.TABLE_NAME = LOCAL_TABLE_NAME;
    process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
    process.env.CURSOR_SECRET = persistentSecret(dataDir, "cursor-secret");
    process.env.POWERTOOLS_SERVICE_NAME ??= "rdc-local";

    const client = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const streamArn = await ensureTable(client, LOCAL_TABLE_NAME);
    const deadLetters = new DeadLetters(DynamoDBDocumentClient.from(client), LOCAL_TABLE_NAME);
    const issuer = await createDevIssuer(dataDir && join(dataDir, "dev-issuer-key.json"));

    const functions = await Promise.all((options.functions ?? APP_FUNCTIONS).map(loadFunction));
    const consumers: StreamConsumer[] = functions
      // The EventBridge publisher has no bus here: the event feed is the local way to follow events.
      .filter((f) => f.spec.kind === "stream" && f.spec.streamFilter && !f.spec.publishesEvents)
      .map((f) => ({
        id: f.spec.id,
        filter: f.spec.streamFilter ?? {},
        handler: f.handler as StreamConsumer["handler"],
      }));
    const poller = new StreamPoller({
      endpoint: dynamo.endpoint,
      streamArn,
      consumers,
      deadLetters,
      checkpointFile: dataDir && join(dataDir, "stream-checkpoints.json"),
      ...(options.retryAttempts === undefined ? {} : { retryAttempts: options.retryAttempts }),
    });
    poller.start();
    stops.push(() => poller.stop());

    const sweep = functions.find((f) => f.spec.kind === "schedule");
    const timer = sweep
      ? setInterval(() => {
          void (sweep.handler as () => Promise<unknown>)().catch(() => undefined);
        }, options.sweepEveryMs ?? 60_000)
      : undefined;
    stops.push(async () => clearInterval(timer));

    const server = createLocalServer({ functions, issuer, deadLetters, consumers, dynamoEndpoint: dynamo.endpoint });
    const port = await new Promise<number>((resolvePort, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 3000, "127.0.0.1", () => {
        const address = server.address();
        resolvePort(typeof address === "object" && address ? address.port : 0);
      });
    });
    stops.push(
      () =>
        new Promise<void>((resolveClose) => {
          server.close(() => resolveClose());
          server.closeAllConnections();
        }),
    );
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      dynamoEndpoint: dynamo.endpoint,
      tableName: LOCAL_TABLE_NAME,
      dataDir,
      issuer,
      deadLetters,
      poller,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
