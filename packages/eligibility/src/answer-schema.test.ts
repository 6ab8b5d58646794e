import { LOCALES, localize, MEASURE_IDS, RULES_VERSION } from "@rdc/core";
import { describe, expect, it } from "vitest";
import { checkBody, toAnswer, toAnswerTrace } from "./answer";
import { eligibilityCheckResponse } from "./answer-schema";
import { evaluateEligibility } from "./evaluate";
import { FULL_PROFILE } from "./examples";
import type { CenterProfile } from "./profile";
import { centerProfile } from "./schema";

const FULL = centerProfile.parse(FULL_PROFILE);
const CHECK = {
  id: "01KBMZ3V7Q2T0000000000000",
  asOf: "2026-06-30",
  rulesVersion: RULES_VERSION,
  createdAt: "2026-06-30T02:00:00.000Z",
};

/** A center that is eligible for some measures, ineligible for others and undetermined for the rest. */
const SPARSE: CenterProfile = { foreignInvested: true, legalForm: "independent_legal_entity", fullTimeRdStaff: 10 };

function body(center: CenterProfile, explain: boolean) {
  const evaluation = evaluateEligibility(center, { asOf: CHECK.asOf, explain });
  return checkBody(CHECK, toAnswer(evaluation), evaluation.trace ? toAnswerTrace(evaluation.trace) : null);
}

describe("the eligibility check's response schema", () => {
  it.each(LOCALES.flatMap((locale) => [false, true].map((explain) => ({ locale, explain }))))(
    "parses the full profile's answer, strictly ($locale, explain $explain)",
    ({ locale, explain }) => {
      const answer = localize(body(FULL, explain), locale);
      expect(eligibilityCheckResponse.parse(answer)).toEqual(answer);
    },
  );

  it.each(LOCALES)("parses an answer with undetermined and ineligible results (%s)", (locale) => {
    const answer = localize(body(SPARSE, true), locale);
    const outcomes = [...answer.measures, ...answer.programs].map((r) => r.outcome);
    expect(outcomes).toEqual(expect.arrayContaining(["eligible", "undetermined", "ineligible"]));
    expect(eligibilityCheckResponse.parse(answer)).toEqual(answer);
  });

  it("rejects what the answer never has", () => {
    const answer = localize(body(FULL, false), "en");
    const [first] = answer.measures;
    expect(eligibilityCheckResponse.safeParse({ ...answer, extra: 1 }).success).toBe(false);
    const inline = { ...answer, measures: [{ ...first, reasons: [{ code: "x", message: "y", citation: {} }] }] };
    expect(eligibilityCheckResponse.safeParse(inline).success).toBe(false);
  });
});

describe("an answer by reference", () => {
  const answer = body(FULL, true);

  it("names every source, document, step and agency it refers to, and nothing else", () => {
    const reasons = [...answer.measures, ...answer.programs].flatMap((r) => r.reasons);
    const entries = [...(answer.trace?.programs ?? []), ...(answer.trace?.measures ?? [])].flatMap((g) => g.entries);
    const cited = new Set([...reasons.map((r) => r.source), ...entries.map((e) => e.source)]);
    for (const e of entries) for (const p of e.parameters) cited.add(p.source);
    expect(new Set(Object.keys(answer.sources))).toEqual(cited);
    expect(new Set(Object.keys(answer.documents))).toEqual(
      new Set(Object.values(answer.sources).map((s) => s.document)),
    );
    const steps = new Set([...answer.measures, ...answer.programs].flatMap((r) => r.nextSteps));
    expect(new Set(Object.keys(answer.steps))).toEqual(steps);
    const agencies = new Set(Object.values(answer.steps).flatMap((s) => s.agencies ?? []));
    expect(new Set(Object.keys(answer.agencies))).toEqual(agencies);
  });

  it("gives the same ids in every run: the instrument and the article", () => {
    expect(Object.keys(answer.sources)).toEqual(
      expect.arrayContaining(["guobanhan-2023-7.item1", "high-tech.measures-2016.art11-v"]),
    );
    expect(answer.sources["guobanhan-2023-7.item1"]).toEqual({
      document: "guobanhan-2023-7",
      article: "（一）",
      inForceFrom: "2023-01-11",
      href: "/v1/measures/M01",
    });
  });

  it("lets a measure that follows a program name it, and gives the program's reasons once", () => {
    const m01 = answer.measures.find((m) => m.id === "M01");
    expect(m01?.reasons.filter((r) => "program" in r).map((r) => r.code)).toEqual([
      "M01.program.high-tech-enterprise.met",
      "M01.program.import-tax-exemption.met",
    ]);
    expect(m01?.reasons.some((r) => r.code.startsWith("high-tech-enterprise."))).toBe(false);
    expect(answer.measures.map((m) => m.id)).toEqual([...MEASURE_IDS]);
  });
});
