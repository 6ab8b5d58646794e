import { describe, expect, it } from "vitest";
import { type CenterProfile, TEMPORARY_IMPORT_KINDS, type TemporaryImportFacts } from "../profile";
import { customsTemporaryImportExtension } from "./customs-temporary-import-extension";

const AS_OF = "2025-06-01";
const run = (center: CenterProfile, asOf = AS_OF) =>
  customsTemporaryImportExtension.evaluate({ subject: center, asOf, explain: false });

const GOODS: TemporaryImportFacts = {
  kind: "test_products_equipment_vehicles",
  reExportDueOn: AS_OF,
  extensionsGranted: 2,
  forNationalProject: false,
};
const CENTER: CenterProfile = { foreignInvested: true, temporarilyImportedGoods: GOODS };
const result = (goods: Partial<TemporaryImportFacts>, asOf?: string) =>
  run({ ...CENTER, temporarilyImportedGoods: { ...GOODS, ...goods } }, asOf).result;

describe("extension of the re-export period (measure 9, GACC Order 233)", () => {
  it("is eligible for qualifying goods on the last day of the period with extensions left", () => {
    expect(result({}).outcome).toBe("eligible");
  });

  it("takes research and testing goods (Art. 3 items 4, 5, 8, 12) and nothing else", () => {
    for (const kind of TEMPORARY_IMPORT_KINDS)
      expect(result({ kind }).outcome).toBe(kind === "other" ? "ineligible" : "eligible");
  });

  it("must be applied for before the period expires", () => {
    expect(result({ reExportDueOn: "2025-05-31" }).outcome).toBe("ineligible");
    expect(result({ reExportDueOn: "2025-06-02" }).outcome).toBe("eligible");
  });

  it("allows 3 extensions, more only for national key or research projects", () => {
    expect(result({ extensionsGranted: 3 }).outcome).toBe("ineligible");
    expect(result({ extensionsGranted: 3, forNationalProject: true }).outcome).toBe("eligible");
    const open = result({ extensionsGranted: 3, forNationalProject: undefined });
    expect(open.outcome).toBe("undetermined");
    expect(open.missingFacts).toEqual(["center.temporarilyImportedGoods.forNationalProject"]);
    expect(result({ extensionsGranted: 2, forNationalProject: undefined }).outcome).toBe("eligible");
  });

  it("is for foreign-invested R&D centers", () => {
    expect(run({ ...CENTER, foreignInvested: false }).result.outcome).toBe("ineligible");
  });

  it("lists exactly the missing facts of an empty profile", () => {
    const { outcome, missingFacts } = run({}).result;
    expect(outcome).toBe("undetermined");
    expect([...missingFacts].sort()).toEqual(
      [
        "center.foreignInvested",
        "center.temporarilyImportedGoods.extensionsGranted",
        "center.temporarilyImportedGoods.forNationalProject",
        "center.temporarilyImportedGoods.kind",
        "center.temporarilyImportedGoods.reExportDueOn",
      ].sort(),
    );
  });

  it("is ineligible on one failed condition, whatever else is missing", () => {
    const { outcome, missingFacts } = run({ temporarilyImportedGoods: { kind: "other" } }).result;
    expect(outcome).toBe("ineligible");
    expect(missingFacts).toEqual([]);
  });

  it("exists from the measure's date, 2023-01-11", () => {
    const before = result({ reExportDueOn: "2023-06-01" }, "2023-01-10");
    expect(before.outcome).toBe("ineligible");
    expect(before.reasons.map((r) => r.code)).toEqual(["M09.in-force.not_in_force"]);
    expect(result({ reExportDueOn: "2023-06-01" }, "2023-01-11").outcome).toBe("eligible");
  });

  it("files through the customs-extension intake", () => {
    expect(run(CENTER).nextSteps).toEqual([
      expect.objectContaining({
        code: "customs-temporary-import-extension.file",
        href: "/v1/customs-extension-requests",
      }),
    ]);
  });
});
