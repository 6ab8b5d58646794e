/**
 * Laws of the rule kernel (outcome.ts, parameter.ts), checked on generated
 * inputs: the three-valued combinators and the dated parameters.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { text } from "../i18n";
import { cite, type IsoDate } from "./citation";
import { allOf, anyOf, type Outcome, type RuleResult } from "./outcome";
import { defineParameter, type ParameterVersion, valueAsOf } from "./parameter";

const CITATION = cite(text("测试", "test"), "Art. 1", "2020-01-01");
const FACTS = ["center.a", "center.b", "center.c", "center.d"];

const outcomeArb = fc.constantFrom<Outcome>("eligible", "ineligible", "undetermined");

/** A well-formed result: missing facts only when undetermined, at least one then. */
function resultArb(outcome: fc.Arbitrary<Outcome> = outcomeArb): fc.Arbitrary<RuleResult> {
  return fc
    .record({
      outcome,
      code: fc.string({ minLength: 1, maxLength: 4 }),
      facts: fc.uniqueArray(fc.constantFrom(...FACTS), { minLength: 1 }),
      rule: fc.string({ maxLength: 4 }),
    })
    .map(({ outcome, code, facts, rule }) => ({
      outcome,
      reasons: [{ code, message: text(code, code), citation: CITATION }],
      missingFacts: outcome === "undetermined" ? facts : [],
      trace: [{ rule, outcome, inputs: {}, parameters: [], citation: CITATION }],
    }));
}

const resultsArb = fc.array(resultArb(), { maxLength: 6 });

function outcomes(results: readonly RuleResult[]): Outcome[] {
  return results.map((r) => r.outcome);
}

function unionOfMissing(results: readonly RuleResult[]): Set<string> {
  return new Set(results.filter((r) => r.outcome === "undetermined").flatMap((r) => r.missingFacts));
}

function negate(result: RuleResult): RuleResult {
  const flipped: Record<Outcome, Outcome> = {
    eligible: "ineligible",
    ineligible: "eligible",
    undetermined: "undetermined",
  };
  return { ...result, outcome: flipped[result.outcome] };
}

describe("allOf", () => {
  it("is ineligible as soon as one condition is, whatever else is missing, and lists no missing facts", () => {
    fc.assert(
      fc.property(resultsArb, resultArb(fc.constant("ineligible")), resultsArb, (before, failed, after) => {
        const combined = allOf([...before, failed, ...after]);
        expect(combined.outcome).toBe("ineligible");
        expect(combined.missingFacts).toEqual([]);
        expect(combined.reasons).toEqual(expect.arrayContaining(failed.reasons));
      }),
    );
  });

  it("is eligible when every condition is (and for no condition at all)", () => {
    fc.assert(
      fc.property(fc.array(resultArb(fc.constant("eligible")), { maxLength: 6 }), (results) => {
        const combined = allOf(results);
        expect(combined.outcome).toBe("eligible");
        expect(combined.missingFacts).toEqual([]);
        expect(combined.reasons).toEqual(results.flatMap((r) => r.reasons));
      }),
    );
  });

  it("is undetermined when nothing failed and something is open, listing each missing fact once", () => {
    fc.assert(
      fc.property(
        fc.array(resultArb(fc.constantFrom<Outcome>("eligible", "undetermined")), { minLength: 1, maxLength: 6 }),
        (results) => {
          fc.pre(results.some((r) => r.outcome === "undetermined"));
          const combined = allOf(results);
          expect(combined.outcome).toBe("undetermined");
          expect(new Set(combined.missingFacts)).toEqual(unionOfMissing(results));
          expect(combined.missingFacts).toHaveLength(new Set(combined.missingFacts).size);
        },
      ),
    );
  });
});

describe("anyOf", () => {
  it("is eligible as soon as one alternative is, and lists no missing facts", () => {
    fc.assert(
      fc.property(resultsArb, resultArb(fc.constant("eligible")), resultsArb, (before, passed, after) => {
        const combined = anyOf([...before, passed, ...after]);
        expect(combined.outcome).toBe("eligible");
        expect(combined.missingFacts).toEqual([]);
      }),
    );
  });

  it("is ineligible only when every alternative is (and for no alternative at all)", () => {
    fc.assert(
      fc.property(fc.array(resultArb(fc.constant("ineligible")), { maxLength: 6 }), (results) => {
        expect(anyOf(results).outcome).toBe("ineligible");
      }),
    );
  });

  it("is undetermined when nothing passed and something is open, listing each missing fact once", () => {
    fc.assert(
      fc.property(
        fc.array(resultArb(fc.constantFrom<Outcome>("ineligible", "undetermined")), { minLength: 1, maxLength: 6 }),
        (results) => {
          fc.pre(results.some((r) => r.outcome === "undetermined"));
          const combined = anyOf(results);
          expect(combined.outcome).toBe("undetermined");
          expect(new Set(combined.missingFacts)).toEqual(unionOfMissing(results));
          expect(combined.missingFacts).toHaveLength(new Set(combined.missingFacts).size);
        },
      ),
    );
  });

  it("is the dual of allOf (De Morgan)", () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        expect(anyOf(results).outcome).toBe(negate(allOf(results.map(negate))).outcome);
      }),
    );
  });
});

/** The inputs whose outcome is `outcome`, or all of them when none has it. */
function deciding(results: readonly RuleResult[], order: readonly Outcome[]): RuleResult[] {
  for (const outcome of order) {
    const matching = results.filter((r) => r.outcome === outcome);
    if (matching.length) return matching;
  }
  return [...results];
}

describe("reasons", () => {
  it("allOf explains itself by what decided it: the failed conditions, else the open ones, else all", () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        const expected = deciding(results, ["ineligible", "undetermined"]).flatMap((r) => r.reasons);
        expect(allOf(results).reasons).toEqual(expected);
      }),
    );
  });

  it("anyOf explains itself by what decided it: the passed alternatives, else the open ones, else all", () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        const expected = deciding(results, ["eligible", "undetermined"]).flatMap((r) => r.reasons);
        expect(anyOf(results).reasons).toEqual(expected);
      }),
    );
  });
});

describe("allOf and anyOf together", () => {
  const combinators = [
    ["allOf", allOf],
    ["anyOf", anyOf],
  ] as const;

  for (const [name, combine] of combinators) {
    it(`${name} lists missing facts only when undetermined`, () => {
      fc.assert(
        fc.property(resultsArb, (results) => {
          const combined = combine(results);
          if (combined.outcome !== "undetermined") expect(combined.missingFacts).toEqual([]);
          else expect(combined.missingFacts.length).toBeGreaterThan(0);
        }),
      );
    });

    it(`${name} keeps every trace entry, in order`, () => {
      fc.assert(
        fc.property(resultsArb, (results) => {
          expect(combine(results).trace).toEqual(results.flatMap((r) => r.trace));
        }),
      );
    });

    it(`${name} does not depend on the order of its inputs`, () => {
      fc.assert(
        fc.property(resultsArb, fc.func(fc.integer()), (results, key) => {
          const shuffled = [...results].sort((a, b) => key(a) - key(b));
          const [x, y] = [combine(results), combine(shuffled)];
          expect(y.outcome).toBe(x.outcome);
          expect(new Set(y.missingFacts)).toEqual(new Set(x.missingFacts));
        }),
      );
    });

    it(`${name} nests: grouping some inputs first changes nothing`, () => {
      fc.assert(
        fc.property(resultsArb, resultsArb, (left, right) => {
          const [flat, nested] = [combine([...left, ...right]), combine([...left, combine(right)])];
          expect(nested.outcome).toBe(flat.outcome);
          expect(new Set(nested.missingFacts)).toEqual(new Set(flat.missingFacts));
        }),
      );
    });
  }

  it("agree on a single input", () => {
    fc.assert(
      fc.property(resultArb(), (result) => {
        expect(outcomes([allOf([result]), anyOf([result])])).toEqual([result.outcome, result.outcome]);
      }),
    );
  });
});

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 6000;

const isoDateArb: fc.Arbitrary<IsoDate> = fc
  .integer({ min: 0, max: DAYS })
  .map((n) => new Date(FIRST_DAY + n * DAY_MS).toISOString().slice(0, 10));

const versionsArb: fc.Arbitrary<ParameterVersion<number | null>[]> = fc
  .uniqueArray(isoDateArb, { minLength: 1, maxLength: 6 })
  .chain((froms) =>
    fc.tuple(...froms.map((from) => fc.option(fc.integer(), { nil: null }).map((value) => ({ from, value })))),
  )
  .map((versions) => versions.map((v) => ({ ...v, citation: cite(text("参数", "parameter"), undefined, v.from) })));

/** The model: the latest version whose `from` is on or before `asOf`, if its value is not null. */
function expectedAsOf(versions: readonly ParameterVersion<number | null>[], asOf: IsoDate) {
  const latest = versions.filter((v) => v.from <= asOf).sort((a, b) => b.from.localeCompare(a.from))[0];
  return latest && latest.value !== null ? latest : undefined;
}

describe("defineParameter and valueAsOf", () => {
  it("picks the latest version in force on asOf, whatever order the versions were given in", () => {
    fc.assert(
      fc.property(versionsArb, isoDateArb, (versions, asOf) => {
        const found = valueAsOf(defineParameter("p", text("参数", "parameter"), versions), asOf);
        const expected = expectedAsOf(versions, asOf);
        if (expected === undefined) expect(found).toBeUndefined();
        else
          expect(found).toEqual({ id: "p", value: expected.value, from: expected.from, citation: expected.citation });
      }),
    );
  });

  it("is undefined before the first version and on every day of a null gap", () => {
    fc.assert(
      fc.property(versionsArb, isoDateArb, (versions, asOf) => {
        const parameter = defineParameter("p", text("参数", "parameter"), versions);
        const first = parameter.versions[0];
        if (first && asOf < first.from) expect(valueAsOf(parameter, asOf)).toBeUndefined();
        const latest = parameter.versions.filter((v) => v.from <= asOf).at(-1);
        if (latest?.value === null) expect(valueAsOf(parameter, asOf)).toBeUndefined();
      }),
    );
  });

  it("switches on the very day a version starts, not the day before", () => {
    fc.assert(
      fc.property(versionsArb, fc.nat(), (versions, pick) => {
        const parameter = defineParameter("p", text("参数", "parameter"), versions);
        const index = pick % parameter.versions.length;
        const version = parameter.versions[index];
        if (!version) return;
        const dayBefore = new Date(Date.parse(version.from) - DAY_MS).toISOString().slice(0, 10);
        expect(valueAsOf(parameter, version.from)?.value ?? null).toBe(version.value);
        const previous = index > 0 ? parameter.versions[index - 1] : undefined;
        expect(valueAsOf(parameter, dayBefore)?.value ?? null).toBe(previous ? previous.value : null);
      }),
    );
  });

  it("keeps the versions sorted by date", () => {
    fc.assert(
      fc.property(versionsArb, (versions) => {
        const froms = defineParameter("p", text("参数", "parameter"), versions).versions.map((v) => v.from);
        expect(froms).toEqual([...froms].sort());
      }),
    );
  });

  it("refuses two versions from the same day", () => {
    fc.assert(
      fc.property(versionsArb, fc.nat(), (versions, pick) => {
        const twin = versions[pick % versions.length];
        if (!twin) return;
        expect(() => defineParameter("p", text("参数", "parameter"), [...versions, { ...twin }])).toThrow(
          /two versions/,
        );
      }),
    );
  });
});
