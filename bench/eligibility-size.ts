/**
 * The size of an eligibility check's body as a client reads it (FULL_PROFILE,
 * localized), in each language: all 16 measures and every program, with and
 * without `?explain=true`, and M01 alone with the programs it follows; and
 * of what a check stores: the answer (bilingual JSON) and, for
 * `?explain=true`, the trace item (gzipped). On the wire: the English body as
 * the API sends it to a client that accepts gzip, or brotli.
 *   npm run bench -- eligibility-size
 */
import { gzipSync } from "node:zlib";
import { LOCALES, localize, RULES_VERSION } from "@rdc/core";
import { checkBody, evaluateEligibility, FULL_PROFILE, toAnswer, toAnswerTrace } from "@rdc/eligibility";
import { encodeForClient } from "@rdc/platform";

const check = {
  id: "01KBMZ3V7Q2T0000000000000",
  asOf: "2026-06-30",
  rulesVersion: RULES_VERSION,
  createdAt: "2026-06-30T02:00:00.000Z",
};
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const cases = [
  { label: "every measure", measures: undefined, explain: false },
  { label: "every measure, with the trace", measures: undefined, explain: true },
  { label: "M01 alone (the benchmark's check)", measures: ["M01" as const], explain: false },
];
for (const { label, measures, explain } of cases) {
  const evaluation = evaluateEligibility(FULL_PROFILE as never, {
    asOf: check.asOf,
    explain,
    ...(measures ? { measures } : {}),
  });
  const answer = toAnswer(evaluation);
  const trace = evaluation.trace ? toAnswerTrace(evaluation.trace) : null;
  const body = checkBody(check, answer, trace);
  const sizes = LOCALES.map((locale) => `${locale} ${kb(bytes(localize(body, locale)))}`).join(", ");
  const english = JSON.stringify(localize(body, "en"));
  const wire = ["gzip", "br"]
    .map(
      (coding) =>
        `${coding} ${kb(Buffer.from(encodeForClient({ body: english }, coding).body ?? "", "base64").length)}`,
    )
    .join(", ");
  const stored = trace ? `; stored trace item (gzipped) ${kb(gzipSync(JSON.stringify(trace)).length)}` : "";
  console.log(
    `${label}: ${sizes}; en on the wire: ${wire}; stored answer (bilingual) ${kb(bytes(answer))}, gzipped ${kb(gzipSync(JSON.stringify(answer)).length)}${stored}`,
  );
}
