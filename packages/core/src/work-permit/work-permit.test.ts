/** Measure （十）'s team route and 外专发〔2017〕40号's points lines, from the text, on both sides of each line. */
import { describe, expect, it } from "vitest";
import { text } from "../i18n";
import { fact } from "../rules";
import { pointsRoutes } from "./categories";
import { teamWorkPermits } from "./team";

interface Team {
  foreignInvested?: boolean;
  foreignMembers?: number;
  points?: number;
}
const TEAM = teamWorkPermits<Team>({
  foreignInvested: fact("team.foreignInvested", text("外资", "foreign-invested"), (t) => t.foreignInvested),
  foreignMembers: fact("team.foreignMembers", text("外籍成员", "foreign members"), (t) => t.foreignMembers),
});
const ROUTES = pointsRoutes<Team>(fact("team.points", text("积分", "points"), (t) => t.points));
const ctx = (subject: Team, asOf = "2025-06-01") => ({ subject, asOf, explain: false });

describe("measure （十）: team work permits", () => {
  it("needs at least one foreign member: 1 is met, 0 is not", () => {
    expect(TEAM(ctx({ foreignInvested: true, foreignMembers: 1 })).outcome).toBe("eligible");
    expect(TEAM(ctx({ foreignInvested: true, foreignMembers: 0 })).outcome).toBe("ineligible");
  });

  it("is for foreign-invested centers, from 2023-01-11", () => {
    expect(TEAM(ctx({ foreignInvested: false, foreignMembers: 3 })).outcome).toBe("ineligible");
    expect(TEAM(ctx({ foreignInvested: true, foreignMembers: 3 }, "2023-01-10")).outcome).toBe("ineligible");
    expect(TEAM(ctx({ foreignInvested: true, foreignMembers: 3 }, "2023-01-11")).outcome).toBe("eligible");
  });

  it("names what is missing", () => {
    expect([...TEAM(ctx({})).missingFacts].sort()).toEqual(["team.foreignInvested", "team.foreignMembers"]);
  });
});

describe("外专发〔2017〕40号 附件3: the points routes (以上 includes the figure)", () => {
  it("category A: 85 points met, 84 not", () => {
    expect(ROUTES.categoryA(ctx({ points: 85 })).outcome).toBe("eligible");
    expect(ROUTES.categoryA(ctx({ points: 84 })).outcome).toBe("ineligible");
  });

  it("category B: 60 points met, 59 not", () => {
    expect(ROUTES.categoryB(ctx({ points: 60 })).outcome).toBe("eligible");
    expect(ROUTES.categoryB(ctx({ points: 59 })).outcome).toBe("ineligible");
  });

  it("cites the annex and says the points lines are unconfirmed", () => {
    const reason = ROUTES.categoryA(ctx({ points: 85 })).reasons[0];
    expect(reason?.citation.article).toBe("附件3第一条");
    expect(reason?.citation.unconfirmed).toMatch(/UNCONFIRMED/);
  });

  it("does not apply before the work-permit system (2017-04-01)", () => {
    expect(() => ROUTES.categoryA(ctx({ points: 90 }, "2017-03-31"))).toThrow(/no value in force on 2017-03-31/);
  });
});
