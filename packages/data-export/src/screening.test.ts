/**
 * Intake screening from the texts: Decree 11 Arts. 6, 7, 12, 13 (materials and
 * clocks), Decree 13 Art. 7 (filing), and the pathway thresholds seen
 * through the intake.
 */
import type { MaterialKind } from "@rdc/core";
import { describe, expect, it } from "vitest";
import { EXAMPLE_RECEIVED_ON, INVALID_EXAMPLES, VALID_EXAMPLES } from "./examples";
import { type DataExportPayload, dataExportPayload, type Material } from "./schema";
import { screenDataExport } from "./screening";

const RECEIVED = { receivedOn: "2025-09-01" };

const ALL_MATERIALS: Material[] = (
  [
    "application_form",
    "self_assessment_report",
    "legal_documents_with_recipient",
    "standard_contract",
    "pi_protection_impact_assessment",
  ] as const
).map((kind) => ({ kind, ref: `upload-${kind}` }));

function only(...kinds: MaterialKind[]): Material[] {
  return kinds.map((kind) => ({ kind, ref: `upload-${kind}` }));
}

type TransferOverrides = Partial<DataExportPayload["transfer"]>;
type ExporterOverrides = Partial<DataExportPayload["exporter"]>;

function payload(
  transfer: TransferOverrides = {},
  materials: Material[] = ALL_MATERIALS,
  exporter: ExporterOverrides = {},
): DataExportPayload {
  return {
    exporter: {
      name: "Example R&D (Shanghai) Co., Ltd.",
      uscc: "91310000MA1FL8XXXX",
      province: "310000",
      contact: { name: "Li Hua", phone: "+86 21 0000 0000", email: "privacy@example.com" },
      isCiio: false,
      freeTradeZone: null,
      ...exporter,
    },
    transfer: {
      date: "2025-08-01",
      purpose: "Joint analysis of clinical trial results with the parent company",
      dataCategories: ["contact details", "employment records"],
      retentionOverseas: "P3Y",
      exemptionGrounds: [],
      containsPersonalInfo: true,
      cumulative: { nonSensitiveSubjects: 0, sensitiveSubjects: 0 },
      processorTotalSubjects: 50_000,
      importantData: { present: false, notifiedByAuthority: false },
      humanGeneticResources: { present: false },
      recipients: [{ name: "Parent GmbH", country: "DE", foreignControlled: true }],
      contractEffectiveOn: "2025-08-25",
      ...transfer,
    },
    materials,
  };
}

const volumes = (nonSensitiveSubjects: number, sensitiveSubjects: number): TransferOverrides => ({
  cumulative: { nonSensitiveSubjects, sensitiveSubjects },
});

describe("status by pathway, thresholds through the intake", () => {
  it.each([
    [99_999, 0, "not_required", null],
    [100_000, 0, "under_review", "standard_contract"],
    [999_999, 0, "under_review", "standard_contract"],
    [1_000_000, 0, "under_review", "security_assessment"],
    [0, 1, "under_review", "standard_contract"],
    [0, 9_999, "under_review", "standard_contract"],
    [0, 10_000, "under_review", "security_assessment"],
  ])("%i non-sensitive, %i sensitive → %s (%s)", (n, s, status, route) => {
    const decision = screenDataExport(payload(volumes(n, s)), RECEIVED);
    expect(decision.status).toBe(status);
    expect(decision.screening.filingRoute).toBe(route);
  });

  it("a CIIO sending one person's PI files for a security assessment", () => {
    const decision = screenDataExport(payload(volumes(1, 0), ALL_MATERIALS, { isCiio: true }), RECEIVED);
    expect(decision.screening.filingRoute).toBe("security_assessment");
  });

  it("an exemption is not_required and names its article", () => {
    const decision = screenDataExport(
      payload({ exemptionGrounds: ["cross_border_hr"], ...volumes(300_000, 0) }),
      RECEIVED,
    );
    expect(decision).toMatchObject({ status: "not_required", agency: null, due: null });
    expect(decision.summary.en).toContain("Art. 5(1)(ii)");
    expect(decision.summary["zh-CN"]).toContain("第五条第一款第（二）项");
    expect(decision.screening.exemption?.ground).toBe("cross_border_hr");
  });

  it("free-trade zone: off the negative list not_required, on it the normal route", () => {
    const big = volumes(2_000_000, 0);
    const off = screenDataExport(
      payload(big, ALL_MATERIALS, { freeTradeZone: { zone: "Lingang", dataOnNegativeList: false } }),
      RECEIVED,
    );
    expect(off.status).toBe("not_required");
    const on = screenDataExport(
      payload(big, ALL_MATERIALS, { freeTradeZone: { zone: "Lingang", dataOnNegativeList: true } }),
      RECEIVED,
    );
    expect(on.screening.filingRoute).toBe("security_assessment");
  });

  it("important data: notified → assessment; not notified → not treated as important", () => {
    const notified = screenDataExport(
      payload({ importantData: { present: true, notifiedByAuthority: true } }),
      RECEIVED,
    );
    expect(notified.screening.filingRoute).toBe("security_assessment");
    const unnotified = screenDataExport(
      payload({ importantData: { present: true, notifiedByAuthority: false } }),
      RECEIVED,
    );
    expect(unnotified.status).toBe("not_required");
  });

  it("2024-03-21 vs 2024-03-22: 150,000 individuals move from assessment to standard contract", () => {
    expect(
      screenDataExport(payload({ date: "2024-03-21", ...volumes(150_000, 0) }), RECEIVED).screening.filingRoute,
    ).toBe("security_assessment");
    expect(
      screenDataExport(payload({ date: "2024-03-22", ...volumes(150_000, 0) }), RECEIVED).screening.filingRoute,
    ).toBe("standard_contract");
  });

  it("2023-05-31 vs 2023-06-01: no standard contract to file before Decree 13", () => {
    const before = screenDataExport(payload({ date: "2023-05-31", ...volumes(50_000, 0) }), RECEIVED);
    expect(before).toMatchObject({ status: "not_required", screening: { filingRoute: null } });
    const after = screenDataExport(payload({ date: "2023-06-01", ...volumes(50_000, 0) }), RECEIVED);
    expect(after).toMatchObject({ status: "under_review", screening: { filingRoute: "standard_contract" } });
  });

  it("a transfer before 2022-09-01 is rejected: there was no regime", () => {
    const decision = screenDataExport(payload({ date: "2022-08-31" }), RECEIVED);
    expect(decision.status).toBe("rejected");
    expect(decision.summary.en).toContain("2022-09-01");
  });

  it("choosing certification means nothing is filed with the CAC", () => {
    const decision = screenDataExport(payload(volumes(200_000, 0), only("certification_application")), RECEIVED);
    expect(decision).toMatchObject({ status: "not_required", screening: { filingRoute: null } });
  });
});

describe("missing facts and materials: needs_info, everything at once", () => {
  it("undetermined pathway lists exactly the missing facts", () => {
    const decision = screenDataExport(payload({ cumulative: {}, importantData: undefined }), RECEIVED);
    expect(decision.status).toBe("needs_info");
    expect([...decision.screening.missingFacts].sort()).toEqual([
      "transfer.cumulative.nonSensitiveSubjects",
      "transfer.cumulative.sensitiveSubjects",
      "transfer.importantData",
    ]);
    expect(decision.summary.en).toContain("transfer.importantData");
  });

  it("an assessment without materials lists all three of Decree 11 Art. 6", () => {
    const decision = screenDataExport(payload(volumes(1_000_000, 0), []), RECEIVED);
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingMaterials.map((m) => m.kind)).toEqual([
      "application_form",
      "self_assessment_report",
      "legal_documents_with_recipient",
    ]);
    expect(decision.summary["zh-CN"]).toBe("缺少材料：申报书、数据出境风险自评估报告、与境外接收方拟订立的法律文件。");
  });

  it("a standard-contract filing without the impact assessment asks for it", () => {
    const decision = screenDataExport(payload(volumes(200_000, 0), only("standard_contract")), RECEIVED);
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingMaterials.map((m) => m.kind)).toEqual(["pi_protection_impact_assessment"]);
  });

  it("a province code with no office is asked for together with the materials", () => {
    const decision = screenDataExport(payload(volumes(200_000, 0), [], { province: "999999" }), RECEIVED);
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingFacts).toEqual(["exporter.province"]);
    expect(decision.screening.missingMaterials).toHaveLength(2);
  });
});

describe("routing and clocks", () => {
  it("an assessment goes to the provincial office, due 5 + 7 + 45 working days after receipt", () => {
    const decision = screenDataExport(payload(volumes(1_000_000, 0)), RECEIVED);
    expect(decision).toMatchObject({
      status: "under_review",
      agency: "CAC",
      office: { code: "310000", name: { "zh-CN": "上海市互联网信息办公室", en: "Shanghai Cyberspace Administration" } },
    });
    // 2025-09-01 + 57 working days, over the National Day holiday (10-01–10-08 off; 09-28 and 10-11 worked).
    expect(decision.due).toMatchObject({ date: "2025-11-25", provisional: false, citation: { article: "第十二条" } });
    expect(decision.screening.clocks.map((c) => [c.step, c.workingDays])).toEqual([
      ["completeness_check", 5],
      ["acceptance", 7],
      ["review", 45],
      ["reassessment_request", 15],
    ]);
    expect(decision.screening.validity?.years).toBe(3);
  });

  it("a standard contract is due within the 10-working-day filing period", () => {
    const decision = screenDataExport(payload(volumes(200_000, 0)), RECEIVED);
    expect(decision.due).toMatchObject({ date: "2025-09-15", provisional: false });
    expect(decision.screening.clocks).toEqual([expect.objectContaining({ step: "filing", workingDays: 10 })]);
  });

  it("a due date in a year without a holiday notice is provisional", () => {
    const decision = screenDataExport(payload(volumes(1_000_000, 0)), { receivedOn: "2026-12-01" });
    expect(decision.due?.provisional).toBe(true);
  });
});

describe("human genetic resources ride along, owed to their own regulator", () => {
  const genetic = (date: string, country: string) =>
    screenDataExport(
      payload({
        date,
        humanGeneticResources: { present: true, genomeSubjects: 600 },
        recipients: [{ name: "Sequencing JV", country, foreignControlled: true }],
        ...volumes(200_000, 0),
      }),
      RECEIVED,
    );

  it("to a foreign-controlled recipient in China: filing and genome security review, CAC route unchanged", () => {
    const decision = genetic("2025-08-01", "CN");
    expect(decision.status).toBe("under_review");
    expect(decision.screening.additionalObligations.map((o) => o.code)).toEqual([
      "hgr.filing_and_backup",
      "hgr.security_review.genome",
    ]);
  });

  it("the regulator changes on 2024-05-01", () => {
    expect(genetic("2024-04-30", "DE").screening.additionalObligations[0]?.authority["zh-CN"]).toBe("科学技术部");
    expect(genetic("2024-05-01", "DE").screening.additionalObligations[0]?.authority["zh-CN"]).toBe(
      "国家卫生健康委员会",
    );
  });
});

describe("the filing contract: freeTradeZone is the zone object, or absent", () => {
  it("reads an absent zone as none, not as a missing fact", () => {
    const filed = payload({ cumulative: { nonSensitiveSubjects: 150_000, sensitiveSubjects: 0 } });
    const { freeTradeZone: _none, ...exporter } = filed.exporter;
    const decision = screenDataExport({ ...filed, exporter }, RECEIVED);
    expect(decision.screening.missingFacts).not.toContain("exporter.freeTradeZone");
    expect(decision.screening.pathway).toBe("standard_contract_or_certification");
  });
});

describe("the standard-contract filing limit: 10 working days after the contract takes effect (Decree 13)", () => {
  const sc = { cumulative: { nonSensitiveSubjects: 150_000, sensitiveSubjects: 0 } };

  it("asks for the contract's effective date when it is missing", () => {
    const decision = screenDataExport(payload({ ...sc, contractEffectiveOn: undefined }), RECEIVED);
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingFacts).toContain("transfer.contractEffectiveOn");
  });

  it("is on time on the 10th working day and late the working day after, still going to review", () => {
    // 2025-08-18 (Mon) + 10 working days = 2025-09-01; filed 2025-09-01 → on time.
    const onTime = screenDataExport(payload({ ...sc, contractEffectiveOn: "2025-08-18" }), RECEIVED);
    expect(onTime.screening.filingDeadline).toMatchObject({ date: "2025-09-01", onTime: true });
    const late = screenDataExport(payload({ ...sc, contractEffectiveOn: "2025-08-15" }), RECEIVED);
    expect(late.screening.filingDeadline).toMatchObject({ date: "2025-08-29", onTime: false });
    expect(late.status).toBe("under_review");
    expect(late.summary.en).toContain("after the 10-working-day limit");
  });
});

describe("examples (also the end-to-end and fuzz bodies)", () => {
  const screen = (body: unknown, explain = false) =>
    screenDataExport(dataExportPayload.parse(body), { receivedOn: EXAMPLE_RECEIVED_ON, explain });

  it.each([
    ["standardContract", "under_review", "standard_contract"],
    ["securityAssessment", "under_review", "security_assessment"],
    ["exemptSmallVolume", "not_required", null],
    ["exemptHr", "not_required", null],
    ["exemptStatutoryDuty", "not_required", null],
    ["certification", "not_required", null],
    ["countsUnknown", "needs_info", null],
    ["beforeAnyRegime", "rejected", null],
  ] as const)("%s is valid and screens %s", (name, status, route) => {
    const decision = screen(VALID_EXAMPLES[name]);
    expect(decision.status).toBe(status);
    expect(decision.screening.filingRoute).toBe(route);
  });

  it.each(Object.keys(INVALID_EXAMPLES))("%s is refused by the schema", (name) => {
    expect(dataExportPayload.safeParse(INVALID_EXAMPLES[name]).success).toBe(false);
  });
});

describe("needs_info lists every missing item with its article (kernel toScreening)", () => {
  it("an undetermined pathway: each missing fact with the article of the rule that asks for it", () => {
    const decision = screenDataExport(payload({ cumulative: {}, importantData: undefined }), RECEIVED);
    const items = decision.screening.missingItems;
    expect(items.map((i) => i.field).sort()).toEqual([
      "transfer.cumulative.nonSensitiveSubjects",
      "transfer.cumulative.sensitiveSubjects",
      "transfer.importantData",
    ]);
    for (const item of items) {
      expect(decision.screening.sources[item.source]?.article).toMatch(/^第/);
      expect(decision.screening.sources[item.source]?.quote).toBeTruthy();
      expect(item.message["zh-CN"]).not.toBe(item.field);
    }
  });

  it("missing materials: one item each, with its article; a bad province with the office rule's", () => {
    const decision = screenDataExport(payload(volumes(1_000_000, 0), [], { province: "999999" }), RECEIVED);
    const { missingItems, sources } = decision.screening;
    expect(missingItems.map((i) => [i.field, sources[i.source]?.article])).toEqual([
      ["materials", "第六条第（一）项"],
      ["materials", "第六条第（二）项"],
      ["materials", "第六条第（三）项"],
      ["exporter.province", "第四条"],
    ]);
  });

  it("a late standard-contract filing is a flagged finding, not a refusal", () => {
    const sc = { cumulative: { nonSensitiveSubjects: 150_000, sensitiveSubjects: 0 } };
    const late = screenDataExport(payload({ ...sc, contractEffectiveOn: "2025-08-15" }), RECEIVED);
    expect(late.status).toBe("under_review");
    expect(late.screening.findings).toContainEqual(
      expect.objectContaining({ code: "dataExport.standardContract.filedOnTime", severity: "flagged" }),
    );
  });
});

describe("explanation: ctx.explain → decision.trace, in the kernel's trace format", () => {
  it("no trace unless asked; with explain the pathway's rules and the screening's checks", () => {
    const plain = screenDataExport(payload(volumes(200_000, 0)), RECEIVED);
    expect(plain.trace).toBeUndefined();
    expect("trace" in plain.screening).toBe(false);
    const explained = screenDataExport(payload(volumes(200_000, 0)), { ...RECEIVED, explain: true });
    const rules = explained.trace?.map((t) => t.rule) ?? [];
    expect(rules).toContain("dataExport.regime");
    expect(rules).toContain("decree16.standard_contract_or_certification");
    expect(rules).toContain("dataExport.materials.standard_contract");
    for (const entry of explained.trace ?? []) {
      expect(Object.keys(entry).sort()).toEqual(["citation", "inputs", "outcome", "parameters", "rule"]);
      expect(entry.citation.inForceFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect({ ...explained, trace: undefined }).toEqual({ ...plain, trace: undefined });
  });
});

describe("statutory duty (Decree 790 第三十五条第（六）项) through the intake", () => {
  it("2024-12-31: no ground, the volume decides; 2025-01-01: not_required", () => {
    const claim = { exemptionGrounds: ["statutory_duty" as const], ...volumes(2_000_000, 0) };
    expect(screenDataExport(payload({ ...claim, date: "2024-12-31" }), RECEIVED).screening.filingRoute).toBe(
      "security_assessment",
    );
    const after = screenDataExport(payload({ ...claim, date: "2025-01-01" }), RECEIVED);
    expect(after.status).toBe("not_required");
    expect(after.summary["zh-CN"]).toContain("网络数据安全管理条例（国务院令第790号）第三十五条第（六）项");
    expect(after.summary.en).toContain("Art. 35(vi)");
  });
});
