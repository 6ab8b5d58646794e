import { MEASURE_IDS, type MeasureId } from "@rdc/core";
import { describe, expect, it } from "vitest";
import { evaluateEligibility } from "./evaluate";
import type { CenterProfile } from "./profile";

const AS_OF = "2025-06-01";
const measure = (center: CenterProfile, id: MeasureId, asOf = AS_OF) => {
  const found = evaluateEligibility(center, { asOf, measures: [id], explain: false }).measures[0];
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};
const FOREIGN: CenterProfile = { foreignInvested: true };
const EVERY_CENTER: MeasureId[] = ["M05", "M06", "M08", "M14", "M15", "M16"];

describe("measures", () => {
  it.each(EVERY_CENTER)("%s applies to every foreign-invested R&D center, citing the measure", (id) => {
    const result = measure(FOREIGN, id);
    expect(result.outcome).toBe("eligible");
    expect(result.reasons.map((r) => r.code)).toEqual(["foreign-invested-rd-center.met", `${id}.every-center`]);
    expect(result.reasons[1]?.citation).toMatchObject({ inForceFrom: "2023-01-11" });
    expect(result.reasons[1]?.citation.document["zh-CN"]).toContain("国办函〔2023〕7号");
    expect(result.nextSteps.map((s) => s.code)).toEqual([`${id}.contact`]);
  });

  it.each(MEASURE_IDS)("%s is for foreign-invested centers: ineligible if not, undetermined if unknown", (id) => {
    const not = measure({ foreignInvested: false }, id);
    expect(not.outcome).toBe("ineligible");
    expect(not.missingFacts).toEqual([]);
    expect(not.nextSteps).toEqual([]);
    const unknown = measure({}, id);
    expect(unknown.outcome).toBe("undetermined");
    expect(unknown.missingFacts).toContain("center.foreignInvested");
    expect(unknown.nextSteps[0]?.code).toBe("provide-missing-facts");
  });

  it.each(MEASURE_IDS)("%s is not in force before 2023-01-11", (id) => {
    const before = measure(FOREIGN, id, "2023-01-10");
    expect(before.outcome).toBe("ineligible");
    expect(before.reasons.map((r) => r.code)).toEqual([`${id}.in-force.not_in_force`]);
    expect(measure(FOREIGN, "M05", "2023-01-11").outcome).toBe("eligible");
  });

  it("M01: guidance and training for every center, and the tax programs it follows", () => {
    const result = measure(FOREIGN, "M01");
    expect(result.outcome).toBe("eligible");
    expect(result.reasons.map((r) => r.code)).toContain("M01.every-center");
    expect(result.nextSteps.map((s) => s.code)).toEqual([
      "M01.contact",
      "high-tech-enterprise.apply",
      "import-tax-exemption.apply",
    ]);
    const ineligibleForTax = measure({ ...FOREIGN, legalForm: "branch", rdInvestmentUsd: 1 }, "M01");
    expect(ineligibleForTax.outcome).toBe("eligible");
    expect(ineligibleForTax.nextSteps.map((s) => s.code)).toEqual(["M01.contact"]);
  });

  it("a measure that follows a program names it once, with its outcome and missing facts, not its reasons", () => {
    const open = measure({ ...FOREIGN, legalForm: "independent_legal_entity" }, "M10");
    expect(open.outcome).toBe("undetermined");
    expect(open.reasons).toEqual([
      expect.objectContaining({ code: "M10.program.team-work-permit.missing", program: "team-work-permit" }),
    ]);
    const program = evaluateEligibility(FOREIGN, { asOf: AS_OF, measures: ["M10"], explain: false }).programs.find(
      (p) => p.id === "team-work-permit",
    );
    expect(open.missingFacts).toEqual(expect.arrayContaining(program?.missingFacts ?? ["?"]));
    const explained = evaluateEligibility(FOREIGN, { asOf: AS_OF, measures: ["M10"], explain: true }).trace;
    const m10 = explained?.measures[0]?.entries.map((e) => e.rule) ?? [];
    expect(m10).toContain("M10.program.team-work-permit.missing");
    expect(m10.some((rule) => rule.startsWith("team-work-permit."))).toBe(false);
  });

  it("M02 and M03: every center, plus the discretionary or conditional part when it applies", () => {
    expect(measure(FOREIGN, "M02").outcome).toBe("eligible");
    const institution = measure({ ...FOREIGN, servesRegionalKeyCommonTechnology: true }, "M02");
    expect(institution.reasons.map((r) => r.code)).toContain("M02.new-rd-institution.met");
    expect(institution.reasons.find((r) => r.code === "M02.new-rd-institution.met")?.message["zh-CN"]).toContain(
      "由当地决定",
    );
    const postdoc = measure({ ...FOREIGN, postdocWorkstation: true }, "M03");
    expect(postdoc.reasons.map((r) => r.code)).toContain("M03.postdoc-workstation.met");
  });

  it("M04: for open innovation platforms, at the province's discretion", () => {
    expect(measure({ ...FOREIGN, openInnovationPlatform: true }, "M04").outcome).toBe("eligible");
    expect(measure({ ...FOREIGN, openInnovationPlatform: false }, "M04").outcome).toBe("ineligible");
    expect(measure(FOREIGN, "M04").missingFacts).toEqual(["center.openInnovationPlatform"]);
  });

  it("M07 follows the data-export pathway pre-screen", () => {
    const result = measure(FOREIGN, "M07");
    expect(result.outcome).toBe("undetermined");
    expect(result.missingFacts.every((p) => p.startsWith("center.plannedDataExport."))).toBe(true);
  });

  it("M09 follows the customs extension, or the quarantine facilitation for biological materials", () => {
    const goods = { category: "research_equipment", currentDeadline: AS_OF, extensionsGranted: 0 } as const;
    expect(measure({ ...FOREIGN, temporarilyImportedGoods: goods }, "M09").nextSteps.map((s) => s.href)).toContain(
      "/v1/customs-extension-requests",
    );
    const noGoods = { ...FOREIGN, temporarilyImportedGoods: { category: "other" as const } };
    expect(measure(noGoods, "M09").outcome).toBe("undetermined");
    expect(measure(noGoods, "M09").missingFacts).toEqual(["center.biologicalMaterialsForStateProjects"]);
    expect(measure({ ...noGoods, biologicalMaterialsForStateProjects: true }, "M09").outcome).toBe("eligible");
    expect(measure({ ...noGoods, biologicalMaterialsForStateProjects: false }, "M09").outcome).toBe("ineligible");
  });

  it("M10 and M11 follow their programs", () => {
    expect(measure({ ...FOREIGN, overseasTalent: { foreignNationals: 1 } }, "M10").outcome).toBe("eligible");
    expect(measure({ ...FOREIGN, overseasTalent: { foreignNationals: 0 } }, "M10").outcome).toBe("ineligible");
    const talent: CenterProfile = { ...FOREIGN, overseasTalent: { categories: ["shortage"] } };
    expect(measure(talent, "M11").outcome).toBe("eligible");
    expect(measure(talent, "M11").nextSteps.map((s) => s.href)).toContain("/v1/talent-title-applications");
    expect(measure({ ...talent, recognizedForeignRdCenter: false }, "M11").outcome).toBe("eligible");
    expect(measure({ ...talent, overseasTalent: { categories: ["other"] } }, "M11").outcome).toBe("ineligible");
  });

  it("M12: local support for high-end or shortage talent is discretionary", () => {
    const result = measure({ ...FOREIGN, overseasTalent: { categories: ["overseas_high_end"] } }, "M12");
    expect(result.outcome).toBe("eligible");
    expect(result.reasons.find((r) => r.code === "M12.high-end-talent.met")?.message.en).toMatch(/localities may/);
    expect(measure({ ...FOREIGN, overseasTalent: { categories: ["other"] } }, "M12").outcome).toBe("ineligible");
  });

  it("M13: for centers where overseas talent works", () => {
    expect(measure({ ...FOREIGN, overseasTalent: { count: 1 } }, "M13").outcome).toBe("eligible");
    expect(measure({ ...FOREIGN, overseasTalent: { count: 0 } }, "M13").outcome).toBe("ineligible");
    expect(measure(FOREIGN, "M13").missingFacts).toEqual(["center.overseasTalent.count"]);
  });

  it("names the responsible agencies of the measure", () => {
    expect(measure(FOREIGN, "M15").nextSteps[0]?.agencies).toEqual(["CNIPA"]);
    expect(measure(FOREIGN, "M05").nextSteps[0]?.agencies).toEqual([
      "MOFCOM",
      "PBOC",
      "CBIRC",
      "PROVINCIAL_GOVERNMENTS",
    ]);
    expect(measure(FOREIGN, "M05").nextSteps[0]?.message["zh-CN"]).toContain("商务主管部门");
  });
});
