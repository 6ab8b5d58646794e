/** The kernel's forms written from how the texts read: dated figures, "however" clauses, screenings. */
import { describe, expect, it } from "vitest";
import { text } from "../i18n";
import { cite } from "./citation";
import { type Branch, withExceptions } from "./exception";
import type { Outcome, RuleResult } from "./outcome";
import { defineParameter, inForceOn, ParameterNotInForce } from "./parameter";
import { FAILS, HOLDS, rule, unknown } from "./rule";
import { toScreening } from "./screening";

const CITATION = cite(text("测试办法", "Test Measures"), "第九条", "2018-02-01");
const result = (outcome: Outcome, missing: string[] = []): RuleResult => ({
  outcome,
  reasons: [{ code: `r.${outcome}`, message: text(outcome, outcome), citation: CITATION }],
  missingFacts: missing,
  trace: [],
});

describe("inForceOn: a figure on a date, or a clear error", () => {
  const limit = defineParameter("test.limit", text("上限", "limit"), [
    { from: "2018-02-01", value: 3, citation: CITATION },
    { from: "2024-03-22", value: 5, citation: CITATION },
    { from: "2030-01-01", value: null, citation: CITATION },
  ]);

  it("gives the version in force on either side of a change", () => {
    expect(inForceOn(limit, "2024-03-21").value).toBe(3);
    expect(inForceOn(limit, "2024-03-22").value).toBe(5);
    expect(inForceOn(limit, "2029-12-31").value).toBe(5);
  });

  it("fails before the first version and in a gap, naming the parameter, the date and the periods", () => {
    expect(() => inForceOn(limit, "2018-01-31")).toThrow(ParameterNotInForce);
    expect(() => inForceOn(limit, "2030-01-01")).toThrow(
      "parameter test.limit has no value in force on 2030-01-01 (in force: 2018-02-01..2024-03-22, 2024-03-22..2030-01-01)",
    );
  });
});

describe("withExceptions: a default and its 但是 clauses", () => {
  const byDefault: Branch<string> = { conclusion: "competent_customs", result: result("eligible") };
  const exception = (outcome: Outcome, missing: string[] = []): Branch<string> => ({
    conclusion: "directly_under_customs",
    result: result(outcome, missing),
  });

  it("the default decides when no exception applies", () => {
    expect(withExceptions(byDefault, [exception("ineligible")]).decided?.conclusion).toBe("competent_customs");
  });

  it("an exception that applies displaces the default", () => {
    expect(withExceptions(byDefault, [exception("eligible")]).decided?.conclusion).toBe("directly_under_customs");
  });

  it("an exception that may apply leaves the answer open, asking only for its facts", () => {
    const open = withExceptions(byDefault, [exception("undetermined", ["project.level"])]);
    expect(open.decided).toBeNull();
    expect(open.missingFacts).toEqual(["project.level"]);
  });

  it("exceptions are read in the text's priority", () => {
    const first: Branch<string> = { conclusion: "first", result: result("eligible") };
    expect(withExceptions(byDefault, [first, exception("eligible")]).decided?.conclusion).toBe("first");
  });
});

describe("toScreening: what a rule that is not met means for an intake", () => {
  const explain = { explain: false };
  const spec = (code: string) => ({ code, message: text(code, code), citation: CITATION, inputs: {} });
  const met = rule(explain, spec("met"), HOLDS);
  const failed = { ...rule(explain, spec("failed"), FAILS), reasons: result("ineligible").reasons };
  const open = rule(explain, spec("open"), unknown("goods.0.category"));

  it("passes when every rule is met, each with an info finding", () => {
    const screening = toScreening([{ result: met, ifNotMet: "reject" }]);
    expect(screening.verdict).toBe("pass");
    expect(screening.findings.map((f) => f.severity)).toEqual(["info"]);
  });

  it("rejects on a rule whose failure rejects, whatever else is missing", () => {
    const screening = toScreening([
      { result: open, ifNotMet: "needs_info" },
      { result: failed, ifNotMet: "reject" },
    ]);
    expect(screening.verdict).toBe("rejected");
  });

  it("lists every item to supply, with its citation, from fixes or from the missing facts", () => {
    const screening = toScreening([
      { result: open, ifNotMet: "reject" },
      {
        result: failed,
        ifNotMet: "needs_info",
        fixes: [{ field: "requestedDeadline", message: text("请更正", "Correct it") }],
      },
    ]);
    expect(screening.verdict).toBe("needs_info");
    expect(screening.missingItems).toEqual([
      { field: "goods.0.category", message: text("open", "open"), citation: CITATION },
      { field: "requestedDeadline", message: text("请更正", "Correct it"), citation: CITATION },
    ]);
  });

  it("a flagged rule leaves the verdict to the others; a rerouting rule names its route", () => {
    expect(toScreening([{ result: failed, ifNotMet: "flag" }]).verdict).toBe("pass");
    const rerouted = toScreening([{ result: failed, ifNotMet: { route: "normal" } }]);
    expect(rerouted).toMatchObject({ verdict: "pass", route: "normal" });
    expect(rerouted.findings[0]?.severity).toBe("rerouted");
  });

  it("a failure that needs information is never a pass, even with nothing listed to fix", () => {
    expect(toScreening([{ result: failed, ifNotMet: "needs_info" }]).verdict).toBe("needs_info");
  });
});
