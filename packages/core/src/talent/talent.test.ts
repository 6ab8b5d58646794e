import { describe, expect, it } from "vitest";
import type { RuleContext } from "../rules";
import { APOSTILLE_STATES, apostilleCertifies, apostilleRelationWithChina } from "./apostille-states";
import type { TitleApplicationFacts } from "./application";
import { degreeChecks } from "./degrees";
import { directSeniorCheck } from "./direct-senior";
import { greenChannel, isForeignInvestedRdCenter } from "./green-channel";
import { PUBLICITY_MIN_WORKING_DAYS, publicityChecks } from "./publicity";
import { daysWorked, ENGINEERING_SENIORITY, normalRequirementFor, seniority } from "./seniority";
import { workPermitCheck } from "./work-permit";

/** A bachelor's Engineer (工程师 since 2020-10-20) applying for Senior Engineer, working without a break. */
function application(change: (a: TitleApplicationFacts) => void = () => {}): TitleApplicationFacts {
  const a: TitleApplicationFacts = {
    applicant: { nationality: "DE", talentCategory: "other", workPermit: { validUntil: "2027-06-30" } },
    employer: { foreignInvested: true },
    series: "engineering",
    requestedTitle: { level: "deputy_senior" },
    currentTitle: { level: "intermediate", obtainedOn: "2020-10-20" },
    education: [{ degree: "bachelor", institution: "TU", country: "DE", year: 2012, verification: "cscse" }],
    overseasExperience: [{ from: "2012-09-01", to: "2030-12-31" }],
    achievements: [],
    publicity: { from: "2025-09-01", to: "2025-09-05" },
    pledge: false,
  };
  change(a);
  return a;
}

const ctx = (subject: TitleApplicationFacts, asOf: string, explain = false): RuleContext<TitleApplicationFacts> => ({
  subject,
  asOf,
  explain,
});

describe("seniority (人社部发〔2019〕16号): years of work AFTER obtaining the lower title", () => {
  it("高级工程师, bachelor's: 5 full years after 工程师 are met on the corresponding day, not the day before", () => {
    expect(seniority(ctx(application(), "2025-10-19"))?.outcome).toBe("ineligible");
    expect(seniority(ctx(application(), "2025-10-20"))?.outcome).toBe("eligible");
  });

  it("counts only work after the title, not a whole career", () => {
    // 13 years of work, but only 4 since the 工程师 title.
    expect(seniority(ctx(application(), "2024-10-20"))?.outcome).toBe("ineligible");
    // A gap after the title: the days not worked do not count.
    const gap = application((a) => {
      a.overseasExperience = [
        { from: "2012-09-01", to: "2021-10-20" },
        { from: "2021-10-22", to: "2030-12-31" },
      ];
    });
    expect(seniority(ctx(gap, "2025-10-20"))?.outcome).toBe("ineligible");
    expect(seniority(ctx(gap, "2025-10-21"))?.outcome).toBe("eligible");
  });

  it("is undetermined without the date the current title was obtained, never met, and names the field", () => {
    const result = seniority(
      ctx(
        application((a) => {
          a.currentTitle = { level: "intermediate" };
        }),
        "2030-01-01",
      ),
    );
    expect(result?.outcome).toBe("undetermined");
    expect(result?.missingFacts).toEqual(["currentTitle.obtainedOn"]);
    expect(result?.reasons[0]?.message.en).toContain("currentTitle.obtainedOn");
  });

  it("a doctorate needs 2 full years after 工程师", () => {
    const doctor = application((a) => {
      a.education = [{ degree: "doctorate", institution: "TU", country: "DE", year: 2015, verification: "cscse" }];
    });
    expect(seniority(ctx(doctor, "2022-10-19"))?.outcome).toBe("ineligible");
    expect(seniority(ctx(doctor, "2022-10-20"))?.outcome).toBe("eligible");
  });

  it("needs the 工程师 title whatever the years", () => {
    const assistant = application((a) => {
      a.currentTitle = { level: "assistant", obtainedOn: "2010-01-01" };
    });
    expect(seniority(ctx(assistant, "2030-01-01"))?.outcome).toBe("ineligible");
  });

  it("工程师 by the 大学专科 route: 4 full years after 助理工程师", () => {
    const zhuanke = application((a) => {
      a.requestedTitle = { level: "intermediate" };
      a.currentTitle = { level: "assistant", obtainedOn: "2020-03-01" };
      a.education = [
        { degree: "vocational_college", institution: "职院", country: "CN", year: 2015, verification: "cscse" },
      ];
    });
    expect(seniority(ctx(zhuanke, "2024-02-29"))?.outcome).toBe("ineligible");
    expect(seniority(ctx(zhuanke, "2024-03-01"))?.outcome).toBe("eligible");
  });

  it("助理工程师 by the 中职 route: 4 full years after 技术员; 大学专科: 2 years", () => {
    const zhongzhi = application((a) => {
      a.requestedTitle = { level: "assistant" };
      a.currentTitle = { level: "technician", obtainedOn: "2021-01-01" };
      a.education = [
        { degree: "secondary_vocational", institution: "中职", country: "CN", year: 2018, verification: "cscse" },
      ];
    });
    expect(seniority(ctx(zhongzhi, "2024-12-31"))?.outcome).toBe("ineligible");
    expect(seniority(ctx(zhongzhi, "2025-01-01"))?.outcome).toBe("eligible");
    const zhuanke = application((a) => {
      a.requestedTitle = { level: "assistant" };
      a.currentTitle = { level: "technician", obtainedOn: "2021-01-01" };
      a.education = [
        { degree: "vocational_college", institution: "职院", country: "CN", year: 2018, verification: "cscse" },
      ];
    });
    expect(seniority(ctx(zhuanke, "2022-12-31"))?.outcome).toBe("ineligible");
    expect(seniority(ctx(zhuanke, "2023-01-01"))?.outcome).toBe("eligible");
    // 中职 alone does not reach the 大学专科 route.
    expect(seniority(ctx(zhongzhi, "2023-01-01"))?.outcome).toBe("ineligible");
  });

  it("is in force from 2019-02-01, and other series are not encoded", () => {
    expect(normalRequirementFor("engineering", "deputy_senior", "2019-01-31").rule).toBeUndefined();
    expect(normalRequirementFor("engineering", "deputy_senior", "2019-02-01").rule).toBeDefined();
    expect(
      seniority(
        ctx(
          application((a) => {
            a.series = "health";
          }),
          "2025-10-20",
        ),
      ),
    ).toBeUndefined();
    expect(ENGINEERING_SENIORITY.deputy_senior.versions[0]?.citation.article).toBe("附件（四）高级工程师第5项、第6项");
  });

  it("traces the parameter it used only when asked", () => {
    expect(seniority(ctx(application(), "2025-10-20"))?.trace).toEqual([]);
    const [entry] = seniority(ctx(application(), "2025-10-20", true))?.trace ?? [];
    expect(entry?.rule).toBe("talent.seniority");
    expect(entry?.parameters[0]?.id).toBe("talent.engineering-seniority.deputy_senior");
  });

  it("counts overlapping periods once", () => {
    const periods = [
      { from: "2020-01-01", to: "2020-12-31" },
      { from: "2020-06-01", to: "2021-01-10" },
    ];
    expect(daysWorked(periods, "2030-01-01")).toBe(366 + 10);
    expect(daysWorked(periods, "2030-01-01", "2020-12-31")).toBe(10);
  });
});

describe("apostilles: the Convention between the issuing state and China on the apostille's date", () => {
  it("China is in relation from 2023-11-07: an apostille of 2023-11-06 does not certify, of 2023-11-07 does", () => {
    expect(apostilleCertifies("DE", "2023-11-06")).toBe(false);
    expect(apostilleCertifies("DE", "2023-11-07")).toBe(true);
  });

  it("a state that joined later: from its own entry into force (Canada, 2024-01-11)", () => {
    expect(apostilleRelationWithChina("CA", "2024-01-10").since).toBe("2024-01-11");
    expect(apostilleCertifies("CA", "2024-01-10")).toBe(false);
    expect(apostilleCertifies("CA", "2024-01-11")).toBe(true);
  });

  it("never for a state that objected to China's accession (India), nor for one not listed", () => {
    expect(apostilleCertifies("IN", "2025-01-01")).toBe(false);
    expect(apostilleRelationWithChina("IN", "2025-01-01").since).toBeNull();
    expect(apostilleCertifies("VN", "2025-01-01")).toBe(false);
  });

  it("keeps each state's date with its source", () => {
    const table = APOSTILLE_STATES.versions[0]?.value ?? {};
    expect(table.CA).toEqual({ entryIntoForce: "2024-01-11", source: "hcch" });
    expect(table.IN?.objectsToChina).toBe(true);
  });

  function withApostille(country: string, apostilleIssuedOn?: string) {
    return application((a) => {
      a.education = [
        {
          degree: "master",
          institution: "Uni",
          country,
          year: 2010,
          verification: "apostille",
          ...(apostilleIssuedOn ? { apostilleIssuedOn } : {}),
        },
      ];
    });
  }

  it("asks for CSCSE certification or consular legalisation when the apostille does not certify", () => {
    const [before] = degreeChecks(ctx(withApostille("CA", "2024-01-10"), "2025-10-20"));
    expect(before?.result.outcome).toBe("ineligible");
    expect(before?.fixes.map((f) => f.field)).toEqual(["education.0.verification"]);
    expect(before?.fixes[0]?.message.en).toContain("CSCSE certification or consular legalisation");
    const [after] = degreeChecks(ctx(withApostille("CA", "2024-01-11"), "2025-10-20"));
    expect(after?.result.outcome).toBe("eligible");
  });

  it("asks for the apostille's date when it is missing", () => {
    const [check] = degreeChecks(ctx(withApostille("DE"), "2025-10-20"));
    expect(check?.result.outcome).toBe("undetermined");
    expect(check?.result.missingFacts).toEqual(["education.0.apostilleIssuedOn"]);
  });

  it("takes the written pledge for an uncertified degree (Order 40 第十五条), and asks for proof without it", () => {
    const unverified = (pledge: boolean) =>
      application((a) => {
        a.pledge = pledge;
        a.education = [{ degree: "master", institution: "Uni", country: "US", year: 2010, verification: "none" }];
      });
    expect(degreeChecks(ctx(unverified(true), "2025-10-20"))[0]?.result.reasons[0]?.citation.article).toBe("第十五条");
    expect(degreeChecks(ctx(unverified(true), "2025-10-20"))[0]?.result.outcome).toBe("eligible");
    expect(degreeChecks(ctx(unverified(false), "2025-10-20"))[0]?.result.outcome).toBe("ineligible");
  });
});

describe("publicity (Order 40 第十六条): at least 5 working days, ended before filing", () => {
  const on = (from: string, to: string, filedOn: string) =>
    publicityChecks(
      ctx(
        application((a) => {
          a.publicity = { from, to };
        }),
        filedOn,
      ),
    );
  const outcome = (checks: ReturnType<typeof on>, kind: string) => checks.find((c) => c.kind === kind)?.result.outcome;

  it("4 working days fail, 5 pass (Mon 2025-09-01 to Thu 09-04, then Fri 09-05)", () => {
    expect(outcome(on("2025-09-01", "2025-09-04", "2025-10-20"), "period")).toBe("ineligible");
    expect(outcome(on("2025-09-01", "2025-09-05", "2025-10-20"), "period")).toBe("eligible");
  });

  it("counts on the holiday calendar: 4 working days across the 2025 National Day holiday, then 5", () => {
    expect(outcome(on("2025-09-30", "2025-10-11", "2025-10-20"), "period")).toBe("ineligible");
    expect(outcome(on("2025-09-30", "2025-10-13", "2025-10-20"), "period")).toBe("eligible");
  });

  it("ending on the filing day fails; ending the day before passes", () => {
    expect(outcome(on("2025-10-13", "2025-10-17", "2025-10-17"), "ends_before_filing")).toBe("ineligible");
    expect(outcome(on("2025-10-13", "2025-10-17", "2025-10-18"), "ends_before_filing")).toBe("eligible");
    expect(on("2025-10-13", "2025-10-17", "2025-10-17")[1]?.fixes.map((f) => f.field)).toEqual(["publicity.to"]);
  });

  it("is asked for when absent, and has no rule before Order 40", () => {
    const none = publicityChecks(
      ctx(
        application((a) => {
          a.publicity = undefined;
        }),
        "2025-10-20",
      ),
    );
    expect(none[0]?.result.missingFacts).toEqual(["publicity"]);
    expect(PUBLICITY_MIN_WORKING_DAYS.versions.map((v) => [v.from, v.value])).toEqual([["2019-09-01", 5]]);
    expect(() => publicityChecks(ctx(application(), "2019-08-31"))).toThrow(/talent.publicity-min-working-days/);
  });

  it("notes a count on a provisional calendar", () => {
    const kinds = on("2031-03-03", "2031-03-07", "2031-03-20").map((c) => c.kind);
    expect(kinds).toContain("provisional");
  });
});

describe("the green channel (measure （十一）)", () => {
  const run = (change: (a: TitleApplicationFacts) => void) => greenChannel(ctx(application(change), "2025-10-20"));

  it("is for overseas high-end and shortage talent of a foreign-invested R&D center", () => {
    for (const category of ["overseas_high_end", "shortage"] as const)
      expect(
        run((a) => {
          a.applicant.talentCategory = category;
        }).outcome,
      ).toBe("eligible");
    expect(
      run((a) => {
        a.applicant.talentCategory = "other";
      }).outcome,
    ).toBe("ineligible");
  });

  it("needs no recognition of the center, and takes recognition as proof that it is one", () => {
    expect(isForeignInvestedRdCenter(true, false)).toBe(true);
    expect(isForeignInvestedRdCenter(undefined, true)).toBe(true);
    expect(isForeignInvestedRdCenter(undefined, false)).toBeUndefined();
    expect(isForeignInvestedRdCenter(false, undefined)).toBe(false);
    const unknown = run((a) => {
      a.applicant.talentCategory = "shortage";
      a.employer = { recognizedForeignRdCenter: false };
    });
    expect(unknown.outcome).toBe("undetermined");
    expect(unknown.missingFacts).toEqual(["employer.foreignInvested"]);
  });

  it("cites the measure with its words, as settled law", () => {
    const result = run((a) => {
      a.applicant.talentCategory = "shortage";
    });
    for (const reason of result.reasons) {
      expect(reason.citation.article).toBe("（十一）");
      expect(reason.citation.unconfirmed).toBeUndefined();
      expect(reason.citation.quote).toContain("外资研发中心聘用的海外高端人才和紧缺人才");
    }
  });
});

describe("direct senior application and work permits", () => {
  it("allows a jump on the green channel with an achievement; flags it off the green channel", () => {
    const jump = application((a) => {
      a.currentTitle = undefined;
      a.achievements = [{}];
    });
    expect(directSeniorCheck(ctx(jump, "2025-10-20"), true).decision).toBe("allowed");
    const off = directSeniorCheck(ctx(jump, "2025-10-20"), false);
    expect(off.decision).toBe("not_allowed");
    expect(off.result?.reasons[0]?.citation.article).toBe("第十四条");
  });

  it("needs a permit valid on the filing day", () => {
    const permit = (validUntil: string) =>
      workPermitCheck(
        ctx(
          application((a) => {
            a.applicant.workPermit = { validUntil };
          }),
          "2025-10-20",
        ),
      );
    expect(permit("2025-10-20").result.outcome).toBe("eligible");
    expect(permit("2025-10-19").fixes.map((f) => f.field)).toEqual(["applicant.workPermit.validUntil"]);
  });
});
