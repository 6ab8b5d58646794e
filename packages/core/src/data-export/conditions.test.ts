import { describe, expect, it } from "vitest";
import { above, atLeast, type Branch, below, FAILS, firstApplicable, HOLDS, unknown } from "./conditions";

const same = (a: string, b: string) => a === b;
const branch = (conclusion: string, result = HOLDS): Branch<string> => ({ conclusion, result });

describe("counting words (Civil Code Art. 1259)", () => {
  it("以上 includes the line, 不满 and 超过 exclude it", () => {
    expect([9, 10, 11].map((n) => atLeast(n, 10, "n").outcome)).toEqual(["ineligible", "eligible", "eligible"]);
    expect([9, 10, 11].map((n) => below(n, 10, "n").outcome)).toEqual(["eligible", "ineligible", "ineligible"]);
    expect([9, 10, 11].map((n) => above(n, 10, "n").outcome)).toEqual(["ineligible", "ineligible", "eligible"]);
    expect(below(undefined, 10, "n")).toMatchObject({ outcome: "undetermined", missingFacts: ["n"] });
  });
});

describe("firstApplicable", () => {
  it("takes the first branch that applies", () => {
    expect(firstApplicable([branch("a", FAILS), branch("b"), branch("c")], same).decided?.conclusion).toBe("b");
  });

  it("an open branch before it that leads to the same place does not hold it up", () => {
    const result = firstApplicable([branch("a", unknown("x")), branch("a")], same);
    expect(result).toMatchObject({ decided: { conclusion: "a" }, missingFacts: [] });
  });

  it("an open branch that could lead elsewhere leaves it open, asking only for facts that matter", () => {
    const result = firstApplicable(
      [branch("a", unknown("x")), branch("b", unknown("y")), branch("a", unknown("z")), branch("a")],
      same,
    );
    expect(result.decided).toBeNull();
    expect(result.missingFacts).toEqual(["x", "y"]);
  });

  it("with nothing applicable, lists every open branch's facts", () => {
    const result = firstApplicable(
      [branch("a", unknown("x")), branch("b", FAILS), branch("a", unknown("x", "y"))],
      same,
    );
    expect(result).toMatchObject({ decided: null, missingFacts: ["x", "y"] });
    expect(result.considered).toHaveLength(3);
  });
});
