/** 国科发火〔2016〕32号 第十一条 and the Work Guidelines, tested from the text on both sides of every line. */
import { describe, expect, it } from "vitest";
import { text } from "../i18n";
import type { LegalForm } from "../import-tax/legal-form";
import { fact, type RuleContext } from "../rules";
import type { HighTechFactReaders } from "./facts";
import { CERTIFICATE_VALIDITY_YEARS, INNOVATION_SCORE_ABOVE, PREFERENTIAL_EIT_RATE_PERCENT } from "./parameters";
import { highTechRecognition } from "./recognition";

interface Applicant {
  legalForm?: LegalForm;
  registeredOn?: string;
  ownsCoreIp?: boolean;
  inSupportedField?: boolean;
  totalStaff?: number;
  sciTechStaff?: number;
  latestYearRevenueCny?: number;
  rdSpendLast3YearsCny?: number;
  salesLast3YearsCny?: number;
  rdSpendInChinaLast3YearsCny?: number;
  highTechIncomeCny?: number;
  totalIncomeCny?: number;
  innovationScore?: number;
  majorIncidentLastYear?: boolean;
}

const KEYS = [
  "legalForm",
  "registeredOn",
  "ownsCoreIp",
  "inSupportedField",
  "totalStaff",
  "sciTechStaff",
  "latestYearRevenueCny",
  "rdSpendLast3YearsCny",
  "salesLast3YearsCny",
  "rdSpendInChinaLast3YearsCny",
  "highTechIncomeCny",
  "totalIncomeCny",
  "innovationScore",
  "majorIncidentLastYear",
] as const;
const READERS = Object.fromEntries(
  KEYS.map((k) => [k, fact<Applicant, unknown>(`applicant.${k}`, text(k, k), (a) => a[k])]),
) as unknown as HighTechFactReaders<Applicant>;
const RECOGNITION = highTechRecognition(READERS);

const AS_OF = "2025-06-01";
/** Exactly on every line, revenue in the lowest band. */
const ON_THE_LINE: Required<Applicant> = {
  legalForm: "independent_legal_entity",
  registeredOn: "2024-06-01", // exactly one year (365 days) before AS_OF
  ownsCoreIp: true,
  inSupportedField: true,
  totalStaff: 100,
  sciTechStaff: 10,
  latestYearRevenueCny: 50_000_000,
  rdSpendLast3YearsCny: 5_000_000,
  salesLast3YearsCny: 100_000_000,
  rdSpendInChinaLast3YearsCny: 3_000_000,
  highTechIncomeCny: 60_000_000,
  totalIncomeCny: 100_000_000,
  innovationScore: 71,
  majorIncidentLastYear: false,
};
const run = (facts: Applicant, asOf = AS_OF, explain = false) =>
  RECOGNITION({ subject: facts, asOf, explain } satisfies RuleContext<Applicant>);
const outcome = (change: Applicant, asOf?: string) => run({ ...ON_THE_LINE, ...change }, asOf).outcome;

describe("第十一条: all conditions at once", () => {
  it("is recognised exactly on every line", () => {
    expect(outcome({})).toBe("eligible");
  });

  it("lists every fact of an empty applicant", () => {
    const result = run({});
    expect(result.outcome).toBe("undetermined");
    expect([...result.missingFacts].sort()).toEqual(KEYS.map((k) => `applicant.${k}`).sort());
  });

  it("is not recognised on one failed condition, whatever else is missing", () => {
    const result = run({ majorIncidentLastYear: true });
    expect(result.outcome).toBe("ineligible");
    expect(result.missingFacts).toEqual([]);
  });
});

describe("第二条: a resident enterprise", () => {
  it.each(["branch", "internal_department"] as const)("a %s cannot be recognised on its own", (legalForm) => {
    expect(outcome({ legalForm })).toBe("ineligible");
  });
});

describe("（一）注册成立一年以上 = 365个日历天数以上 (Work Guidelines)", () => {
  it("registered exactly one year (365 days) before: met; the day after that date: not", () => {
    expect(outcome({ registeredOn: "2024-06-01" })).toBe("eligible");
    expect(outcome({ registeredOn: "2024-06-02" })).toBe("ineligible");
  });

  it("counts days, not calendar years: across 29 February, 365 days come a day before the anniversary", () => {
    expect(outcome({ registeredOn: "2023-06-01" }, "2024-05-30")).toBe("ineligible"); // 364 days
    expect(outcome({ registeredOn: "2023-06-01" }, "2024-05-31")).toBe("eligible"); // 365 days
  });
});

describe("（四）科技人员 ≥ 10 % (不低于)", () => {
  it("at the line is met, below it is not", () => {
    expect(outcome({ sciTechStaff: 100, totalStaff: 1000 })).toBe("eligible");
    expect(outcome({ sciTechStaff: 99, totalStaff: 1000 })).toBe("ineligible");
    expect(outcome({ sciTechStaff: 0, totalStaff: 0 })).toBe("ineligible");
  });
});

describe("（五）R&D intensity by the band of 最近一年销售收入", () => {
  const share = (revenue: number, rd: number) =>
    outcome({
      latestYearRevenueCny: revenue,
      rdSpendLast3YearsCny: rd,
      salesLast3YearsCny: 10_000,
      rdSpendInChinaLast3YearsCny: rd,
    });

  it("exactly 5,000万元 is in the first band (（含）): 5 %", () => {
    expect(share(50_000_000, 500)).toBe("eligible");
    expect(share(50_000_000, 499)).toBe("ineligible");
  });

  it("one yuan over 5,000万元 is in the second band: 4 %", () => {
    expect(share(50_000_001, 400)).toBe("eligible");
    expect(share(50_000_001, 399)).toBe("ineligible");
  });

  it("exactly 2亿元 is still in the second band (（含）): 4 %", () => {
    expect(share(200_000_000, 400)).toBe("eligible");
    expect(share(200_000_000, 399)).toBe("ineligible");
  });

  it("one yuan over 2亿元 is in the third band: 3 %", () => {
    expect(share(200_000_001, 300)).toBe("eligible");
    expect(share(200_000_001, 299)).toBe("ineligible");
  });

  it("decides without the revenue only when every band agrees", () => {
    const without = (rd: number) =>
      run({
        ...ON_THE_LINE,
        latestYearRevenueCny: undefined,
        rdSpendLast3YearsCny: rd,
        salesLast3YearsCny: 10_000,
        rdSpendInChinaLast3YearsCny: rd,
      });
    expect(without(500).outcome).toBe("eligible");
    expect(without(299).outcome).toBe("ineligible");
    expect(without(400).outcome).toBe("undetermined");
    expect(without(400).missingFacts).toEqual(["applicant.latestYearRevenueCny"]);
  });
});

describe("（五）其中 R&D in China ≥ 60 % and （六）high-tech income ≥ 60 % (不低于)", () => {
  it("R&D in China: at the line met, below not", () => {
    expect(outcome({ rdSpendInChinaLast3YearsCny: 3_000_000, rdSpendLast3YearsCny: 5_000_000 })).toBe("eligible");
    expect(outcome({ rdSpendInChinaLast3YearsCny: 2_999_999, rdSpendLast3YearsCny: 5_000_000 })).toBe("ineligible");
  });

  it("high-tech income: at the line met, below not", () => {
    expect(outcome({ highTechIncomeCny: 60_000_000 })).toBe("eligible");
    expect(outcome({ highTechIncomeCny: 59_999_999 })).toBe("ineligible");
  });
});

describe("（七）innovation capability: 70分以上（不含70分）", () => {
  it("70 fails, 71 passes", () => {
    expect(INNOVATION_SCORE_ABOVE.versions[0]?.value).toBe(70);
    expect(outcome({ innovationScore: 70 })).toBe("ineligible");
    expect(outcome({ innovationScore: 71 })).toBe("eligible");
    expect(outcome({ innovationScore: 69 })).toBe("ineligible");
  });

  it("says so in its reason", () => {
    const reason = run({ ...ON_THE_LINE, innovationScore: 70 }).reasons[0];
    expect(reason?.code).toBe("high-tech-enterprise.innovation-score.not_met");
    expect(reason?.message["zh-CN"]).toContain("70分以上（不含70分）");
    expect(reason?.citation.article).toBe("第十条");
  });
});

describe("（二）（三）（八）yes/no conditions", () => {
  it.each([
    ["core IP", { ownsCoreIp: false }],
    ["supported field", { inSupportedField: false }],
    ["major incident", { majorIncidentLastYear: true }],
  ])("fails on %s", (_, change) => {
    expect(outcome(change)).toBe("ineligible");
  });
});

describe("dates", () => {
  it("cannot decide before 2016-01-01, under the 2008 measures it does not encode", () => {
    const before = run({ ...ON_THE_LINE, registeredOn: "2014-01-01" }, "2015-12-31");
    expect(before.outcome).toBe("undetermined");
    expect(before.reasons.map((r) => r.code)).toEqual(["high-tech-enterprise.rules.not_encoded"]);
    expect(outcome({ registeredOn: "2014-01-01" }, "2016-01-01")).toBe("eligible");
  });

  it("keeps the certificate's validity and the reduced rate as dated figures", () => {
    expect(CERTIFICATE_VALIDITY_YEARS.versions[0]).toMatchObject({ from: "2016-01-01", value: 3 });
    expect(PREFERENTIAL_EIT_RATE_PERCENT.versions[0]).toMatchObject({ from: "2008-01-01", value: 15 });
  });
});

describe("explanations", () => {
  it("traces every condition with its article and the figures in force", () => {
    const { trace } = run(ON_THE_LINE, AS_OF, true);
    expect(trace[0]?.rule).toBe("high-tech-enterprise.rules");
    const byRule = Object.fromEntries(trace.map((t) => [t.rule, t]));
    expect(byRule["high-tech-enterprise.rd-intensity"]?.citation.article).toBe("第十一条第（五）项");
    expect(byRule["high-tech-enterprise.registered-one-year"]?.parameters[0]?.value).toBe(365);
    expect(byRule["high-tech-enterprise.innovation-score"]?.inputs).toEqual({ "applicant.innovationScore": 71 });
  });
});
