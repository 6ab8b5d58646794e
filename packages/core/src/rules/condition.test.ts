import { describe, expect, it } from "vitest";
import { text } from "../i18n";
import { cite } from "./citation";
import { shareAtLeast } from "./compare";
import { check, defineCondition, defineGrant, fact, perVersion } from "./condition";

interface Center {
  highTech?: { sciTechStaff?: number; totalStaff?: number };
}
const FACTS = {
  sciTechStaff: fact<Center, number>(
    "center.highTech.sciTechStaff",
    text("科技人员人数", "science and technology staff"),
    (c) => c.highTech?.sciTechStaff,
  ),
  totalStaff: fact<Center, number>(
    "center.highTech.totalStaff",
    text("当年职工总数", "total staff"),
    (c) => c.highTech?.totalStaff,
  ),
};

const CITATION = cite(text("测试", "test"), "Art. 1", "2020-01-01");
const STAFF = defineCondition("test.staff", text("员工不少于10人", "at least 10 staff"), CITATION, [
  FACTS.sciTechStaff,
  FACTS.totalStaff,
]);
const context = (center: Center, explain = false) => ({ subject: center, asOf: "2025-01-01", explain });

describe("shareAtLeast (不低于)", () => {
  it("includes the line, exactly, in money with fen", () => {
    expect(shareAtLeast(10, 100, 10)).toBe(true);
    expect(shareAtLeast(9.99, 100, 10)).toBe(false);
    expect(shareAtLeast(5.1, 102, 5)).toBe(true);
    expect(shareAtLeast(0.3, 3, 10)).toBe(true);
  });

  it("is never met over nothing", () => {
    expect(shareAtLeast(0, 0, 10)).toBe(false);
    expect(shareAtLeast(1, -1, 10)).toBe(false);
  });
});

describe("check", () => {
  const run = (center: Center, explain = false) =>
    check(context(center, explain), STAFF, (staff, total) => staff >= 10 && total > 0);

  it("is undetermined with exactly the facts that are missing", () => {
    expect(run({}).missingFacts).toEqual(["center.highTech.sciTechStaff", "center.highTech.totalStaff"]);
    expect(run({ highTech: { totalStaff: 5 } }).missingFacts).toEqual(["center.highTech.sciTechStaff"]);
    expect(run({ highTech: { totalStaff: 5 } }).reasons[0]?.message.en).toBe(
      "Undetermined: at least 10 staff (missing science and technology staff)",
    );
  });

  it("decides on the facts, with a reason per outcome", () => {
    const met = run({ highTech: { sciTechStaff: 10, totalStaff: 20 } });
    expect(met).toMatchObject({ outcome: "eligible", missingFacts: [], trace: [] });
    expect(met.reasons).toEqual([
      { code: "test.staff.met", message: text("符合：员工不少于10人", "Met: at least 10 staff"), citation: CITATION },
    ]);
    expect(run({ highTech: { sciTechStaff: 9, totalStaff: 20 } }).reasons[0]?.code).toBe("test.staff.not_met");
  });

  it("traces its inputs only when asked", () => {
    expect(run({ highTech: { sciTechStaff: 9 } }, true).trace).toEqual([
      {
        rule: "test.staff",
        outcome: "undetermined",
        inputs: { "center.highTech.sciTechStaff": 9, "center.highTech.totalStaff": null },
        parameters: [],
        citation: CITATION,
      },
    ]);
  });

  it("cannot be changed through a shared result", () => {
    const result = run({});
    expect(() => result.trace.push(result.trace[0] as never)).toThrow();
  });
});

describe("defineGrant", () => {
  it("is always eligible, traced only when asked", () => {
    const grant = defineGrant("test.grant", text("适用", "applies"), CITATION);
    expect(grant(context({})).trace).toEqual([]);
    expect(grant(context({}, true)).trace).toHaveLength(1);
    expect(grant(context({})).outcome).toBe("eligible");
  });
});

describe("perVersion", () => {
  it("builds once per version", () => {
    let builds = 0;
    const build = perVersion((v: { from: string; value: number; id: string; citation: typeof CITATION }) => {
      builds++;
      return v.value;
    });
    const version = { id: "p", from: "2021-01-01", value: 1, citation: CITATION };
    build(version);
    build({ ...version });
    build({ ...version, from: "2026-01-01" });
    expect(builds).toBe(2);
  });
});
