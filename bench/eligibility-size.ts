/**
 * The size of a full eligibility check's body as a client reads it (all 16
 * measures and every program for FULL_PROFILE, localized), in each language,
 * with and without `?explain=true`, and of what a check stores: the answer
 * (bilingual JSON) and, for `?explain=true`, the trace item (gzipped).
 *   npm run bench -- eligibility-size
 */
import { gzipSync } from "node:zlib";
import { LOCALES, localize, RULES_VERSION } from "@rdc/core";
import { checkBody, evaluateEligibility, FULL_PROFILE, toAnswer, toAnswerTrace } from "@rdc/eligibility";

const check = {
  id: "01KBMZ3V7Q2T0000000000000",
  asOf: "2026-06-30",
  rulesVersion: RULES_VERSION,
  createdAt: "2026-06-30T02:00:00.000Z",
};
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

for (const explain of [false, true]) {
  const evaluation = evaluateEligibility(FULL_PROFILE as never, { asOf: check.asOf, explain });
  const answer = toAnswer(evaluation);
  const trace = evaluation.trace ? toAnswerTrace(evaluation.trace) : null;
  const body = checkBody(check, answer, trace);
  const sizes = LOCALES.map((locale) => `${locale} ${kb(bytes(localize(body, locale)))}`).join(", ");
  const stored = trace ? `; stored trace item (gzipped) ${kb(gzipSync(JSON.stringify(trace)).length)}` : "";
  console.log(
    `${explain ? "with" : "without"} the trace: ${sizes}; stored answer (bilingual) ${kb(bytes(answer))}, gzipped ${kb(gzipSync(JSON.stringify(answer)).length)}${stored}`,
  );
}
