/**
 * Issue 3's figures: DynamoDB calls per operation, and stream lag from POST to
 * screened status over 200 submissions, on the local stack (DynamoDB Local,
 * real stream poller), in this process so its DynamoDB calls can be counted.
 * Run: npm run bench -- lifecycle
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { customsBody as request } from "./customs-body";
import { percentile } from "./floor/stats";
import { benchStack, countDynamoCalls, table } from "./support";

const stack = await benchStack();
const calls = countDynamoCalls();
const raw = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    endpoint: stack.dynamoEndpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  }),
);
const token = await stack.issuer.issue("bench-partner", ["submissions:write", "submissions:read"]);
const reviewer = await stack.issuer.issue("bench-gacc", ["review:GACC"]);
const path = `${stack.url}/v1/customs-extension-requests`;
const headers = (t: string, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${t}`,
  "content-type": "application/json",
  ...extra,
});

async function screenedAt(id: string): Promise<{ status: string; createdAt: string; updatedAt: string }> {
  for (;;) {
    const { Item } = await raw.send(
      new GetCommand({ TableName: stack.tableName, Key: { PK: `SUB#${id}`, SK: "META" } }),
    );
    if (Item && Item.status !== "received") return Item as never;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Counts the calls of one HTTP operation, with the stream poller paused so screening stays out of the count. */
async function measure(name: string, run: () => Promise<unknown>) {
  stack.poller.pause();
  await new Promise((r) => setTimeout(r, 200));
  calls.reset();
  await run();
  stack.poller.resume();
  return { operation: name, calls: calls.total(), by: JSON.stringify(calls.snapshot()) };
}

// DynamoDB calls per operation.
let id = "";
let etag = "";
const rows = [];
rows.push(
  await measure("create (POST, no Idempotency-Key)", async () => {
    const res = await fetch(path, { method: "POST", headers: headers(token), body: JSON.stringify(request(0)) });
    id = ((await res.json()) as { id: string }).id;
  }),
);
calls.reset();
await screenedAt(id);
await new Promise((r) => setTimeout(r, 300));
rows.push({ operation: "one screened stream record", calls: calls.total(), by: JSON.stringify(calls.snapshot()) });
rows.push(
  await measure("get", async () => {
    const res = await fetch(`${path}/${id}`, { headers: headers(token) });
    etag = res.headers.get("etag") ?? "";
  }),
);
rows.push(await measure("list (one page)", () => fetch(`${path}?limit=20`, { headers: headers(token) })));
rows.push(
  await measure("decision (approve)", () =>
    fetch(`${path}/${id}/decisions`, {
      method: "POST",
      headers: headers(reviewer, { "if-match": etag }),
      body: JSON.stringify({ decision: "approve" }),
    }),
  ),
);
let keyed = "";
rows.splice(
  1,
  0,
  await measure("create (POST with Idempotency-Key)", async () => {
    const res = await fetch(path, {
      method: "POST",
      headers: headers(token, { "idempotency-key": "bench-1" }),
      body: JSON.stringify(request(1)),
    });
    keyed = ((await res.json()) as { id: string }).id;
  }),
);
await screenedAt(keyed);
console.log("\nDynamoDB calls per operation (customs extension requests):\n");
console.log(table(rows));

// Stream lag over 200 submissions: paced (one every 50 ms, 20/s) and as a burst (8 at a time, as fast as they go).
const N = 200;
async function lagOver(pacedEveryMs: number | null): Promise<number[]> {
  const ids: string[] = [];
  const file = async (i: number) => {
    const res = await fetch(path, { method: "POST", headers: headers(token), body: JSON.stringify(request(i)) });
    return ((await res.json()) as { id: string }).id;
  };
  if (pacedEveryMs === null) {
    for (let i = 0; i < N; i += 8)
      ids.push(...(await Promise.all(Array.from({ length: Math.min(8, N - i) }, (_, j) => file(i + j)))));
  } else {
    const pending: Promise<string>[] = [];
    for (let i = 0; i < N; i++) {
      pending.push(file(i));
      await new Promise((r) => setTimeout(r, pacedEveryMs));
    }
    ids.push(...(await Promise.all(pending)));
  }
  const lags: number[] = [];
  for (const sid of ids) {
    const item = await screenedAt(sid);
    lags.push(Date.parse(item.updatedAt) - Date.parse(item.createdAt));
  }
  return lags.sort((a, b) => a - b);
}
for (const [label, pace] of [
  ["paced, 20 per second", 50],
  ["burst, 8 concurrent", null],
] as const) {
  const lags = await lagOver(pace);
  console.log(
    `Stream lag POST → screened (server clock), ${N} submissions ${label}: median ${percentile(lags, 50)} ms, p99 ${percentile(lags, 99)} ms`,
  );
}
await stack.stop();
process.exit(0);
