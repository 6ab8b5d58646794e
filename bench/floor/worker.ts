/**
 * The floor, in its own process (so it shares no event loop with
 * autocannon or the stack): `connections` loops, each making one route's
 * DynamoDB calls in turn for `seconds`, through the platform's own DynamoDB
 * operations (packages/platform/src/dynamo/client.ts, so the same SDK settings).
 * Prints one JSON line: sequences per second, p50 and p99 in ms, errors.
 * Usage: node --import tsx bench/floor/worker.ts '<json FloorRun>'
 */
import { type Call, FLOOR_TABLE, makeCall } from "./calls";
import { percentile } from "./stats";

export interface FloorRun {
  endpoint: string;
  calls: Call[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

const run = JSON.parse(process.argv[2] ?? "{}") as FloorRun;
process.env.DYNAMODB_ENDPOINT = run.endpoint;
process.env.TABLE_NAME = FLOOR_TABLE;

async function loop(until: number, latencies: number[] | null, errors: { count: number }) {
  while (performance.now() < until) {
    const started = performance.now();
    try {
      for (const call of run.calls) await makeCall(call);
      latencies?.push(performance.now() - started);
    } catch {
      errors.count++;
    }
  }
}

const loops = (seconds: number, latencies: number[] | null, errors: { count: number }) => {
  const until = performance.now() + seconds * 1000;
  return Promise.all(Array.from({ length: run.connections }, () => loop(until, latencies, errors)));
};

await loops(run.warmupSeconds, null, { count: 0 });
const latencies: number[] = [];
const errors = { count: 0 };
const started = performance.now();
await loops(run.seconds, latencies, errors);
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    rate: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: errors.count,
  }),
);
process.exit(0);
