import { describe, expect, it } from "vitest";
import type { CenterProfile } from "../profile";
import { teamWorkPermit } from "./team-work-permit";

const run = (center: CenterProfile, asOf = "2025-06-01") =>
  teamWorkPermit.evaluate({ subject: center, asOf, explain: false });
const CENTER: CenterProfile = { foreignInvested: true, overseasTalent: { foreignNationals: 1 } };

describe("team work permits (measure 10)", () => {
  it("needs at least one foreign member who needs a permit", () => {
    expect(run(CENTER).result.outcome).toBe("eligible");
    expect(run({ ...CENTER, overseasTalent: { foreignNationals: 0 } }).result.outcome).toBe("ineligible");
    expect(run({ ...CENTER, overseasTalent: { foreignNationals: 2 } }).result.outcome).toBe("eligible");
  });

  it("is for foreign-invested R&D centers", () => {
    expect(run({ ...CENTER, foreignInvested: false }).result.outcome).toBe("ineligible");
  });

  it("lists exactly the missing facts", () => {
    const { outcome, missingFacts } = run({}).result;
    expect(outcome).toBe("undetermined");
    expect([...missingFacts].sort()).toEqual(["center.foreignInvested", "center.overseasTalent.foreignNationals"]);
  });

  it("exists from 2023-01-11", () => {
    expect(run(CENTER, "2023-01-10").result.outcome).toBe("ineligible");
    expect(run(CENTER, "2023-01-11").result.outcome).toBe("eligible");
  });

  it("has no intake here: it names the national work-permit system, and the pledge route for high-end talent", () => {
    const steps = run(CENTER).nextSteps;
    expect(steps.map((s) => s.code)).toEqual(["team-work-permit.apply"]);
    expect(steps[0]?.href).toBeUndefined();
    expect(steps[0]?.message["zh-CN"]).toContain("外国人来华工作管理服务系统");
    const highEnd = run({
      ...CENTER,
      overseasTalent: { foreignNationals: 1, categories: ["overseas_high_end"] },
    }).nextSteps;
    expect(highEnd.map((s) => s.code)).toEqual(["team-work-permit.apply", "team-work-permit.high-end-pledge"]);
  });
});
