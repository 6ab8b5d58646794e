/**
 * 网络数据安全管理条例（国务院令第790号，2025年1月1日起施行）第三十五条：符合下列条件之一的，网络数据处理者
 * 可以向境外提供个人信息：……（六）为履行法定职责或者法定义务，确需向境外提供个人信息；
 * No counterpart in Decree 16: a ground from 2025-01-01, and no ground the day before.
 */
import { describe, expect, it } from "vitest";
import { articleInEnglish } from "../rules";
import type { DataExportFacts, TransferFacts } from "./facts";
import { CITATIONS } from "./instruments";
import { determineDataExportPathway } from "./pathway";

function facts(transfer: Partial<TransferFacts>, isCiio = false): DataExportFacts {
  return {
    exporter: { isCiio, freeTradeZone: null },
    transfer: {
      date: "2025-01-01",
      exemptionGrounds: ["statutory_duty"],
      containsPersonalInfo: true,
      cumulative: { nonSensitiveSubjects: 2_000_000, sensitiveSubjects: 50_000 },
      processorTotalSubjects: 3_000_000,
      importantData: { present: false, notifiedByAuthority: false },
      humanGeneticResources: { present: false },
      recipients: [{ name: "Parent GmbH", country: "DE", foreignControlled: true }],
      ...transfer,
    },
  };
}

describe("statutory duty or obligation (Decree 790 第三十五条第（六）项, from 2025-01-01)", () => {
  it("claimed on 2024-12-31 it is no ground: the pathway is decided without it", () => {
    const before = determineDataExportPathway(facts({ date: "2024-12-31" }));
    expect(before).toMatchObject({ pathway: "security_assessment", outcome: "eligible", exemption: null });
    expect(before.reasons.map((r) => r.code)).not.toContain("decree790.exempt.statutory_duty");
    const band = determineDataExportPathway(
      facts({ date: "2024-12-31", cumulative: { nonSensitiveSubjects: 150_000, sensitiveSubjects: 0 } }),
    );
    expect(band.pathway).toBe("standard_contract_or_certification");
  });

  it("claimed on 2025-01-01 it exempts, like the grounds of Decree 16 第五条", () => {
    const after = determineDataExportPathway(facts({}));
    expect(after).toMatchObject({ pathway: "exempt", outcome: "eligible" });
    expect(after.exemption?.ground).toBe("statutory_duty");
    expect(after.exemption?.citation).toBe(CITATIONS.decree790StatutoryDuty);
    expect(after.exemption?.citation).toMatchObject({ article: "第三十五条第（六）项", inForceFrom: "2025-01-01" });
    expect(articleInEnglish(after.exemption?.citation.article ?? "")).toBe("Art. 35(vi)");
    expect(after.exemption?.citation.quote).toBe("为履行法定职责或者法定义务，确需向境外提供个人信息");
  });

  it("prevails over a CIIO's security assessment (第七条第（一）项), as the Decree 16 grounds do", () => {
    expect(determineDataExportPathway(facts({}, true)).pathway).toBe("exempt");
    expect(determineDataExportPathway(facts({ date: "2024-12-31" }, true)).pathway).toBe("security_assessment");
  });

  it("does not cover notified important data (第三十七条)", () => {
    const important = determineDataExportPathway(
      facts({ importantData: { present: true, notifiedByAuthority: true } }),
    );
    expect(important.pathway).toBe("security_assessment");
  });

  it("a Decree 16 ground claimed with it is reported first; without any claim nothing changes", () => {
    const both = determineDataExportPathway(facts({ exemptionGrounds: ["statutory_duty", "cross_border_hr"] }));
    expect(both.exemption?.ground).toBe("cross_border_hr");
    expect(determineDataExportPathway(facts({ exemptionGrounds: [] })).pathway).toBe("security_assessment");
  });

  it("leaves a trace entry with the parameter in force only from 2025-01-01", () => {
    const rule = (date: string) =>
      determineDataExportPathway(facts({ date })).trace.find((t) => t.rule === "decree790.exempt.statutory_duty");
    expect(rule("2024-12-31")).toBeUndefined();
    expect(rule("2025-01-01")).toMatchObject({
      outcome: "eligible",
      parameters: [{ id: "dataExport.exemption.statutoryDuty", from: "2025-01-01" }],
    });
  });
});
