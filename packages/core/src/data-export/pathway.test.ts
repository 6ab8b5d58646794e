/**
 * The pathway rules, from the texts: Decree 11 Art. 4 (2022-09-01), Decree 13
 * Art. 4 (2023-06-01), Decree 16 Arts. 2–9 (2024-03-22), Decree 20
 * (2026-01-01), HGR Regulations Art. 28. Every threshold at, below and above
 * its line; every date on either side of a change.
 */
import { describe, expect, it } from "vitest";
import type { DataExportFacts, ExporterFacts, TransferFacts } from "./facts";
import { CITATIONS as DATA_EXPORT_CITATIONS } from "./instruments";
import { determineDataExportPathway } from "./pathway";

const IN_2025 = "2025-06-02";

function facts(transfer: Partial<TransferFacts> = {}, exporter: Partial<ExporterFacts> = {}): DataExportFacts {
  return {
    exporter: { isCiio: false, freeTradeZone: null, province: "310000", ...exporter },
    transfer: {
      date: IN_2025,
      exemptionGrounds: [],
      containsPersonalInfo: true,
      cumulative: { nonSensitiveSubjects: 0, sensitiveSubjects: 0 },
      processorTotalSubjects: 10_000,
      importantData: { present: false, notifiedByAuthority: false },
      humanGeneticResources: { present: false },
      recipients: [{ name: "Parent GmbH", country: "DE", foreignControlled: true }],
      ...transfer,
    },
  };
}

function counts(nonSensitiveSubjects: number, sensitiveSubjects: number, totalSubjects?: number) {
  return {
    cumulative: { nonSensitiveSubjects, sensitiveSubjects, ...(totalSubjects === undefined ? {} : { totalSubjects }) },
  };
}

function sorted(paths: readonly string[]): string[] {
  return [...paths].sort();
}

describe("Decree 16 volumes (from 2024-03-22, counted since 1 January of the current year)", () => {
  it.each([
    [99_999, "exempt", "small_volume"],
    [100_000, "standard_contract_or_certification", null],
    [999_999, "standard_contract_or_certification", null],
    [1_000_000, "security_assessment", null],
  ])("non-sensitive PI of %i individuals → %s", (n, pathway, ground) => {
    const result = determineDataExportPathway(facts(counts(n, 0)));
    expect(result.outcome).toBe("eligible");
    expect(result.pathway).toBe(pathway);
    expect(result.exemption?.ground ?? null).toBe(ground);
  });

  it.each([
    [0, "exempt"],
    [1, "standard_contract_or_certification"],
    [9_999, "standard_contract_or_certification"],
    [10_000, "security_assessment"],
  ])("sensitive PI of %i individuals → %s", (n, pathway) => {
    expect(determineDataExportPathway(facts(counts(0, n))).pathway).toBe(pathway);
  });

  it("cites Art. 5(4) for the small-volume exemption, Art. 8 for the band, Art. 7(2) above it", () => {
    expect(determineDataExportPathway(facts(counts(99_999, 0))).exemption?.citation.article).toBe(
      "第五条第一款第（四）项",
    );
    const band = determineDataExportPathway(facts(counts(100_000, 0)));
    expect(band.reasons.map((r) => r.citation.article)).toContain("第八条");
    const over = determineDataExportPathway(facts(counts(1_000_000, 0)));
    expect(over.reasons.map((r) => r.code)).toContain("decree16.assessment.personal_info_volume");
  });

  it("counts from 1 January of the current year and gives a passed assessment 3 years", () => {
    const result = determineDataExportPathway(facts(counts(1_000_000, 0)));
    expect(result.regime).toBe("CAC-2024");
    expect(result.countingWindow).toMatchObject({ from: "2025-01-01", to: IN_2025 });
    expect(result.validity?.years).toBe(3);
    expect(result.routesAvailable.map((r) => r.route)).toEqual(["security_assessment"]);
  });

  it("a CIIO sending one person's PI needs an assessment, without waiting for the counts", () => {
    const result = determineDataExportPathway(
      facts({ cumulative: undefined, processorTotalSubjects: undefined, importantData: undefined }, { isCiio: true }),
    );
    expect(result.pathway).toBe("security_assessment");
    expect(result.outcome).toBe("eligible");
    expect(result.missingFacts).toEqual([]);
    expect(result.reasons.map((r) => r.citation.article)).toContain("第七条第（一）项");
  });

  it("a CIIO sending neither PI nor important data needs no procedure", () => {
    const result = determineDataExportPathway(facts({ containsPersonalInfo: false, cumulative: {} }, { isCiio: true }));
    expect(result.pathway).toBe("exempt");
    expect(result.exemption?.ground).toBe("no_regulated_data");
  });
});

describe("important data (Decree 16 Art. 2: only once notified or announced)", () => {
  it("notified important data needs an assessment, even with no PI", () => {
    const result = determineDataExportPathway(
      facts({ containsPersonalInfo: false, importantData: { present: true, notifiedByAuthority: true } }),
    );
    expect(result.pathway).toBe("security_assessment");
  });

  it("data never notified is not treated as important data, and the result says why", () => {
    const result = determineDataExportPathway(
      facts({ containsPersonalInfo: false, importantData: { present: true, notifiedByAuthority: false } }),
    );
    expect(result.pathway).toBe("exempt");
    expect(result.exemption?.ground).toBe("no_regulated_data");
    expect(result.reasons.map((r) => r.code)).toContain("dataExport.importantData.notNotified");
  });

  it("on 2024-03-21 (Decree 11) the exporter's own important data counts without notice; on 2024-03-22 it does not", () => {
    const unnotified = { containsPersonalInfo: false, importantData: { present: true, notifiedByAuthority: false } };
    expect(determineDataExportPathway(facts({ ...unnotified, date: "2024-03-21" })).pathway).toBe(
      "security_assessment",
    );
    expect(determineDataExportPathway(facts({ ...unnotified, date: "2024-03-22" })).pathway).toBe("exempt");
  });

  it("cites Decree 790 Art. 37 for the notice rule from 2025-01-01", () => {
    const important = { importantData: { present: true, notifiedByAuthority: false } };
    const before = determineDataExportPathway(facts({ ...important, date: "2024-12-31" }));
    const after = determineDataExportPathway(facts({ ...important, date: "2025-01-01" }));
    const notice = (r: typeof before) => r.reasons.find((x) => x.code === "dataExport.importantData.notNotified");
    expect(notice(before)?.citation.article).toBe("第二条");
    expect(notice(after)?.citation.article).toBe("第三十七条");
  });
});

describe("Decree 16 exemptions (Arts. 3–6) come first", () => {
  it.each([
    ["contract_necessity", "第五条第一款第（一）项"],
    ["cross_border_hr", "第五条第一款第（二）项"],
    ["emergency", "第五条第一款第（三）项"],
    ["collected_abroad_returned", "第四条"],
  ] as const)("%s exempts even 2,000,000 individuals' PI (%s)", (ground, article) => {
    const result = determineDataExportPathway(facts({ exemptionGrounds: [ground], ...counts(2_000_000, 50_000) }));
    expect(result.pathway).toBe("exempt");
    expect(result.exemption).toMatchObject({ ground, citation: { article } });
  });

  it("a CIIO's claimed contract necessity prevails over Art. 7(1)", () => {
    const result = determineDataExportPathway(facts({ exemptionGrounds: ["contract_necessity"] }, { isCiio: true }));
    expect(result.pathway).toBe("exempt");
  });

  it("Art. 3 exempts trade or research data without PI, not data with PI", () => {
    const ground = { exemptionGrounds: ["no_personal_info_trade_or_research"] as const };
    const without = determineDataExportPathway(facts({ ...ground, containsPersonalInfo: false }));
    expect(without.exemption).toMatchObject({
      ground: "no_personal_info_trade_or_research",
      citation: { article: "第三条" },
    });
    const withPi = determineDataExportPathway(facts({ ...ground, ...counts(200_000, 0) }));
    expect(withPi.pathway).toBe("standard_contract_or_certification");
  });

  it("an exemption does not cover notified important data (Art. 5, last paragraph)", () => {
    const result = determineDataExportPathway(
      facts({ exemptionGrounds: ["contract_necessity"], importantData: { present: true, notifiedByAuthority: true } }),
    );
    expect(result.pathway).toBe("security_assessment");
  });

  it("Art. 5(4) is for a non-CIIO only", () => {
    expect(determineDataExportPathway(facts(counts(5, 0), { isCiio: true })).pathway).toBe("security_assessment");
  });

  it("Art. 6: a free-trade-zone exporter sending data off the negative list is exempt; on the list, the normal rules apply", () => {
    const big = counts(2_000_000, 0);
    const off = determineDataExportPathway(
      facts(big, { freeTradeZone: { zone: "Shanghai", dataOnNegativeList: false } }),
    );
    expect(off.exemption).toMatchObject({ ground: "free_trade_zone", citation: { article: "第六条" } });
    const on = determineDataExportPathway(
      facts(big, { freeTradeZone: { zone: "Shanghai", dataOnNegativeList: true } }),
    );
    expect(on.pathway).toBe("security_assessment");
  });

  it("on 2024-03-21 there are no exemptions yet: a claimed ground changes nothing", () => {
    const claim = { exemptionGrounds: ["contract_necessity"] as const, ...counts(150_000, 0) };
    expect(determineDataExportPathway(facts({ ...claim, date: "2024-03-21" })).pathway).toBe("security_assessment");
    expect(determineDataExportPathway(facts({ ...claim, date: "2024-03-22" })).pathway).toBe("exempt");
  });
});

describe("Decree 11 (2022-09-01 to 2024-03-21, counted since 1 January of the previous year)", () => {
  const on = (date: string, transfer: Partial<TransferFacts> = {}, exporter: Partial<ExporterFacts> = {}) =>
    determineDataExportPathway(facts({ date, ...transfer }, exporter));

  it("no regime before 2022-09-01; Decree 11 from that day", () => {
    const before = on("2022-08-31");
    expect(before).toMatchObject({ regime: null, pathway: null, outcome: "ineligible", countingWindow: null });
    expect(before.reasons[0]?.code).toBe("dataExport.noRegime");
    expect(on("2022-09-01").regime).toBe("CAC-2022");
  });

  it.each([
    [99_999, "standard_contract_or_certification"],
    [100_000, "security_assessment"],
  ])("%i people's PI since the previous year → %s", (n, pathway) => {
    expect(on("2023-09-01", counts(n, 0)).pathway).toBe(pathway);
  });

  it.each([
    [9_999, "standard_contract_or_certification"],
    [10_000, "security_assessment"],
  ])("%i people's sensitive PI → %s", (n, pathway) => {
    expect(on("2023-09-01", counts(0, n)).pathway).toBe(pathway);
  });

  it.each([
    [999_999, "standard_contract_or_certification"],
    [1_000_000, "security_assessment"],
  ])("a processor handling %i people's PI → %s", (n, pathway) => {
    expect(on("2023-09-01", { ...counts(10, 0), processorTotalSubjects: n }).pathway).toBe(pathway);
  });

  it("counts all PI: when the two counts may overlap across the line, it asks for the total", () => {
    const open = on("2023-09-01", counts(95_000, 9_000));
    expect(open.outcome).toBe("undetermined");
    expect(open.missingFacts).toEqual(["transfer.cumulative.totalSubjects"]);
    expect(on("2023-09-01", counts(95_000, 9_000, 99_999)).pathway).toBe("standard_contract_or_certification");
    expect(on("2023-09-01", counts(95_000, 9_000, 100_000)).pathway).toBe("security_assessment");
  });

  it("a CIIO sending PI needs an assessment, whatever else is unknown", () => {
    const result = on(
      "2023-09-01",
      {
        cumulative: undefined,
        processorTotalSubjects: undefined,
        importantData: undefined,
        exemptionGrounds: undefined,
      },
      { freeTradeZone: undefined, isCiio: true },
    );
    expect(result).toMatchObject({ pathway: "security_assessment", outcome: "eligible", missingFacts: [] });
  });

  it("2024-03-21 vs 2024-03-22: 150,000 non-sensitive individuals, window and validity change", () => {
    const before = on("2024-03-21", counts(150_000, 0));
    const after = on("2024-03-22", counts(150_000, 0));
    expect(before).toMatchObject({ regime: "CAC-2022", pathway: "security_assessment", validity: { years: 2 } });
    expect(before.countingWindow).toMatchObject({ from: "2023-01-01", to: "2024-03-21" });
    expect(after).toMatchObject({ regime: "CAC-2024", pathway: "standard_contract_or_certification", validity: null });
    expect(after.countingWindow).toMatchObject({ from: "2024-01-01", to: "2024-03-22" });
  });

  it("2023-05-31 vs 2023-06-01: the standard contract opens with Decree 13; certification stood on PIPL Art. 38", () => {
    const before = on("2023-05-31", counts(50_000, 0));
    const after = on("2023-06-01", counts(50_000, 0));
    expect(before.pathway).toBe("standard_contract_or_certification");
    expect(before.routesAvailable.map((r) => r.route)).toEqual(["certification"]);
    expect(before.routesAvailable[0]?.citation.article).toBe("第三十八条第一款第（二）项");
    expect(before.reasons.map((r) => r.citation.article)).toContain("第三十八条第一款");
    expect(after.routesAvailable.map((r) => r.route)).toEqual(["standard_contract", "certification"]);
    expect(after.reasons.map((r) => r.citation.article)).toContain("第四条");
  });
});

describe("certification rules (Decree 20 from 2026-01-01)", () => {
  it("cites PIPL Art. 38 on 2025-12-31 and Decree 20 on 2026-01-01", () => {
    const route = (date: string) =>
      determineDataExportPathway(facts({ date, ...counts(200_000, 0) })).routesAvailable.find(
        (r) => r.route === "certification",
      );
    expect(route("2025-12-31")?.citation.inForceFrom).toBe("2021-11-01");
    expect(route("2026-01-01")?.citation.inForceFrom).toBe("2026-01-01");
  });
});

describe("missing facts: undetermined with exactly the facts that could change the answer", () => {
  it("unknown counts", () => {
    const result = determineDataExportPathway(facts({ cumulative: {} }));
    expect(result).toMatchObject({ outcome: "undetermined", pathway: null });
    expect(sorted(result.missingFacts)).toEqual([
      "transfer.cumulative.nonSensitiveSubjects",
      "transfer.cumulative.sensitiveSubjects",
    ]);
  });

  it("unknown whether PI is sent, in the standard-contract band", () => {
    const result = determineDataExportPathway(facts({ containsPersonalInfo: undefined, ...counts(500_000, 0) }));
    expect(result.missingFacts).toEqual(["transfer.containsPersonalInfo"]);
  });

  it("a CIIO with PI under Decree 16 still needs to know the exemption grounds and the free-trade zone", () => {
    const result = determineDataExportPathway(
      facts({ exemptionGrounds: undefined, cumulative: undefined }, { isCiio: true, freeTradeZone: undefined }),
    );
    expect(result.pathway).toBeNull();
    expect(sorted(result.missingFacts)).toEqual(["exporter.freeTradeZone", "transfer.exemptionGrounds"]);
  });

  it("no PI and no important data is exempt whatever grounds or zone", () => {
    const result = determineDataExportPathway(
      facts(
        { containsPersonalInfo: false, exemptionGrounds: undefined, cumulative: undefined },
        { freeTradeZone: undefined, isCiio: undefined },
      ),
    );
    expect(result).toMatchObject({ outcome: "eligible", pathway: "exempt", missingFacts: [] });
  });

  it("unknown important data blocks the small-volume exemption", () => {
    const result = determineDataExportPathway(facts({ importantData: undefined, ...counts(50_000, 0) }));
    expect(result.missingFacts).toEqual(["transfer.importantData"]);
  });
});

describe("human genetic resources (HGR Regulations Art. 28)", () => {
  const hgr = (genomeSubjects: number | undefined, date = IN_2025, country = "DE") =>
    determineDataExportPathway(
      facts({
        date,
        humanGeneticResources: { present: true, ...(genomeSubjects === undefined ? {} : { genomeSubjects }) },
        recipients: [{ name: "Lab", country, foreignControlled: true }],
      }),
    );
  const codes = (r: ReturnType<typeof hgr>) => r.additionalObligations.map((o) => o.code);

  it("filing and backup, and a security review where it may affect public health or security", () => {
    expect(codes(hgr(10))).toEqual(["hgr.filing_and_backup", "hgr.security_review.if_affecting_security"]);
  });

  it.each([
    [500, "hgr.security_review.if_affecting_security"],
    [501, "hgr.security_review.genome"],
  ])("exome/genome data of %i people → %s", (n, review) => {
    const result = hgr(n);
    expect(codes(result)).toContain(review);
    expect(result.citations.includes(DATA_EXPORT_CITATIONS.hgrGenomeReview)).toBe(n > 500);
  });

  it("the regulator is MOST until 2024-04-30 and the National Health Commission from 2024-05-01", () => {
    expect(hgr(10, "2024-04-30").additionalObligations[0]?.authority.en).toBe("Ministry of Science and Technology");
    expect(hgr(10, "2024-05-01").additionalObligations[0]?.authority.en).toBe("National Health Commission");
  });

  it("applies to a foreign-controlled recipient in China, not to a domestic one", () => {
    expect(codes(hgr(10, IN_2025, "CN"))).toContain("hgr.filing_and_backup");
    const domestic = determineDataExportPathway(
      facts({
        humanGeneticResources: { present: true, genomeSubjects: 10 },
        recipients: [{ name: "Lab", country: "CN", foreignControlled: false }],
      }),
    );
    expect(domestic.additionalObligations).toEqual([]);
  });

  it("unknown HGR facts leave the result open but not the pathway", () => {
    const unknownHgr = determineDataExportPathway(facts({ humanGeneticResources: undefined }));
    expect(unknownHgr).toMatchObject({ pathway: "exempt", outcome: "undetermined" });
    expect(unknownHgr.missingFacts).toEqual(["transfer.humanGeneticResources"]);
    const unknownRecipients = determineDataExportPathway(
      facts({ humanGeneticResources: { present: true }, recipients: undefined }),
    );
    expect(unknownRecipients.missingFacts).toEqual(["transfer.recipients"]);
    const unknownGenome = hgr(undefined);
    expect(unknownGenome.missingFacts).toEqual(["transfer.humanGeneticResources.genomeSubjects"]);
    expect(codes(unknownGenome)).toEqual(["hgr.filing_and_backup", "hgr.security_review.if_affecting_security"]);
  });
});

describe("explanations", () => {
  it("every reason, trace entry and citation carries a citation with a date", () => {
    const result = determineDataExportPathway(facts(counts(100_000, 0)));
    expect(result.trace.length).toBeGreaterThan(1);
    for (const c of [
      ...result.citations,
      ...result.trace.map((t) => t.citation),
      ...result.reasons.map((r) => r.citation),
    ]) {
      expect(c.inForceFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(result.trace.find((t) => t.rule === "decree16.standard_contract_or_certification")?.parameters).toHaveLength(
      3,
    );
  });

  it("builds the same answer without the trace when none is asked for, and traces again afterwards", () => {
    const input = facts(counts(100_000, 0));
    const traced = determineDataExportPathway(input);
    const plain = determineDataExportPathway(input, { explain: false });
    expect(plain.trace).toEqual([]);
    expect({ ...plain, trace: traced.trace }).toEqual(traced);
    expect(determineDataExportPathway(input).trace).toEqual(traced.trace);
  });
});
