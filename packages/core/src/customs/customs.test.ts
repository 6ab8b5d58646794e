/**
 * Order 233 at its lines, written from the text (customs/source.txt):
 * 6 months from entry (第九条); at most 3 extensions of at most 6 months
 * (第九条); beyond them only goods of national projects, via the directly-under
 * customs (第九条); applied for before the period ends (第十条); an ATA carnet
 * renewed beyond its validity. Months by the Civil Code's rule (第二百零二条).
 */
import { describe, expect, it } from "vitest";
import { text } from "../i18n";
import { type Fact, ParameterNotInForce, type RuleContext } from "../rules";
import type { GoodsCategory, ProjectLevel } from "./goods";
import { reexportFiguresOn } from "./parameters";
import { periodCeiling } from "./period";
import { defineExtensionRequest } from "./request";

interface Subject {
  categories?: GoodsCategory[];
  entryDate?: string;
  currentDeadline?: string;
  extensionsGranted?: number;
  projectLevel?: ProjectLevel;
  requestedDeadline?: string;
  carnetValidUntil?: string;
}

function f<K extends keyof Subject>(key: K): Fact<Subject, NonNullable<Subject[K]>> {
  return { path: key, label: text(key, key), read: (s) => s[key] as NonNullable<Subject[K]> | undefined };
}

const RULES = defineExtensionRequest<Subject>({
  categories: f("categories"),
  entryDate: f("entryDate"),
  currentDeadline: f("currentDeadline"),
  extensionsGranted: f("extensionsGranted"),
  projectLevel: f("projectLevel"),
  requestedDeadline: f("requestedDeadline"),
  carnetValidUntil: f("carnetValidUntil"),
});

/** Entered 2025-01-15, first extension to 2026-01-15 granted after the initial period ended 2025-07-15. */
const BASE: Subject = {
  categories: ["research_equipment"],
  entryDate: "2025-01-15",
  currentDeadline: "2025-07-15",
  extensionsGranted: 0,
  projectLevel: "none",
  requestedDeadline: "2026-01-15",
};

function ctx(over: Partial<Subject> = {}, asOf = "2025-07-01", explain = false): RuleContext<Subject> {
  return { subject: { ...BASE, ...over }, asOf, explain };
}

describe("the period (第九条: 6 months from entry, each extension at most 6 months)", () => {
  const figures = reexportFiguresOn("2025-07-01");

  it("after k extensions ends no later than entry + 6(k+1) months", () => {
    expect(periodCeiling("2025-01-15", 0, figures)).toBe("2025-07-15");
    expect(periodCeiling("2025-01-15", 3, figures)).toBe("2027-01-15");
  });

  it("counts months by the Civil Code: no corresponding day, the month's last day", () => {
    expect(periodCeiling("2024-08-31", 0, figures)).toBe("2025-02-28");
    expect(periodCeiling("2023-08-31", 0, figures)).toBe("2024-02-29");
  });

  it("the initial period is a figure of its own, with its citation", () => {
    expect(figures.initialMonths.value).toBe(6);
    expect(figures.initialMonths.citation.quote).toContain("6个月内复运出境");
    expect(figures.maxExtensions.citation.quote).toContain("最多延期3次");
  });

  it("has no figures before Order 233 was in force", () => {
    expect(() => reexportFiguresOn("2018-01-31")).toThrow(ParameterNotInForce);
    expect(reexportFiguresOn("2018-02-01").maxExtensions.value).toBe(3);
  });
});

describe("a declared current deadline is checked, not trusted", () => {
  it("is consistent at the ceiling and inconsistent a day past it", () => {
    expect(RULES.declaredDeadlineConsistent(ctx({ currentDeadline: "2025-07-15" })).outcome).toBe("eligible");
    expect(RULES.declaredDeadlineConsistent(ctx({ currentDeadline: "2025-07-16" })).outcome).toBe("ineligible");
    expect(RULES.declaredDeadlineConsistent(ctx({ currentDeadline: "2026-01-15", extensionsGranted: 1 })).outcome).toBe(
      "eligible",
    );
  });

  it("is inconsistent on or before the entry date", () => {
    expect(RULES.declaredDeadlineConsistent(ctx({ currentDeadline: "2025-01-15" })).outcome).toBe("ineligible");
  });

  it("names what is missing", () => {
    const open = RULES.declaredDeadlineConsistent(ctx({ entryDate: undefined }));
    expect(open.outcome).toBe("undetermined");
    expect(open.missingFacts).toEqual(["entryDate"]);
  });

  it("the period ends at the ceiling when the declaration says later", () => {
    expect(RULES.currentPeriodEnd(ctx({ currentDeadline: "2025-12-31" }))).toBe("2025-07-15");
    expect(RULES.currentPeriodEnd(ctx({ currentDeadline: "2025-06-30" }))).toBe("2025-06-30");
  });
});

describe("applied for before the period ends (第十条)", () => {
  it("is in time on the deadline day and late the day after", () => {
    expect(RULES.appliedBeforeExpiry(ctx({}, "2025-07-15")).outcome).toBe("eligible");
    expect(RULES.appliedBeforeExpiry(ctx({}, "2025-07-16")).outcome).toBe("ineligible");
  });

  it("is late after the ceiling even if the declared deadline is later", () => {
    expect(RULES.appliedBeforeExpiry(ctx({ currentDeadline: "2025-09-30" }, "2025-08-01")).outcome).toBe("ineligible");
  });

  it("cites the application article", () => {
    const late = RULES.appliedBeforeExpiry(ctx({}, "2025-07-16"));
    expect(late.reasons[0]?.citation.article).toBe("第十条");
    expect(late.reasons[0]?.code).toBe("customs.applied-before-expiry.not_met");
  });
});

describe("at most 3 extensions; however, national projects beyond them (第九条)", () => {
  const route = (over: Partial<Subject>) => RULES.route(ctx(over));

  it("the third extension goes to the competent customs, the fourth is refused", () => {
    expect(route({ extensionsGranted: 2 }).route).toBe("competent_customs");
    const fourth = route({ extensionsGranted: 3 });
    expect(fourth.route).toBeNull();
    expect(fourth.result.outcome).toBe("ineligible");
    expect(fourth.result.reasons.map((r) => r.code)).toEqual([
      "customs.national-project-beyond-limit.not_met",
      "customs.within-extension-limit.not_met",
    ]);
  });

  it("beyond the limit, national key and national research projects go to the directly-under customs", () => {
    expect(route({ extensionsGranted: 3, projectLevel: "national_key_project" }).route).toBe("directly_under_customs");
    expect(route({ extensionsGranted: 5, projectLevel: "national_research_program" }).route).toBe(
      "directly_under_customs",
    );
    expect(route({ extensionsGranted: 3, projectLevel: "provincial" }).result.outcome).toBe("ineligible");
  });

  it("within the limit the project does not matter, and is not asked for", () => {
    const within = route({ extensionsGranted: 2, projectLevel: undefined });
    expect(within.route).toBe("competent_customs");
    expect(within.result.missingFacts).toEqual([]);
  });

  it("beyond the limit without a project level, asks for it", () => {
    const open = route({ extensionsGranted: 3, projectLevel: undefined });
    expect(open.result.outcome).toBe("undetermined");
    expect(open.result.missingFacts).toEqual(["projectLevel"]);
  });

  it("traces both branches when asked", () => {
    const explained = RULES.route(
      ctx({ extensionsGranted: 3, projectLevel: "national_key_project" }, "2025-07-01", true),
    );
    expect(explained.result.trace.map((t) => t.rule)).toEqual(["customs.national-project-beyond-limit"]);
    const within = RULES.route(ctx({ extensionsGranted: 1 }, "2025-07-01", true));
    expect(within.result.trace.map((t) => t.rule)).toEqual([
      "customs.national-project-beyond-limit",
      "customs.within-extension-limit",
    ]);
  });
});

describe("each extension at most 6 months (第九条)", () => {
  const requested = (requestedDeadline: string, over: Partial<Subject> = {}) =>
    RULES.requestedWithinLimit(ctx({ requestedDeadline, ...over })).outcome;

  it("allows exactly 6 months and refuses a day more", () => {
    expect(requested("2026-01-15")).toBe("eligible");
    expect(requested("2026-01-16")).toBe("ineligible");
  });

  it("refuses a date not after the current deadline", () => {
    expect(requested("2025-07-15")).toBe("ineligible");
    expect(requested("2025-07-16")).toBe("eligible");
  });

  it("counts from the capped end when the declared deadline is too late", () => {
    expect(RULES.latestDeadline(ctx({ currentDeadline: "2025-12-31" }))).toBe("2026-01-15");
    expect(requested("2026-06-30", { currentDeadline: "2025-12-31" })).toBe("ineligible");
  });

  it("still caps each extension on the national-project route", () => {
    const over = { entryDate: "2023-01-15", currentDeadline: "2025-01-15", extensionsGranted: 3 };
    expect(requested("2025-07-15", { ...over, projectLevel: "national_key_project" })).toBe("eligible");
    expect(requested("2025-07-16", { ...over, projectLevel: "national_key_project" })).toBe("ineligible");
  });
});

describe("the goods (第三条第（四）（五）（八）（十二）项)", () => {
  const goods = (categories: GoodsCategory[] | undefined) => RULES.goodsQualify(ctx({ categories })).outcome;

  it("qualify under the R&D items, not as other", () => {
    expect(goods(["research_equipment", "test_vehicle", "test_product", "tooling"])).toBe("eligible");
    expect(goods(["research_equipment", "other"])).toBe("ineligible");
    expect(goods([])).toBe("undetermined");
  });
});

describe("ATA carnets beyond their validity", () => {
  const carnet = (carnetValidUntil: string | undefined) => RULES.carnetCoversPeriod(ctx({ carnetValidUntil })).outcome;

  it("covers a period ending on its last valid day, not one a day later", () => {
    expect(carnet("2026-01-15")).toBe("eligible");
    expect(carnet("2026-01-14")).toBe("ineligible");
    expect(carnet(undefined)).toBe("undetermined");
  });
});
