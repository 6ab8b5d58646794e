import { determineDataExportPathway } from "@rdc/core";
import { describe, expect, it } from "vitest";
import type { CenterProfile, PlannedDataExport } from "../profile";
import { dataExportFacts, dataExportPathway } from "./data-export-pathway";

const run = (center: CenterProfile, asOf = "2025-06-01") =>
  dataExportPathway.evaluate({ subject: center, asOf, explain: false });

/** A non-CIIO sending 200,000 people's non-sensitive PI in 2025: standard contract or certification (Decree 16 Art. 8). */
const PLANNED: PlannedDataExport = {
  exporter: { isCiio: false, freeTradeZone: null },
  transfer: {
    exemptionGrounds: [],
    containsPersonalInfo: true,
    cumulative: { nonSensitiveSubjects: 200_000, sensitiveSubjects: 0 },
    importantData: { present: false, notifiedByAuthority: false },
    humanGeneticResources: { present: false },
    recipients: [{ name: "HQ", country: "DE", foreignControlled: true }],
  },
};

describe("data-export pathway pre-screen (measure 7)", () => {
  it("is undetermined without a planned transfer, listing the facts the data-export rules need", () => {
    const { result, nextSteps } = run({ province: "310000" });
    expect(result.outcome).toBe("undetermined");
    const core = determineDataExportPathway({ exporter: { province: "310000" }, transfer: { date: "2025-06-01" } });
    expect(result.missingFacts).toEqual(core.missingFacts.map((p) => `center.plannedDataExport.${p}`));
    expect(result.missingFacts).toContain("center.plannedDataExport.transfer.containsPersonalInfo");
    expect(nextSteps).toEqual([]);
  });

  it("gives the pathway the core rules decide, with routes filed through the data-export intake", () => {
    const { result, nextSteps } = run({ plannedDataExport: PLANNED });
    expect(result.outcome).toBe("eligible");
    expect(result.reasons.map((r) => r.code)).toContain("decree16.standard_contract_or_certification");
    expect(nextSteps.map((s) => s.code)).toContain("data-export-pathway.standard_contract");
    expect(nextSteps.every((s) => s.href === "/v1/data-export-assessments")).toBe(true);
  });

  it("takes the transfer's own date over asOf, and asOf when it has none", () => {
    expect(dataExportFacts({}, "2025-06-01").transfer.date).toBe("2025-06-01");
    const early = { plannedDataExport: { ...PLANNED, transfer: { ...PLANNED.transfer, date: "2022-08-31" } } };
    expect(run(early).result.outcome).toBe("ineligible");
    expect(run({ plannedDataExport: PLANNED }, "2022-08-31").result.outcome).toBe("ineligible");
  });

  it("tells an exempt transfer that no procedure is needed", () => {
    const exempt = { ...PLANNED, transfer: { ...PLANNED.transfer, exemptionGrounds: ["cross_border_hr" as const] } };
    const { result, nextSteps } = run({ plannedDataExport: exempt });
    expect(result.outcome).toBe("eligible");
    expect(nextSteps.map((s) => s.code)).toEqual(["data-export-pathway.exempt"]);
  });
});
