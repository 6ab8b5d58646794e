import { listPayload } from "@rdc/platform";
import { describe, expect, it } from "vitest";
import { talentTitle } from "./capability";
import {
  EXAMPLE_RECEIVED_ON,
  greenChannelApplication,
  INVALID_EXAMPLES,
  normalRouteApplication,
  VALID_EXAMPLES,
} from "./examples";
import { type TalentTitlePayload, talentTitlePayload } from "./schema";
import { screenTalentTitle } from "./screening";

const ctx = { receivedOn: EXAMPLE_RECEIVED_ON };

function screen(change: (p: TalentTitlePayload) => void = () => {}, base = greenChannelApplication) {
  const payload = structuredClone(base());
  change(payload);
  return screenTalentTitle(payload, ctx);
}
const normal = (change: (p: TalentTitlePayload) => void = () => {}) => screen(change, normalRouteApplication);
const fields = (d: ReturnType<typeof screen>) => d.screening.missingItems.map((m) => m.field);

describe("examples", () => {
  it("the valid bodies pass the schema, the invalid ones do not", () => {
    for (const body of Object.values(VALID_EXAMPLES)) expect(talentTitlePayload.safeParse(body).success).toBe(true);
    for (const [name, body] of Object.entries(INVALID_EXAMPLES))
      expect(talentTitlePayload.safeParse(body).success, name).toBe(false);
  });

  it("the green-channel and normal-route examples go to review", () => {
    expect(screen().status).toBe("under_review");
    expect(screen().screening.greenChannel.eligible).toBe(true);
    expect(normal().status).toBe("under_review");
    expect(normal().screening.normalRoute).toMatchObject({ route: "step_by_step", seniority: "met" });
  });
});

describe("screenTalentTitle: a complete green-channel application", () => {
  it("goes to the Shanghai HR bureau under MOHRSS, due on the platform's 20-working-day target", () => {
    const decision = screen();
    expect(decision).toMatchObject({
      status: "under_review",
      agency: "MOHRSS",
      office: { code: "310000", name: { "zh-CN": "上海市人力资源和社会保障局" } },
    });
    expect(decision.due?.date).toBe("2025-11-17");
    expect(decision.due?.basis.en).toContain("not a statutory deadline");
    expect(decision.screening.missingItems).toEqual([]);
    expect(decision.screening.verdict).toBe("pass");
  });

  it("counts the years of work, overseas and in all", () => {
    expect(screen().screening.experienceYears).toEqual({ total: 7, overseas: 7 });
  });

  it("cites the measure once, by the path that publishes its words, each source by id", () => {
    const { citations, sources } = screen().screening;
    const cited = citations.map((id) => sources[id]);
    const measure = cited.filter((c) => c?.article === "（十一）");
    expect(measure.filter((c) => c?.href === "/v1/measures/M11")).toHaveLength(1);
    expect(measure.filter((c) => c?.quote?.includes("为外资研发中心聘用的海外高端人才"))).toHaveLength(1);
    expect(new Set(citations).size).toBe(citations.length);
  });

  it("builds the trace only when asked", () => {
    expect(screen().trace).toBeUndefined();
    const trace = screenTalentTitle(greenChannelApplication(), { ...ctx, explain: true }).trace ?? [];
    expect(trace.map((t) => t.rule)).toEqual(
      expect.arrayContaining(["talent.green-channel.center", "talent.green-channel.talent", "talent.publicity.period"]),
    );
    for (const entry of trace)
      expect(entry).toMatchObject({ outcome: expect.any(String), citation: expect.any(Object) });
  });
});

describe("screenTalentTitle: the green channel", () => {
  it("is open to overseas high-end and shortage talent of a foreign-invested R&D center", () => {
    for (const category of ["overseas_high_end", "shortage"] as const) {
      const { screening } = screen((p) => {
        p.applicant.talentCategory = category;
      });
      expect(screening.greenChannel.eligible).toBe(true);
      expect(screening.normalRoute).toBeNull();
    }
  });

  it("does not need the center's recognition", () => {
    const decision = screen((p) => {
      p.employer = { ...p.employer, foreignInvested: true, recognizedForeignRdCenter: false };
    });
    expect(decision.screening.greenChannel.eligible).toBe(true);
  });

  it("asks whether the employer is foreign-invested when neither fact says so", () => {
    const decision = screen((p) => {
      p.employer = { ...p.employer, foreignInvested: undefined, recognizedForeignRdCenter: false };
    });
    expect(decision.status).toBe("needs_info");
    expect(fields(decision)).toEqual(["employer.foreignInvested"]);
  });

  it("sends other talent to the normal route, as a route and not a refusal", () => {
    const decision = screen((p) => {
      p.applicant.talentCategory = "other";
    });
    expect(decision.screening.greenChannel.reasons.map((r) => r.code)).toContain("talent.green-channel.talent.not_met");
    expect(decision.screening.findings.find((f) => f.code === "talent.green-channel.talent.not_met")?.severity).toBe(
      "rerouted",
    );
    expect(decision.screening.normalRoute?.route).toBe("step_by_step");
    expect(decision.screening.relaxedBy).toEqual([]);
    expect(decision.status).toBe("under_review");
  });

  it("waives the usual years an applicant lacks, without asking for the title date", () => {
    const { screening, status } = screen((p) => {
      p.currentTitle = { level: "intermediate", name: "工程师" };
    });
    expect(status).toBe("under_review");
    expect(screening.relaxedBy[0]?.en).toContain("Usual seniority and years relaxed");
    expect(screening.missingItems).toEqual([]);
  });
});

describe("screenTalentTitle: the normal route's seniority (years after obtaining the lower title)", () => {
  const obtained = (obtainedOn: string | undefined) =>
    normal((p) => {
      p.currentTitle = { level: "intermediate", name: "工程师", ...(obtainedOn ? { obtainedOn } : {}) };
    });

  it("5 years after obtaining 工程师 minus one day is flagged; exactly 5 years is met", () => {
    const short = obtained("2020-10-21");
    expect(short.status).toBe("under_review");
    expect(short.screening.normalRoute?.seniority).toBe("not_met");
    const flag = short.screening.findings.find((f) => f.code === "talent.seniority.not_met");
    expect(flag?.severity).toBe("flagged");
    const { sources, documents } = short.screening;
    expect(documents[sources[flag?.source ?? ""]?.document ?? ""]?.["zh-CN"]).toContain("人社部发〔2019〕16号");
    expect(short.summary.en).toContain("flagged");
    const full = obtained("2020-10-20");
    expect(full.screening.normalRoute?.seniority).toBe("met");
    expect(full.screening.findings.filter((f) => f.severity === "flagged")).toEqual([]);
  });

  it("without currentTitle.obtainedOn the seniority is undetermined and asked for, never met", () => {
    const decision = obtained(undefined);
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.normalRoute?.seniority).toBe("undetermined");
    expect(fields(decision)).toEqual(["currentTitle.obtainedOn"]);
  });

  it("states other series generally and does not assess them", () => {
    const { screening, status } = normal((p) => {
      p.series = "health";
    });
    expect(status).toBe("under_review");
    expect(screening.normalRoute?.seniority).toBe("not_assessed");
    expect(screening.normalRequirement.en).toContain('Series "health"');
  });
});

describe("screenTalentTitle: applying directly for a senior title", () => {
  const withoutLowerTitle = (p: TalentTitlePayload) => {
    p.currentTitle = undefined;
  };

  it("is allowed on the green channel with an achievement", () => {
    const { screening, status } = screen(withoutLowerTitle);
    expect(screening.directSeniorApplication).toBe("allowed");
    expect(status).toBe("under_review");
    expect(screening.relaxedBy.map((t) => t.en)).toEqual([
      expect.stringContaining("Usual seniority and years relaxed"),
      expect.stringContaining("Level-by-level application waived"),
    ]);
  });

  it("asks for an achievement or the lower title on the green channel without one", () => {
    const decision = screen((p) => {
      withoutLowerTitle(p);
      p.achievements = [];
    });
    expect(decision.status).toBe("needs_info");
    expect(fields(decision)).toEqual(["achievements"]);
  });

  it("is flagged, not refused, off the green channel (Order 40 第十四条)", () => {
    const decision = normal(withoutLowerTitle);
    expect(decision.status).toBe("under_review");
    const flagged = decision.screening.findings.filter((f) => f.severity === "flagged");
    expect(flagged.map((f) => f.code)).toEqual(["talent.seniority.not_met", "talent.direct-senior.not_met"]);
    expect(decision.screening.sources[flagged[1]?.source ?? ""]?.article).toBe("第十四条");
  });
});

describe("screenTalentTitle: missing items", () => {
  it("lists everything missing at once, in order", () => {
    const decision = screen((p) => {
      p.currentTitle = undefined;
      p.achievements = [];
      p.education.push({ degree: "master", institution: "MIT", country: "US", year: 2012, verification: "apostille" });
      p.applicant.workPermit = { number: "1100002020000999", category: "B", validUntil: "2025-10-19" };
      p.publicity = undefined;
      p.employer.province = "990000";
    });
    expect(decision.status).toBe("needs_info");
    expect(fields(decision)).toEqual([
      "achievements",
      "education.1.apostilleIssuedOn",
      "applicant.workPermit.validUntil",
      "publicity",
      "employer.province",
    ]);
    expect(decision.summary.en).toContain("5 item(s)");
    expect(decision.office).toBeNull();
  });

  it("publicity ending on the filing day is asked to have ended before it; the day before passes", () => {
    const on = screen((p) => {
      p.publicity = { from: "2025-10-13", to: "2025-10-20" };
    });
    expect(fields(on)).toEqual(["publicity.to"]);
    const before = screen((p) => {
      p.publicity = { from: "2025-10-13", to: "2025-10-19" };
    });
    expect(before.status).toBe("under_review");
  });

  it("4 working days of publicity are too few, 5 enough (2025 National Day holiday)", () => {
    const four = screen((p) => {
      p.publicity = { from: "2025-09-30", to: "2025-10-11" };
    });
    expect(fields(four)).toEqual(["publicity"]);
    expect(four.screening.missingItems[0]?.message.en).toContain("lasted 4 working days");
    const five = screen((p) => {
      p.publicity = { from: "2025-09-30", to: "2025-10-13" };
    });
    expect(five.status).toBe("under_review");
  });

  it("an apostille from a party state certifies from that state's entry into force with China", () => {
    const apostille = (country: string, apostilleIssuedOn: string) =>
      screen((p) => {
        p.education = [
          {
            degree: "doctorate",
            institution: "Uni",
            country,
            year: 2015,
            verification: "apostille",
            apostilleIssuedOn,
          },
        ];
      });
    expect(fields(apostille("CA", "2024-01-10"))).toEqual(["education.0.verification"]);
    expect(apostille("CA", "2024-01-11").status).toBe("under_review");
    expect(fields(apostille("DE", "2023-11-06"))).toEqual(["education.0.verification"]);
    expect(apostille("DE", "2023-11-07").status).toBe("under_review");
    expect(fields(apostille("IN", "2025-01-01"))).toEqual(["education.0.verification"]);
  });

  it("accepts an uncertified degree on the applicant's pledge, and asks for proof without it", () => {
    const onPledge = (pledge: boolean) =>
      screen((p) => {
        p.pledge = pledge;
        p.education = [{ degree: "doctorate", institution: "TU", country: "DE", year: 2015, verification: "pledge" }];
      });
    expect(onPledge(true).status).toBe("under_review");
    expect(fields(onPledge(false))).toEqual(["education.0.verification"]);
  });

  it("asks for a valid work permit once it has expired, not of Hong Kong residents", () => {
    const expiry = (validUntil: string) =>
      screen((p) => {
        p.applicant.workPermit = { number: "1100002020000999", category: "A", validUntil };
      });
    expect(expiry("2025-10-20").status).toBe("under_review");
    expect(fields(expiry("2025-10-19"))).toEqual(["applicant.workPermit.validUntil"]);
    const hk = screen((p) => {
      p.applicant.nationality = "HK";
      p.applicant.workPermit = undefined;
    });
    expect(hk.status).toBe("under_review");
  });
});

describe("masking for lists (core's one policy, driven by the schema's personal() marks)", () => {
  it("shows the name as initials, document numbers as * and their last 3, no birth date, the rest unchanged", () => {
    const payload = greenChannelApplication();
    const masked = listPayload(talentTitle, payload) as TalentTitlePayload;
    expect(masked.applicant.fullName).toBe("A. S.");
    expect(masked.applicant.passportNumber).toBe("*T47");
    expect(masked.applicant.workPermit?.number).toBe("*123");
    expect(masked.applicant).not.toHaveProperty("birthDate");
    const { fullName: _n, passportNumber: _p, birthDate: _b, workPermit, ...rest } = payload.applicant;
    expect(masked).toEqual({
      ...payload,
      applicant: { ...rest, fullName: "A. S.", passportNumber: "*T47", workPermit: { ...workPermit, number: "*123" } },
    });
    expect(masked.employer.uscc).toBe(payload.employer.uscc);
    expect(payload.applicant.passportNumber).toBe("C01X00T47");
  });
});
