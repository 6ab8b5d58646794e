import { citeMeasure, ORDER_233 } from "@rdc/core";
import { describe, expect, it } from "vitest";
import { type CustomsExtensionPayload, type GoodsItem, PROJECT_LEVELS } from "./payload";
import { PLATFORM_TARGETS } from "./rules";
import { reexportDeadlineOnApproval, screenCustomsExtension } from "./screening";

const goodsItem: GoodsItem = {
  description: "激光雷达测试台架",
  hsCode: "9031809090",
  category: "research_equipment",
  quantity: 1,
  valueCny: 1_200_000,
  serialOrVin: "LDR-2024-0001",
};

function request(overrides: Partial<CustomsExtensionPayload> = {}): CustomsExtensionPayload {
  return {
    center: { name: "某汽车研发（上海）有限公司", uscc: "91310000MA1FL00000", province: "310000" },
    customsOffice: { code: "2201", name: "上海海关" },
    declarationNumber: "220120241000123456",
    entryDate: "2023-12-28",
    currentDeadline: "2024-06-28",
    extensionsGranted: 0,
    requestedDeadline: "2024-12-27",
    reason: "测试周期延长",
    goods: [goodsItem],
    project: { level: "none" },
    guarantee: { type: "deposit", amountCny: 150_000 },
    ...overrides,
  };
}

const inTime = { receivedOn: "2024-06-20" };

function codes(payload: CustomsExtensionPayload, ctx = inTime): string[] {
  return screenCustomsExtension(payload, ctx).screening.findings.map((f) => f.code);
}

describe("applying before the re-export period expires (Order 233 Art. 9, unconfirmed)", () => {
  it.each([
    ["the day before the deadline", "2024-06-27", "under_review"],
    ["on the deadline day", "2024-06-28", "under_review"],
    ["the day after the deadline", "2024-06-29", "rejected"],
  ])("filed %s → %s", (_, receivedOn, status) => {
    expect(screenCustomsExtension(request(), { receivedOn }).status).toBe(status);
  });

  it("rejects a late request saying the goods must be re-exported or entered, and no office reviews it", () => {
    const decision = screenCustomsExtension(request(), { receivedOn: "2024-06-29" });
    const expired = decision.screening.findings.find((f) => f.code === "period_expired");
    expect(expired?.severity).toBe("rejected");
    expect(expired?.message.en).toContain("re-exported or formally entered");
    expect(expired?.message["zh-CN"]).toContain("复运出境或者办理进口手续");
    expect(expired?.citation.article).toBe("第九条");
    expect(expired?.citation.unconfirmed).toBeTruthy();
    expect(decision).toMatchObject({ agency: null, office: null, due: null });
    expect(decision.summary.en).toContain("2024-06-28");
  });
});

describe("each extension at most 6 months after the current deadline (Civil Code Art. 202 month rule)", () => {
  it.each([
    ["an ordinary date", "2024-01-15", "2024-07-15", "2024-07-16"],
    ["31 August into a leap February", "2023-08-31", "2024-02-29", "2024-03-01"],
    ["31 August into a common February", "2024-08-31", "2025-02-28", "2025-03-01"],
  ])("%s: to the day is allowed, one day more is not", (_, currentDeadline, maxDeadline, dayMore) => {
    const ctx = { receivedOn: currentDeadline };
    const atLimit = screenCustomsExtension(request({ currentDeadline, requestedDeadline: maxDeadline }), ctx);
    expect(atLimit.status).toBe("under_review");
    expect(atLimit.screening.maxDeadline).toBe(maxDeadline);

    const over = screenCustomsExtension(request({ currentDeadline, requestedDeadline: dayMore }), ctx);
    expect(over.status).toBe("needs_info");
    expect(over.screening.maxDeadline).toBe(maxDeadline);
    expect(over.screening.findings.find((f) => f.code === "extension_too_long")?.message.en).toContain(maxDeadline);
    expect(over.screening.missingItems).toEqual([
      { field: "requestedDeadline", message: expect.objectContaining({ en: expect.stringContaining(maxDeadline) }) },
    ]);
  });

  it.each([
    ["on", "2024-06-28", "needs_info"],
    ["before", "2024-06-01", "needs_info"],
    ["the day after", "2024-06-29", "under_review"],
  ])("a requested deadline %s the current one → %s", (_, requestedDeadline, status) => {
    const decision = screenCustomsExtension(request({ requestedDeadline }), inTime);
    expect(decision.status).toBe(status);
    if (status === "needs_info")
      expect(codes(request({ requestedDeadline }))).toContain("requested_deadline_not_later");
  });
});

describe("at most 3 extensions; beyond them only national projects, via the directly-under customs", () => {
  const nationalLevels = ["national_key_project", "national_research_program"] as const;
  const otherLevels = ["provincial", "none"] as const;
  const project = (level: (typeof PROJECT_LEVELS)[number]) => ({ level, name: "某国家项目", number: "2023YFB0000000" });

  it.each(PROJECT_LEVELS)("the 3rd extension of a %s project goes to the competent customs", (level) => {
    const decision = screenCustomsExtension(request({ extensionsGranted: 2, project: project(level) }), inTime);
    expect(decision.status).toBe("under_review");
    expect(decision.screening.route).toBe("competent_customs");
    expect(decision.screening.extensionNumber).toBe(3);
    expect(decision.office).toEqual({ code: "2201", name: { "zh-CN": "上海海关", en: "上海海关" } });
  });

  it.each(nationalLevels)("the 4th extension of a %s goes to the directly-under customs", (level) => {
    const decision = screenCustomsExtension(request({ extensionsGranted: 3, project: project(level) }), inTime);
    expect(decision.status).toBe("under_review");
    expect(decision.agency).toBe("GACC");
    expect(decision.screening.route).toBe("directly_under_customs");
    expect(decision.screening.extensionNumber).toBe(4);
    expect(decision.office?.code).toBe("2200");
    expect(decision.office?.name["zh-CN"]).toBe("关区代码2200的直属海关（上海海关的主管地直属海关）");
    expect(decision.office?.name.en).toContain("directly-under customs");
  });

  it.each(otherLevels)("the 4th extension of a %s project is rejected under the 3-extension limit", (level) => {
    const decision = screenCustomsExtension(request({ extensionsGranted: 3, project: project(level) }), inTime);
    expect(decision.status).toBe("rejected");
    expect(decision.screening.route).toBe("competent_customs");
    const limit = decision.screening.findings.find((f) => f.code === "extension_limit_reached");
    expect(limit?.message.en).toContain("at most 3");
    expect(limit?.citation.document).toEqual(ORDER_233);
  });

  it("a national project beyond the limit must be named and numbered", () => {
    const decision = screenCustomsExtension(
      request({ extensionsGranted: 5, project: { level: "national_key_project", name: "某重点工程" } }),
      inTime,
    );
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["project.number"]);
  });

  it("beyond the limit the 6-month cap does not apply: the directly-under customs sets the period", () => {
    const payload = request({
      extensionsGranted: 3,
      project: project("national_research_program"),
      requestedDeadline: "2025-06-28",
    });
    expect(screenCustomsExtension(payload, inTime).status).toBe("under_review");
    expect(codes(payload)).toContain("period_set_by_directly_under_customs");
  });
});

describe("qualifying goods (Order 233 Art. 3 items 4, 5, 8, 12)", () => {
  it.each([
    ["research_equipment", "第三条第（四）项"],
    ["test_vehicle", "第三条第（五）项、第（十二）项"],
    ["test_product", "第三条第（十二）项"],
    ["tooling", "第三条第（八）项"],
  ] as const)("%s qualifies under %s", (category, article) => {
    const decision = screenCustomsExtension(request({ goods: [{ ...goodsItem, category }] }), inTime);
    expect(decision.status).toBe("under_review");
    const qualifies = decision.screening.findings.find((f) => f.code === "goods_qualify");
    expect(qualifies?.citation.article).toBe(article);
  });

  it("category other needs the category that applies, per goods line, listing the qualifying items", () => {
    const payload = request({ goods: [goodsItem, { ...goodsItem, description: "零部件", category: "other" }] });
    const decision = screenCustomsExtension(payload, inTime);
    expect(decision.status).toBe("needs_info");
    const finding = decision.screening.findings.find((f) => f.code === "goods_category_not_qualifying");
    expect(finding?.citation.article).toBe("第三条第（四）项、第（五）项、第（八）项、第（十二）项");
    for (const item of ["item 4", "item 5", "item 8", "item 12"]) expect(finding?.message.en).toContain(item);
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["goods.1.category"]);
    expect(decision.screening.missingItems[0]?.message["zh-CN"]).toContain("零部件");
  });

  it("no goods at all needs the goods", () => {
    const decision = screenCustomsExtension(request({ goods: [] }), inTime);
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["goods"]);
  });
});

describe("ATA carnet and guarantee", () => {
  const carnet = (validUntil: string) => ({
    ataCarnet: { number: "CN/2024/0001", validUntil },
    guarantee: { type: "carnet" as const },
  });

  it.each([
    ["the day before the requested deadline", "2024-12-26", "needs_info"],
    ["on the requested deadline", "2024-12-27", "under_review"],
    ["after the requested deadline", "2025-03-01", "under_review"],
  ])("a carnet valid until %s → %s", (_, validUntil, status) => {
    const decision = screenCustomsExtension(request(carnet(validUntil)), inTime);
    expect(decision.status).toBe(status);
    if (status === "needs_info") {
      expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["ataCarnet.validUntil"]);
      expect(decision.screening.findings.find((f) => f.severity === "needs_info")?.message.en).toContain(
        "renewed carnet",
      );
    }
  });

  it("a carnet guarantee without carnet details needs the carnet", () => {
    const decision = screenCustomsExtension(request({ guarantee: { type: "carnet" } }), inTime);
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["ataCarnet"]);
  });

  it("a deposit or bank guarantee needs no carnet", () => {
    expect(screenCustomsExtension(request({ guarantee: { type: "bank_guarantee" } }), inTime).status).toBe(
      "under_review",
    );
  });
});

describe("precedence: every finding is kept, the status is the most severe", () => {
  it("a late 4th extension of a non-national project with goods of category other is rejected, listing all", () => {
    const decision = screenCustomsExtension(
      request({ extensionsGranted: 3, goods: [{ ...goodsItem, category: "other" }] }),
      { receivedOn: "2024-07-01" },
    );
    expect(decision.status).toBe("rejected");
    const findings = decision.screening.findings.map((f) => f.code);
    expect(findings).toEqual(
      expect.arrayContaining(["period_expired", "extension_limit_reached", "goods_category_not_qualifying"]),
    );
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["goods.0.category"]);
    expect(decision.summary.en).toContain("at most 3");
    expect(decision.summary.en).not.toContain("other");
  });

  it("needs_info over under_review", () => {
    const decision = screenCustomsExtension(
      request({ requestedDeadline: "2024-12-29", guarantee: { type: "carnet" } }),
      inTime,
    );
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["requestedDeadline", "ataCarnet"]);
  });
});

describe("review routing and due date", () => {
  it("goes to GACC at the customs office, due 10 working days after receipt as a platform target", () => {
    const decision = screenCustomsExtension(request(), { receivedOn: "2024-06-27" });
    expect(decision.agency).toBe("GACC");
    expect(decision.due).toMatchObject({ date: "2024-07-11", provisional: false });
    expect(decision.due?.citation.document).toEqual(PLATFORM_TARGETS);
    expect(decision.due?.basis.en).toContain("not a statutory deadline");
  });

  it("counts the National Day holiday and its make-up working days", () => {
    const payload = request({ currentDeadline: "2024-10-31", requestedDeadline: "2025-04-30" });
    expect(screenCustomsExtension(payload, { receivedOn: "2024-09-27" }).due?.date).toBe("2024-10-16");
  });

  it("cites measure (九), Order 233 and the platform targets, with the figures used", () => {
    const { screening } = screenCustomsExtension(request(), inTime);
    expect(screening.citations).toContainEqual(citeMeasure("（九）"));
    expect(screening.citations.some((c) => c.document === ORDER_233 && c.unconfirmed)).toBe(true);
    expect(screening.parameters.map((p) => [p.id, p.value])).toEqual([
      ["customs.reexport.extensionMaxMonths", 6],
      ["customs.reexport.maxExtensions", 3],
      ["customs.reexport.reminderDaysBefore", 30],
      ["customs.extension.reviewTargetWorkingDays", 10],
    ]);
    expect(new Set(screening.citations.map((c) => JSON.stringify(c))).size).toBe(screening.citations.length);
  });
});

describe("the re-export deadline watched after approval", () => {
  it("is the requested date, with a reminder 30 days before", () => {
    const payload = request();
    const { screening } = screenCustomsExtension(payload, inTime);
    expect(reexportDeadlineOnApproval(payload, screening)).toEqual({
      kind: "reexport",
      date: "2024-12-27",
      warnDaysBefore: 30,
      label: {
        "zh-CN": "复运出境期限（报关单号220120241000123456）",
        en: "Re-export deadline (declaration 220120241000123456)",
      },
    });
  });

  it("is capped at the 6-month limit on the competent-customs route", () => {
    const payload = request({ requestedDeadline: "2025-01-31" });
    const { screening } = screenCustomsExtension(payload, inTime);
    expect(reexportDeadlineOnApproval(payload, screening).date).toBe("2024-12-28");
  });

  it("is not capped on the directly-under route", () => {
    const payload = request({
      extensionsGranted: 3,
      project: { level: "national_key_project", name: "某重点工程", number: "ZD-2021-01" },
      requestedDeadline: "2025-01-31",
    });
    const { screening } = screenCustomsExtension(payload, inTime);
    expect(reexportDeadlineOnApproval(payload, screening).date).toBe("2025-01-31");
  });
});

describe("the overall period counted from entry (6 months + 3 extensions of 6 months)", () => {
  it("allows a requested deadline up to entry + 24 months and asks about one day more on the ordinary route", () => {
    const base = { entryDate: "2023-01-10", currentDeadline: "2024-07-10", extensionsGranted: 2 };
    const atCeiling = screenCustomsExtension(request({ ...base, requestedDeadline: "2025-01-10" }), {
      receivedOn: "2024-07-01",
    });
    expect(atCeiling.screening.findings.map((f) => f.code)).not.toContain("beyond_overall_period");
    const dayMore = screenCustomsExtension(request({ ...base, requestedDeadline: "2025-01-11" }), {
      receivedOn: "2024-07-01",
    });
    expect(dayMore.status).toBe("needs_info");
    expect(dayMore.screening.findings.map((f) => f.code)).toContain("beyond_overall_period");
    expect(dayMore.screening.missingItems.map((m) => m.field)).toContain("requestedDeadline");
  });
});
