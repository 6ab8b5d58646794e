/**
 * Issue 4's figures: full eligibility checks per second in process on one
 * core (with and without the trace), and POST /v1/eligibility-checks through
 * the local stack at concurrency 16 (p50/p99). Run: npm run bench -- eligibility
 */
import { evaluateEligibility } from "@rdc/eligibility";
import { startStackProcess } from "@rdc/local-stack";
import autocannon from "autocannon";
import { FULL_PROFILE } from "./eligibility-profile";

function perSecond(explain: boolean, seconds = 3): number {
  const asOf = "2026-06-30";
  for (let i = 0; i < 2_000; i++) evaluateEligibility(FULL_PROFILE as never, { asOf, explain }); // warm up
  let runs = 0;
  const started = process.hrtime.bigint();
  const until = started + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < until) {
    for (let i = 0; i < 500; i++) evaluateEligibility(FULL_PROFILE as never, { asOf, explain });
    runs += 500;
  }
  return runs / (Number(process.hrtime.bigint() - started) / 1e9);
}

const without = perSecond(false);
const withTrace = perSecond(true);
console.log(
  `in process, one core: ${Math.round(without).toLocaleString("en")} full checks/s without the trace, ${Math.round(withTrace).toLocaleString("en")} with it`,
);

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
