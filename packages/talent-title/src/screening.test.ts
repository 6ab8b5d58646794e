import { describe, expect, it } from "vitest";
import type { TalentTitlePayload } from "./payload";
import { screenTalentTitle } from "./screening";

const ctx = { receivedOn: "2025-10-20" };

/** A complete green-channel application: a German doctor, Engineer, applying for Senior Engineer in Shanghai. */
function application(): TalentTitlePayload {
  return {
    applicant: {
      fullName: "Anna Schmidt",
      nationality: "DE",
      passportNumber: "C01X00T47",
      birthDate: "1985-04-12",
      talentCategory: "overseas_high_end",
      workPermit: { number: "1100002025000123", category: "A", validUntil: "2027-06-30" },
    },
    employer: {
      name: "Example R&D (Shanghai) Co., Ltd.",
      uscc: "91310000MA1FL0000X",
      province: "310000",
      recognizedForeignRdCenter: true,
    },
    series: "engineering",
    requestedTitle: { level: "deputy_senior", name: "高级工程师" },
    currentTitle: { level: "intermediate", name: "工程师" },
    education: [{ degree: "doctorate", institution: "TU München", country: "DE", year: 2015, verification: "cscse" }],
    overseasExperience: [
      { organisation: "Fraunhofer", country: "DE", role: "researcher", from: "2015-09-01", to: "2022-08-31" },
    ],
    domesticExperience: [
      { organisation: "Example R&D", country: "CN", role: "lead engineer", from: "2022-09-01", to: "2025-09-30" },
    ],
    achievements: [{ kind: "patent", title: "Battery cell cooling", year: 2021, evidenceRef: "EP3999999" }],
    // 10-09, 10-10, 10-11 (make-up Saturday), 10-13, 10-14, 10-15: 6 working days.
    publicity: { from: "2025-10-09", to: "2025-10-15" },
    pledge: true,
  };
}

function screen(change: (p: TalentTitlePayload) => void = () => {}) {
  const payload = application();
  change(payload);
  return screenTalentTitle(payload, ctx);
}

describe("screenTalentTitle: a complete application", () => {
  it("goes to the Shanghai HR bureau under MOHRSS, due on the platform's 20-working-day target", () => {
    const decision = screen();
    expect(decision.status).toBe("under_review");
    expect(decision.agency).toBe("MOHRSS");
    expect(decision.office).toEqual({
      code: "310000",
      name: { "zh-CN": "上海市人力资源和社会保障局", en: "Shanghai Human Resources and Social Security Bureau" },
    });
    expect(decision.due?.date).toBe("2025-11-17");
    expect(decision.due?.provisional).toBe(false);
    expect(decision.due?.basis.en).toContain("not a statutory deadline");
    expect(decision.screening.missingItems).toEqual([]);
  });

  it("counts the years of work, overseas and in all", () => {
    expect(screen().screening.experienceYears).toEqual({ total: 10, overseas: 7 });
  });

  it("cites the measure once among its citations", () => {
    const { citations } = screen().screening;
    expect(citations.filter((c) => c.article === "（十一）")).toHaveLength(1);
    expect(new Set(citations.map((c) => JSON.stringify(c))).size).toBe(citations.length);
  });
});

describe("screenTalentTitle: the green channel", () => {
  it("is open to overseas high-end and to shortage talent of a recognised center", () => {
    for (const category of ["overseas_high_end", "shortage"] as const) {
      const { screening } = screen((p) => {
        p.applicant.talentCategory = category;
      });
      expect(screening.greenChannel.eligible).toBe(true);
      expect(screening.greenChannel.reasons.map((r) => r.code)).toEqual(["green_channel_eligible"]);
      expect(screening.normalRoute).toBeNull();
    }
  });

  it("is closed to other talent, who are screened on the normal route", () => {
    const decision = screen((p) => {
      p.applicant.talentCategory = "other";
    });
    expect(decision.screening.greenChannel.eligible).toBe(false);
    expect(decision.screening.greenChannel.reasons.map((r) => r.code)).toEqual(["talent_category_not_covered"]);
    expect(decision.screening.normalRoute?.route).toBe("step_by_step");
    expect(decision.screening.normalRoute?.seniority).toBe("met");
    expect(decision.screening.relaxedBy).toEqual([]);
    expect(decision.status).toBe("under_review");
  });

  it("is closed when the employer is not a recognised foreign R&D center", () => {
    const { screening } = screen((p) => {
      p.employer.recognizedForeignRdCenter = false;
    });
    expect(screening.greenChannel.eligible).toBe(false);
    expect(screening.greenChannel.reasons.map((r) => r.code)).toEqual(["employer_not_recognized_rd_center"]);
  });

  it("gives every reason when both conditions fail", () => {
    const { screening } = screen((p) => {
      p.applicant.talentCategory = "other";
      p.employer.recognizedForeignRdCenter = false;
    });
    expect(screening.greenChannel.reasons).toHaveLength(2);
  });

  it("waives nothing for an applicant who meets the usual seniority", () => {
    expect(screen().screening.relaxedBy).toEqual([]);
  });

  it("waives the usual years an applicant lacks", () => {
    const { screening, status } = screen((p) => {
      p.education[0] = { degree: "master", institution: "ETH", country: "CH", year: 2016, verification: "cscse" };
      p.domesticExperience = [];
      p.overseasExperience = [
        { organisation: "ETH", country: "CH", role: "engineer", from: "2022-01-01", to: "2025-09-30" },
      ];
    });
    expect(status).toBe("under_review");
    expect(screening.experienceYears.total).toBe(3.7);
    expect(screening.relaxedBy).toHaveLength(1);
    expect(screening.relaxedBy[0]?.en).toContain("Usual seniority and years relaxed");
    expect(screening.findings.map((f) => f.code)).not.toContain("seniority_not_met");
  });
});

describe("screenTalentTitle: applying directly for a senior title", () => {
  const withoutLowerTitle = (p: TalentTitlePayload) => {
    p.currentTitle = undefined;
  };

  it("is allowed on the green channel with at least one achievement", () => {
    const { screening, status } = screen(withoutLowerTitle);
    expect(screening.directSeniorApplication).toBe("allowed");
    expect(status).toBe("under_review");
    expect(screening.relaxedBy.map((t) => t.en)).toEqual([
      expect.stringContaining("Usual seniority and years relaxed"),
      expect.stringContaining("Level-by-level application waived"),
    ]);
  });

  it("is not allowed on the green channel without an achievement: asks for one or the lower title", () => {
    const decision = screen((p) => {
      withoutLowerTitle(p);
      p.achievements = [];
    });
    expect(decision.screening.directSeniorApplication).toBe("not_allowed");
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["achievements"]);
    expect(decision.agency).toBeNull();
    expect(decision.due).toBeNull();
  });

  it("is not allowed off the green channel: flagged for the reviewer, not refused", () => {
    const decision = screen((p) => {
      withoutLowerTitle(p);
      p.employer.recognizedForeignRdCenter = false;
    });
    expect(decision.screening.directSeniorApplication).toBe("not_allowed");
    expect(decision.status).toBe("under_review");
    expect(decision.screening.findings.map((f) => f.code)).toEqual(["direct_senior_not_allowed", "seniority_not_met"]);
    expect(decision.screening.normalRoute?.seniority).toBe("not_met");
    expect(decision.summary.en).toContain("flagged");
  });

  it("is a jump for 正高级 when holding only 中级, not when holding 副高级", () => {
    const jump = screen((p) => {
      p.requestedTitle = { level: "full_senior", name: "正高级工程师" };
    });
    expect(jump.screening.directSeniorApplication).toBe("allowed");
    const stepped = screen((p) => {
      p.requestedTitle = { level: "full_senior", name: "正高级工程师" };
      p.currentTitle = { level: "deputy_senior", name: "高级工程师" };
    });
    expect(stepped.screening.directSeniorApplication).toBe("not_applicable");
  });

  it("does not apply to titles below senior", () => {
    const { screening } = screen((p) => {
      p.requestedTitle = { level: "intermediate", name: "工程师" };
      p.currentTitle = undefined;
      p.achievements = [];
    });
    expect(screening.directSeniorApplication).toBe("not_applicable");
    expect(screening.missingItems).toEqual([]);
  });
});

describe("screenTalentTitle: the normal route", () => {
  function normalRoute(years: { from: string; to: string }) {
    return screen((p) => {
      p.applicant.talentCategory = "other";
      p.education[0] = { degree: "bachelor", institution: "TU", country: "DE", year: 2012, verification: "consular" };
      p.domesticExperience = [];
      p.overseasExperience = [{ organisation: "Lab", country: "DE", role: "engineer", ...years }];
    });
  }

  it("flags seniority short of 5 full years for a bachelor's Senior Engineer, and still sends it for review", () => {
    const decision = normalRoute({ from: "2020-10-01", to: "2025-09-28" });
    expect(decision.screening.experienceYears.total).toBe(4.9);
    expect(decision.status).toBe("under_review");
    expect(decision.screening.normalRoute?.seniority).toBe("not_met");
    const finding = decision.screening.findings.find((f) => f.code === "seniority_not_met");
    expect(finding?.citation.document["zh-CN"]).toContain("人社部发〔2019〕16号");
  });

  it("raises no flag at 5 full years", () => {
    const decision = normalRoute({ from: "2020-10-01", to: "2025-09-30" });
    expect(decision.screening.experienceYears.total).toBe(5);
    expect(decision.screening.normalRoute?.seniority).toBe("met");
    expect(decision.screening.findings).toEqual([]);
  });

  it("states other series generally and does not assess them", () => {
    const { screening } = screen((p) => {
      p.series = "health";
      p.applicant.talentCategory = "other";
    });
    expect(screening.normalRoute?.seniority).toBe("not_assessed");
    expect(screening.normalRequirement.en).toContain('Series "health"');
  });

  it("on the green channel, relaxes other series generally", () => {
    const { screening } = screen((p) => {
      p.series = "natural_science_research";
    });
    expect(screening.relaxedBy.map((t) => t.en)).toEqual([expect.stringContaining("relaxed under the green channel")]);
  });
});

describe("screenTalentTitle: missing items", () => {
  it("lists everything missing at once", () => {
    const decision = screen((p) => {
      p.currentTitle = undefined;
      p.achievements = [];
      p.education.push({ degree: "master", institution: "MIT", country: "US", year: 2012, verification: "apostille" });
      p.applicant.workPermit = { number: "1100002020000999", category: "B", validUntil: "2025-10-19" };
      p.publicity = undefined;
      p.employer.province = "990000";
    });
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual([
      "achievements",
      "education.1.apostilleIssuedOn",
      "applicant.workPermit.validUntil",
      "publicity",
      "employer.province",
    ]);
    expect(decision.summary.en).toContain("5 item(s)");
    expect(decision.office).toBeNull();
  });

  it("asks for a publicity that ends on the filing day to have ended before it", () => {
    const decision = screen((p) => {
      p.publicity = { from: "2025-10-13", to: "2025-10-20" };
    });
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["publicity.to"]);
  });

  it("asks for a longer publicity: 4 working days across the 2025 National Day holiday", () => {
    const four = screen((p) => {
      p.publicity = { from: "2025-09-30", to: "2025-10-11" };
    });
    expect(four.screening.missingItems.map((m) => m.field)).toEqual(["publicity"]);
    const five = screen((p) => {
      p.publicity = { from: "2025-09-30", to: "2025-10-13" };
    });
    expect(five.status).toBe("under_review");
  });

  it("accepts a degree on the applicant's pledge, and asks for proof without it", () => {
    const onPledge = (pledge: boolean) =>
      screen((p) => {
        p.pledge = pledge;
        p.education[0] = { degree: "doctorate", institution: "TU", country: "DE", year: 2015, verification: "pledge" };
      });
    expect(onPledge(true).status).toBe("under_review");
    expect(onPledge(false).screening.missingItems.map((m) => m.field)).toEqual(["education.0.verification"]);
  });

  it("asks for a valid work permit once it has expired", () => {
    const expiry = (validUntil: string) =>
      screen((p) => {
        p.applicant.workPermit = { number: "1100002020000999", category: "A", validUntil };
      });
    expect(expiry("2025-10-20").status).toBe("under_review");
    expect(expiry("2025-10-19").screening.missingItems.map((m) => m.field)).toEqual([
      "applicant.workPermit.validUntil",
    ]);
  });
});
