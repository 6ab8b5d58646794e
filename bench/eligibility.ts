/**
 * Full eligibility checks per second in process on one core (with and
 * without the trace), and POST /v1/eligibility-checks through the local stack
 * at concurrency 16 (p50/p99).
 *   npm run bench -- eligibility                      both, one in-process run of 3 s each
 *   npm run bench -- eligibility --runs 5 --in-process the median of 5 in-process runs, no stack
 * To compare two trees (before/after a change), run the second form in each,
 * alternately, in one session: absolute rates drift by a third between runs
 * on a shared machine, the ratio of medians does not.
 */
import { parseArgs } from "node:util";
import { evaluateEligibility, FULL_PROFILE } from "@rdc/eligibility";
import { startStackProcess } from "@rdc/local-stack";
import autocannon from "autocannon";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { runs: { type: "string", default: "1" }, "in-process": { type: "boolean", default: false } },
});
const runs = Number(values.runs);

function perSecond(explain: boolean, seconds = 3): number {
  const asOf = "2026-06-30";
  for (let i = 0; i < 2_000; i++) evaluateEligibility(FULL_PROFILE as never, { asOf, explain }); // warm up
  let count = 0;
  const started = process.hrtime.bigint();
  const until = started + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < until) {
    for (let i = 0; i < 500; i++) evaluateEligibility(FULL_PROFILE as never, { asOf, explain });
    count += 500;
  }
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (n: number) => Math.round(n).toLocaleString("en");
const without: number[] = [];
const withTrace: number[] = [];
for (let i = 0; i < runs; i++) {
  without.push(perSecond(false));
  withTrace.push(perSecond(true));
}
console.log(
  `in process, one core${runs > 1 ? `, median of ${runs} runs` : ""}: ${fmt(median(without))} full checks/s without the trace, ${fmt(median(withTrace))} with it`,
);
if (runs > 1)
  console.log(`  runs without the trace: ${without.map(fmt).join(", ")}; with it: ${withTrace.map(fmt).join(", ")}`);

if (!values["in-process"]) {
  const stack = await startStackProcess();
  try {
    const token = await stack.token("bench-portal", ["eligibility"]);
    const result = await autocannon({
      url: `${stack.url}/v1/eligibility-checks`,
      method: "POST",
      connections: 16,
      duration: 15,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ center: FULL_PROFILE }),
    });
    const errors = result.non2xx + result.errors + result.timeouts;
    console.log(
      `POST /v1/eligibility-checks via the local stack, 16 connections, 15 s: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors (of ${result.requests.total})`,
    );
  } finally {
    await stack.stop();
  }
}
