/**
 * Issue 15: each HTTP route against its floor. The floor is DynamoDB Local
 * making exactly the calls the route makes (floor/routes.ts names them and
 * where they come from), raw, on small items, through the platform's own
 * SDK client settings, from a child process, at the same concurrency, with
 * the stack's stream poller idle. Floor and route runs alternate (A B A B…);
 * each figure is the median over the pairs, the ratio the median of the
 * pairs' ratios. A read route is also run against the same calls on its own
 * stored item or partition ("own data floor"): the part of the gap that is
 * DynamoDB Local and the SDK handling the route's real data, not the stack.
 * Absolute rates on a shared machine drift; the ratios, taken
 * side by side, are the figures to quote. Then stream lag (202 → screened)
 * and the cost per operation in the cloud (floor/cost.ts).
 *
 *   npx tsx bench/run.ts http                                   full run (~10 min idle, ~25 min on a loaded machine)
 *   npx tsx bench/run.ts http --duration 2 --pairs 1 --routes check-create,check-read --lag 20
 *   npx tsx bench/run.ts http --baseline /tmp/before            the same routes on a second tree, side by side
 *
 * Options: --duration s (10), --pairs n (3), --connections n (16),
 * --routes a,b (all; `lag` and `cost` name those sections), --lag n
 * submissions (200), --baseline dir (a copy of the tree before a change).
 */
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type StackProcess, startStackProcess } from "@rdc/local-stack";
import autocannon from "autocannon";
import { type Call, createFloorTable, describeCalls } from "./floor/calls";
import { costReport } from "./floor/cost";
import { measureLag } from "./floor/lag";
import { ROUTES, type RouteSpec } from "./floor/routes";
import { median } from "./floor/stats";
import { fillPool, prepareTarget, settle, type Target } from "./floor/target";
import type { FloorRun } from "./floor/worker";
import { table } from "./support";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true"; // the lockfile pins releases that run on Node.js 20
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    duration: { type: "string", default: "10" },
    pairs: { type: "string", default: "3" },
    connections: { type: "string", default: "16" },
    routes: { type: "string" },
    lag: { type: "string", default: "200" },
    baseline: { type: "string" },
  },
});
const duration = Number(values.duration);
const pairs = Number(values.pairs);
const connections = Number(values.connections);
const wanted = values.routes?.split(",").map((r) => r.trim());
const sections = new Set(wanted ?? [...ROUTES.map((r) => r.name), "lag", "cost"]);
const routes = ROUTES.filter((r) => sections.has(r.name));
const unknown = [...sections].filter((s) => s !== "lag" && s !== "cost" && !ROUTES.some((r) => r.name === s));
if (unknown.length)
  throw new Error(`no route ${unknown.join(", ")}; have: ${ROUTES.map((r) => r.name).join(", ")}, lag, cost`);

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "—");

async function startBaseline(dir: string): Promise<StackProcess> {
  const module = (await import(resolve(dir, "packages/local-stack/src/process.ts"))) as {
    startStackProcess: typeof startStackProcess;
  };
  return module.startStackProcess();
}

const stacks: StackProcess[] = [await startStackProcess()];
if (values.baseline) stacks.push(await startBaseline(values.baseline));
const targets: Target[] = [];
for (const [i, stack] of stacks.entries()) targets.push(await prepareTarget(i === 0 ? "current" : "baseline", stack));
const [current] = targets as [Target, ...Target[]];

const rawClient = new DynamoDBClient({
  endpoint: current.dynamoEndpoint,
  region: "us-east-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});
const raw = DynamoDBDocumentClient.from(rawClient);
await createFloorTable(rawClient, raw);

console.log(
  `${new Date().toISOString()}: ${routes.length} routes, ${pairs} pair(s) of ${duration} s runs at concurrency ${connections}` +
    `${values.baseline ? `; baseline tree ${values.baseline}` : ""}; setup through the typed client (packages/client)`,
);

// Cost first, on a small table: its reads are exact item reads (floor/cost.ts).
const costText = sections.has("cost") ? await costReport(current, raw) : "";

const run = promisify(execFile);
async function floor(calls: Call[]): Promise<{ rate: number; p50: number; p99: number; errors: number }> {
  const spec: FloorRun = {
    endpoint: current.dynamoEndpoint,
    calls,
    connections,
    seconds: duration,
    warmupSeconds: 1,
  };
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", resolve(import.meta.dirname, "floor/worker.ts"), JSON.stringify(spec)],
    { env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" } },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
}

const lastRate = new Map<string, number>();
async function drive(route: RouteSpec, t: Target, seconds: number) {
  // Twice the fastest rate seen so far: a decision that finds no submission under review would count as failed.
  if (route.decides) await fillPool(t, Math.ceil(Math.max(lastRate.get(t.label) ?? 0, 50) * seconds * 2) + 50);
  const result = await autocannon({ ...route.load(t), connections, duration: seconds });
  if (route.decides) lastRate.set(t.label, Math.max(lastRate.get(t.label) ?? 0, result.requests.average));
  if (route.files) await settle(t);
  return {
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: { "4xx": result["4xx"], "5xx": result["5xx"], errors: result.errors, timeouts: result.timeouts },
  };
}

const rows: Record<string, string | number>[] = [];
const detail: string[] = [];
for (const route of routes) {
  for (const t of targets) await drive(route, t, 1); // warm-up, not counted
  const floors: Awaited<ReturnType<typeof floor>>[] = [];
  const ownFloors: Awaited<ReturnType<typeof floor>>[] = [];
  const runs: Awaited<ReturnType<typeof drive>>[][] = targets.map(() => []);
  for (let pair = 0; pair < pairs; pair++) {
    floors.push(await floor(route.calls));
    if (route.ownData) ownFloors.push(await floor(route.ownData(current)));
    // With a baseline, the trees take turns at running first (an order effect otherwise favours one).
    const order = targets.map((_, i) => (i + pair) % targets.length);
    for (const i of order) runs[i]?.push(await drive(route, targets[i] as Target, duration));
  }
  const mine = runs[0] ?? [];
  const ratios = mine.map((r, i) => r.rate / (floors[i]?.rate ?? Number.NaN));
  const row: Record<string, string | number> = {
    route: route.name,
    "DynamoDB calls per request": describeCalls(route.calls),
    "req/s": fmt(median(mine.map((r) => r.rate))),
    "p50 ms": fmt(median(mine.map((r) => r.p50))),
    "p99 ms": fmt(median(mine.map((r) => r.p99))),
    "floor req/s": fmt(median(floors.map((f) => f.rate))),
    "floor p50 ms": fmt(median(floors.map((f) => f.p50)), 1),
    ratio: fmt(median(ratios), 2),
    "own data floor req/s": ownFloors.length ? fmt(median(ownFloors.map((f) => f.rate))) : "—",
    "ratio to own data": ownFloors.length
      ? fmt(median(mine.map((r, i) => r.rate / (ownFloors[i]?.rate ?? Number.NaN))), 2)
      : "—",
  };
  const base = runs[1];
  if (base) {
    row["baseline req/s"] = fmt(median(base.map((r) => r.rate)));
    row["vs baseline"] = fmt(median(mine.map((r, i) => r.rate / (base[i]?.rate ?? Number.NaN))), 2);
  }
  const failed = runs.flat().map((r) => r.failed);
  row["failed (4xx/5xx/errors/timeouts; floor)"] = [
    ...(["4xx", "5xx", "errors", "timeouts"] as const).map((k) => failed.reduce((n, f) => n + f[k], 0)),
  ]
    .join("/")
    .concat(`; ${[...floors, ...ownFloors].reduce((n, f) => n + f.errors, 0)}`);
  rows.push(row);
  detail.push(
    `${route.name} (${route.label}): ratios per pair ${ratios.map((r) => fmt(r, 2)).join(", ")}` +
      (base
        ? `; current/baseline per pair ${mine.map((r, i) => fmt(r.rate / (base[i]?.rate ?? 0), 2)).join(", ")}`
        : ""),
  );
  console.log(`  done: ${detail.at(-1)}`);
}

if (rows.length) {
  console.log(
    `\nRoutes against their floor (median of ${pairs} pair(s), ${duration} s each, concurrency ${connections}):\n`,
  );
  console.log(table(rows));
  console.log(`\n${detail.join("\n")}`);
}
if (sections.has("lag")) console.log(`\n${await measureLag(current, Number(values.lag))}`);
if (costText) console.log(`\n${costText}`);

for (const stack of stacks) await stack.stop();
process.exit(0);
