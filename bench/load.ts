/**
 * Issue 9's load figures: a mixed load of creates, gets, lists and
 * eligibility checks at concurrency 32 on loopback, then a count of what the
 * table holds: every 202 has its submission, every submission is screened,
 * none twice. Run: npm run load [-- --duration 60 --connections 32]
 */
import { parseArgs } from "node:util";
import { FULL_PROFILE } from "@rdc/eligibility";
import { startStackProcess } from "@rdc/local-stack";
import autocannon from "autocannon";
import { customsBody } from "./customs-body";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "60" }, connections: { type: "string", default: "32" } },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

const stack = await startStackProcess();
const partner = "load-partner";
const token = await stack.token(partner, ["submissions:write", "submissions:read", "eligibility"]);
const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
const path = "/v1/customs-extension-requests";

const seed = await fetch(`${stack.url}${path}`, {
  method: "POST",
  headers: auth,
  body: JSON.stringify(customsBody(0)),
});
const seedId = ((await seed.json()) as { id: string }).id;
const accepted = [seedId];
let created = 0;

const result = await autocannon({
  url: stack.url,
  connections,
  duration,
  headers: auth,
  requests: [
    {
      method: "POST",
      path,
      setupRequest: (req) => ({ ...req, body: JSON.stringify(customsBody(++created)) }),
      onResponse: (status, body) => {
        if (status === 202) accepted.push((JSON.parse(body) as { id: string }).id);
      },
    },
    { method: "GET", path: `${path}/${seedId}` },
    { method: "GET", path: `${path}?limit=20` },
    { method: "POST", path: "/v1/eligibility-checks", body: JSON.stringify({ center: FULL_PROFILE }) },
  ],
});
const errors = result.non2xx + result.errors + result.timeouts;
console.log(
  `\n${connections} connections, ${duration} s, mixed (create, get, list, eligibility check): ${Math.round(result.requests.average)} req/s, ` +
    `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors of ${result.requests.total} requests ` +
    `(${result["1xx"]}/${result["2xx"]}/${result["3xx"]}/${result["4xx"]}/${result["5xx"]} by class)`,
);

// Count: every acknowledged submission is there once and gets screened.
const started = Date.now();
let listed: { id: string; status: string }[] = [];
for (;;) {
  listed = [];
  let cursor: string | null = null;
  do {
    const res = await fetch(`${stack.url}${path}?limit=100${cursor ? `&cursor=${cursor}` : ""}`, { headers: auth });
    const page = (await res.json()) as { items: { id: string; status: string }[]; nextCursor: string | null };
    listed.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  if (listed.every((s) => s.status !== "received") || Date.now() - started > 120_000) break;
  await new Promise((r) => setTimeout(r, 500));
}
const ids = listed.map((s) => s.id);
const missing = accepted.filter((id) => !ids.includes(id));
const duplicates = ids.length - new Set(ids).size;
const unscreened = listed.filter((s) => s.status === "received").length;
const screenedIn = Date.now() - started;
console.log(
  `table: ${accepted.length} acknowledged (202), ${listed.length} stored (${listed.length - accepted.length} more were in flight when the load stopped), ` +
    `${missing.length} acknowledged but missing, ${duplicates} duplicated, ` +
    `${unscreened} not screened (all screened ${screenedIn} ms after the load ended)`,
);
await stack.stop();
process.exit(missing.length || duplicates || unscreened || result["5xx"] ? 1 : 0);
