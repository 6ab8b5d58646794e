import { TALENT_CATEGORIES, type TalentCategory } from "@rdc/core";
import { describe, expect, it } from "vitest";
// The intake is not a dependency of eligibility: the test reads it by path, to compare the two answers.
import { greenChannelApplication, screenTalentTitle } from "../../../talent-title/src/index";
import type { CenterProfile } from "../profile";
import { talentTitleGreenChannel } from "./talent-title-green-channel";

const run = (center: CenterProfile, asOf = "2025-06-01") =>
  talentTitleGreenChannel.evaluate({ subject: center, asOf, explain: false });
const withTalent = (categories: TalentCategory[], foreignInvested: boolean | undefined = true) =>
  run({ foreignInvested, overseasTalent: { categories } }).result;

describe("professional-title green channel (measure 11)", () => {
  it("needs a foreign-invested center employing overseas high-end or shortage talent", () => {
    expect(withTalent(["overseas_high_end"]).outcome).toBe("eligible");
    expect(withTalent(["shortage", "other"]).outcome).toBe("eligible");
    expect(withTalent(["other"]).outcome).toBe("ineligible");
    expect(withTalent([]).outcome).toBe("ineligible");
    expect(withTalent(["overseas_high_end"], false).outcome).toBe("ineligible");
  });

  it("needs no recognition of the center: being set up by foreign investment is enough, recognition shows it", () => {
    expect(
      run({ foreignInvested: true, recognizedForeignRdCenter: false, overseasTalent: { categories: ["shortage"] } })
        .result.outcome,
    ).toBe("eligible");
    expect(run({ recognizedForeignRdCenter: true, overseasTalent: { categories: ["shortage"] } }).result.outcome).toBe(
      "eligible",
    );
  });

  it("lists exactly the missing facts", () => {
    const { outcome, missingFacts } = run({}).result;
    expect(outcome).toBe("undetermined");
    expect([...missingFacts].sort()).toEqual(["center.foreignInvested", "center.overseasTalent.categories"]);
    expect(run({ overseasTalent: { categories: ["overseas_high_end"] } }).result.missingFacts).toEqual([
      "center.foreignInvested",
    ]);
  });

  it("cites the measure as settled law, with its words", () => {
    for (const reason of withTalent(["overseas_high_end"]).reasons) {
      expect(reason.citation).toMatchObject({ article: "（十一）", inForceFrom: "2023-01-11" });
      expect(reason.citation.unconfirmed).toBeUndefined();
      expect(reason.citation.quote).toContain("外资研发中心聘用的");
    }
  });

  it("exists from 2023-01-11", () => {
    const center: CenterProfile = { foreignInvested: true, overseasTalent: { categories: ["overseas_high_end"] } };
    expect(run(center, "2023-01-10").result.outcome).toBe("ineligible");
    expect(run(center, "2023-01-11").result.outcome).toBe("eligible");
  });

  it("files through the talent-title intake", () => {
    expect(run({}).nextSteps).toEqual([
      expect.objectContaining({ code: "talent-title-green-channel.apply", href: "/v1/talent-title-applications" }),
    ]);
  });
});

describe("the pre-check and the intake agree on the same facts", () => {
  const CENTER_FACTS: { foreignInvested?: boolean; recognizedForeignRdCenter?: boolean }[] = [
    { foreignInvested: true },
    { foreignInvested: false },
    { foreignInvested: true, recognizedForeignRdCenter: false },
    { recognizedForeignRdCenter: true },
    { recognizedForeignRdCenter: false },
    {},
  ];

  for (const employer of CENTER_FACTS)
    for (const category of TALENT_CATEGORIES)
      it(`${JSON.stringify(employer)}, ${category}`, () => {
        const precheck = run({ ...employer, overseasTalent: { categories: [category] } }, "2025-10-20").result;
        const application = greenChannelApplication("2025-10-20");
        const intake = screenTalentTitle(
          {
            ...application,
            applicant: { ...application.applicant, talentCategory: category },
            employer: {
              name: application.employer.name,
              uscc: application.employer.uscc,
              province: "310000",
              ...employer,
            },
          },
          { receivedOn: "2025-10-20" },
        ).screening.greenChannel;
        expect(intake.outcome).toBe(precheck.outcome);
        expect(intake.eligible).toBe(precheck.outcome === "eligible");
        // The same rule: the same reasons, by code.
        expect(intake.reasons.map((r) => r.code)).toEqual(precheck.reasons.map((r) => r.code));
      });
});
