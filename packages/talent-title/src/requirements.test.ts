import { valueAsOf } from "@rdc/core";
import { describe, expect, it } from "vitest";
import type { Degree, TalentTitlePayload, TitleLevel } from "./payload";
import { ENGINEERING_SENIORITY, normalRequirementFor } from "./requirements";
import { assessSeniority } from "./seniority";

function applicant(degree: Degree | undefined, current: TitleLevel | undefined): TalentTitlePayload {
  return {
    applicant: {
      fullName: "Anna Schmidt",
      nationality: "DE",
      passportNumber: "C01X00T47",
      birthDate: "1985-04-12",
      talentCategory: "other",
    },
    employer: { name: "Lab", uscc: "91310000MA1FL0000X", province: "310000", recognizedForeignRdCenter: false },
    series: "engineering",
    requestedTitle: { level: "deputy_senior", name: "高级工程师" },
    ...(current ? { currentTitle: { level: current, name: "title" } } : {}),
    education: degree ? [{ degree, institution: "TU", country: "DE", year: 2010, verification: "cscse" }] : [],
    overseasExperience: [],
    achievements: [],
    pledge: true,
  };
}

function rule(level: TitleLevel) {
  return valueAsOf(ENGINEERING_SENIORITY[level], "2025-10-20")?.value;
}

describe("engineering seniority (人社部发〔2019〕16号)", () => {
  it("is in force from 2019-02-01 and not before", () => {
    expect(normalRequirementFor("engineering", "deputy_senior", "2019-02-01").rule).toBeDefined();
    const before = normalRequirementFor("engineering", "deputy_senior", "2019-01-31");
    expect(before.rule).toBeUndefined();
    expect(before.citations.map((c) => c.article)).toEqual(["第十五条", "第十六条"]);
  });

  it("states the usual requirement with its citation", () => {
    const requirement = normalRequirementFor("engineering", "deputy_senior", "2025-10-20");
    expect(requirement.text["zh-CN"]).toContain("具备博士学位，取得工程师职称后，从事技术工作满2年");
    expect(requirement.text["zh-CN"]).toContain("2名本专业或相近专业正高级工程师推荐破格申报");
    expect(requirement.citations[0]?.document["zh-CN"]).toContain("人社部发〔2019〕16号");
  });

  it("states other series generally, citing Order 40", () => {
    const requirement = normalRequirementFor("health", "intermediate", "2025-10-20");
    expect(requirement.rule).toBeUndefined();
    expect(requirement.text.en).toContain('Series "health"');
    expect(requirement.citations[0]?.document["zh-CN"]).toContain("人力资源社会保障部令第40号");
  });

  it("高级工程师: a doctorate needs 2 full years after 工程师", () => {
    expect(assessSeniority(rule("deputy_senior"), applicant("doctorate", "intermediate"), 1.9).status).toBe("not_met");
    expect(assessSeniority(rule("deputy_senior"), applicant("doctorate", "intermediate"), 2).status).toBe("met");
  });

  it("高级工程师: a master's or bachelor's needs 5 full years after 工程师", () => {
    for (const degree of ["master", "bachelor"] as const) {
      expect(assessSeniority(rule("deputy_senior"), applicant(degree, "intermediate"), 4.9).status).toBe("not_met");
      expect(assessSeniority(rule("deputy_senior"), applicant(degree, "intermediate"), 5).status).toBe("met");
      expect(assessSeniority(rule("deputy_senior"), applicant(degree, "intermediate"), 5.1).status).toBe("met");
    }
  });

  it("高级工程师: needs the 工程师 title whatever the years", () => {
    expect(assessSeniority(rule("deputy_senior"), applicant("doctorate", "assistant"), 20).status).toBe("not_met");
    expect(assessSeniority(rule("deputy_senior"), applicant("doctorate", undefined), 20).status).toBe("not_met");
    expect(assessSeniority(rule("deputy_senior"), applicant(undefined, "intermediate"), 20).status).toBe("not_met");
  });

  it("工程师: a doctorate alone; a master's 2 years, a bachelor's 4, after 助理工程师", () => {
    expect(assessSeniority(rule("intermediate"), applicant("doctorate", undefined), 0).status).toBe("met");
    expect(assessSeniority(rule("intermediate"), applicant("master", "assistant"), 1.9).status).toBe("not_met");
    expect(assessSeniority(rule("intermediate"), applicant("master", "assistant"), 2).status).toBe("met");
    expect(assessSeniority(rule("intermediate"), applicant("master", undefined), 9).status).toBe("not_met");
    expect(assessSeniority(rule("intermediate"), applicant("bachelor", "assistant"), 3.9).status).toBe("not_met");
    expect(assessSeniority(rule("intermediate"), applicant("bachelor", "assistant"), 4).status).toBe("met");
  });

  it("助理工程师: a master's alone; a bachelor's after a year's probation", () => {
    expect(assessSeniority(rule("assistant"), applicant("master", undefined), 0).status).toBe("met");
    expect(assessSeniority(rule("assistant"), applicant("bachelor", undefined), 0.9).status).toBe("not_met");
    expect(assessSeniority(rule("assistant"), applicant("bachelor", undefined), 1).status).toBe("met");
    expect(valueAsOf(ENGINEERING_SENIORITY.assistant, "2025-10-20")?.citation.unconfirmed).toContain(
      "secondary sources",
    );
  });

  it("正高级工程师: 5 full years after 高级工程师", () => {
    expect(assessSeniority(rule("full_senior"), applicant("bachelor", "deputy_senior"), 4.9).status).toBe("not_met");
    expect(assessSeniority(rule("full_senior"), applicant("bachelor", "deputy_senior"), 5).status).toBe("met");
  });

  it("is not assessed where no rule is encoded, and says which years it compared", () => {
    const assessment = assessSeniority(undefined, applicant("master", "intermediate"), 7.5);
    expect(assessment.status).toBe("not_assessed");
    expect(assessment.facts.en).toContain("7.5 years of declared work");
  });
});
