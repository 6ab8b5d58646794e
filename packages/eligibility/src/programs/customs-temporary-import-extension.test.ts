import { GOODS_CATEGORIES, PROJECT_LEVELS } from "@rdc/core";
import { describe, expect, it } from "vitest";
// The intake is not a dependency of eligibility: the test reads it by path, to compare the two answers.
import { extensionRequest, screenCustomsExtension } from "../../../customs-extension/src/index";
import type { CenterProfile, TemporaryImportFacts } from "../profile";
import { customsTemporaryImportExtension } from "./customs-temporary-import-extension";

const AS_OF = "2025-06-01";
const run = (center: CenterProfile, asOf = AS_OF) =>
  customsTemporaryImportExtension.evaluate({ subject: center, asOf, explain: false });

const GOODS: TemporaryImportFacts = {
  category: "test_product",
  currentDeadline: AS_OF,
  extensionsGranted: 2,
  project: { level: "none" },
};
const CENTER: CenterProfile = { foreignInvested: true, temporarilyImportedGoods: GOODS };
const result = (goods: Partial<TemporaryImportFacts>, asOf?: string) =>
  run({ ...CENTER, temporarilyImportedGoods: { ...GOODS, ...goods } }, asOf).result;

describe("extension of the re-export period (measure 9, GACC Order 233)", () => {
  it("is eligible for qualifying goods on the last day of the period with extensions left", () => {
    expect(result({}).outcome).toBe("eligible");
  });

  it("takes the customs intake's goods categories: research and testing goods (Art. 3 items 4, 5, 8, 12), not other", () => {
    for (const category of GOODS_CATEGORIES)
      expect(result({ category }).outcome).toBe(category === "other" ? "ineligible" : "eligible");
  });

  it("must be applied for before the period expires (第十条): on the deadline day, not the day after", () => {
    expect(result({ currentDeadline: "2025-05-31" }).outcome).toBe("ineligible");
    expect(result({ currentDeadline: "2025-06-01" }).outcome).toBe("eligible");
  });

  it("does not trust a current deadline past entry + 6(k+1) months", () => {
    // Entered 2024-01-10, 2 extensions: the period ends no later than 2025-07-10.
    expect(result({ entryDate: "2024-01-10", currentDeadline: "2025-07-10" }, "2025-07-10").outcome).toBe("eligible");
    expect(result({ entryDate: "2024-01-10", currentDeadline: "2025-09-30" }, "2025-07-11").outcome).toBe("ineligible");
  });

  it("allows 3 extensions; however, more for national key or research projects (第九条)", () => {
    expect(result({ extensionsGranted: 3 }).outcome).toBe("ineligible");
    expect(result({ extensionsGranted: 3, project: { level: "national_key_project" } }).outcome).toBe("eligible");
    expect(result({ extensionsGranted: 3, project: { level: "national_research_program" } }).outcome).toBe("eligible");
    expect(result({ extensionsGranted: 3, project: { level: "provincial" } }).outcome).toBe("ineligible");
    const open = result({ extensionsGranted: 3, project: undefined });
    expect(open.outcome).toBe("undetermined");
    expect(open.missingFacts).toEqual(["center.temporarilyImportedGoods.project.level"]);
    expect(result({ extensionsGranted: 2, project: undefined }).outcome).toBe("eligible");
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
        "center.temporarilyImportedGoods.category",
        "center.temporarilyImportedGoods.currentDeadline",
        "center.temporarilyImportedGoods.extensionsGranted",
      ].sort(),
    );
  });

  it("is ineligible on one failed condition, whatever else is missing", () => {
    const { outcome, missingFacts } = run({ temporarilyImportedGoods: { category: "other" } }).result;
    expect(outcome).toBe("ineligible");
    expect(missingFacts).toEqual([]);
  });

  it("exists from the measure's date, 2023-01-11", () => {
    const before = result({ currentDeadline: "2023-06-01" }, "2023-01-10");
    expect(before.outcome).toBe("ineligible");
    expect(before.reasons.map((r) => r.code)).toEqual(["M09.in-force.not_in_force"]);
    expect(result({ currentDeadline: "2023-06-01" }, "2023-01-11").outcome).toBe("eligible");
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

describe("the pre-check and the intake agree on the same facts", () => {
  const FILED_ON = "2025-10-20";
  const CASES = [
    { deadlineInDays: 0, extensionsGranted: 0 },
    { deadlineInDays: -1, extensionsGranted: 0 },
    { deadlineInDays: 30, extensionsGranted: 2 },
    { deadlineInDays: 30, extensionsGranted: 3 },
    { deadlineInDays: 30, extensionsGranted: 5 },
  ];

  for (const shape of CASES)
    for (const category of GOODS_CATEGORIES)
      for (const level of PROJECT_LEVELS)
        it(`${JSON.stringify(shape)}, ${category}, ${level}`, () => {
          const base = extensionRequest(FILED_ON, shape);
          const payload = {
            ...base,
            goods: [{ ...base.goods[0], category }] as typeof base.goods,
            project: level === "none" ? { level } : { level, name: "项目", number: "2023YFB000001" },
          };
          // What the pre-check reads is what is filed, field for field.
          const goods: TemporaryImportFacts = {
            category,
            entryDate: payload.entryDate,
            currentDeadline: payload.currentDeadline,
            extensionsGranted: payload.extensionsGranted,
            project: { level },
          };
          const precheck = run({ foreignInvested: true, temporarilyImportedGoods: goods }, FILED_ON).result;
          const intake = screenCustomsExtension(payload, { receivedOn: FILED_ON });
          // A refusal on one side is a refusal on the other; `other` goods are asked about in the intake.
          const refused =
            precheck.outcome === "ineligible" &&
            precheck.reasons.some((r) => !r.code.startsWith("customs.goods-qualify."));
          expect(intake.status === "rejected").toBe(refused);
          if (precheck.outcome === "eligible") expect(intake.status).toBe("under_review");
          if (category === "other" && intake.status !== "rejected") expect(intake.status).toBe("needs_info");
          // The same rules: the intake's reasons include the pre-check's, by code.
          const intakeCodes = intake.screening.findings.map((f) => f.code);
          for (const reason of precheck.reasons.filter((r) => r.code.startsWith("customs.")))
            expect(intakeCodes).toContain(reason.code);
        });
});
