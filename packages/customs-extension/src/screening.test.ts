/**
 * The customs intake over core's Order 233 rules: what each failed rule means
 * for a filed request (rejected, or needs_info listing every item to correct),
 * at the lines the text draws. The rules themselves are tested in
 * packages/core/src/customs/customs.test.ts.
 */
import { addDays, addMonths } from "@rdc/core";
import { describe, expect, it } from "vitest";
import {
  carnetRequest,
  EXAMPLE_RECEIVED_ON,
  extensionRequest,
  INVALID_EXAMPLES,
  nationalProjectRequest,
  VALID_EXAMPLES,
} from "./examples";
import { type CustomsExtensionPayload, customsExtensionPayload } from "./schema";
import { reexportDeadlineOnApproval, screenCustomsExtension } from "./screening";

const ON = EXAMPLE_RECEIVED_ON;
const screen = (payload: CustomsExtensionPayload, receivedOn = ON, explain = false) =>
  screenCustomsExtension(payload, { receivedOn, explain });
const fields = (payload: CustomsExtensionPayload) => screen(payload).screening.missingItems.map((m) => m.field);

describe("the examples", () => {
  it("are valid bodies that screen to review", () => {
    for (const [name, body] of Object.entries(VALID_EXAMPLES)) {
      expect(customsExtensionPayload.safeParse(body).success, name).toBe(true);
      expect(screen(body).status, name).toBe("under_review");
    }
  });

  it("and invalid bodies the schema refuses", () => {
    for (const [name, body] of Object.entries(INVALID_EXAMPLES))
      expect(customsExtensionPayload.safeParse(body).success, name).toBe(false);
  });
});

describe("applied for before the period ends (Order 233 第十条)", () => {
  it.each([
    ["the day before the deadline", 1, "under_review"],
    ["on the deadline day", 0, "under_review"],
    ["the day after the deadline", -1, "rejected"],
  ])("filed %s → %s", (_, deadlineInDays, status) => {
    expect(screen(extensionRequest(ON, { deadlineInDays })).status).toBe(status);
  });

  it("rejects a late request saying the goods must be re-exported or entered, and no office reviews it", () => {
    const decision = screen(extensionRequest(ON, { deadlineInDays: -1 }));
    const late = decision.screening.findings.find((f) => f.code === "customs.applied-before-expiry.not_met");
    expect(late?.severity).toBe("rejected");
    expect(late?.message.en).toContain("re-exported or formally entered");
    const source = decision.screening.sources[late?.source ?? ""];
    expect(source?.article).toBe("第十条");
    expect(source?.unconfirmed).toBeTruthy();
    expect(decision).toMatchObject({ agency: null, office: null, due: null });
    expect(decision.summary.en).toContain(addDays(ON, -1));
  });
});

describe("at most 3 extensions; however, national projects (第九条)", () => {
  it("sends the third extension to the competent customs", () => {
    const decision = screen(extensionRequest(ON, { extensionsGranted: 2 }));
    expect(decision).toMatchObject({ status: "under_review", agency: "GACC", office: { code: "2201" } });
    expect(decision.screening).toMatchObject({ route: "competent_customs", extensionNumber: 3 });
  });

  it("refuses a fourth outside a national project", () => {
    for (const level of ["provincial", "none"] as const) {
      const payload = { ...extensionRequest(ON, { extensionsGranted: 3 }), project: { level, name: "x", number: "y" } };
      const decision = screen(payload);
      expect(decision.status).toBe("rejected");
      expect(decision.screening.route).toBeNull();
    }
  });

  it("sends a fourth for a national key project to the directly-under customs", () => {
    const decision = screen(nationalProjectRequest());
    expect(decision.status).toBe("under_review");
    expect(decision.screening.route).toBe("directly_under_customs");
    expect(decision.office?.code).toBe("2200");
  });
});

describe("each extension at most 6 months (第九条)", () => {
  const base = extensionRequest(ON);
  const limit = addMonths(base.currentDeadline, 6);

  it("accepts exactly 6 months and asks to correct a day more, naming the longest date", () => {
    expect(screen({ ...base, requestedDeadline: limit }).status).toBe("under_review");
    const over = screen({ ...base, requestedDeadline: addDays(limit, 1) });
    expect(over.status).toBe("needs_info");
    expect(over.screening.maxDeadline).toBe(limit);
    expect(over.screening.missingItems).toEqual([
      expect.objectContaining({
        field: "requestedDeadline",
        message: expect.objectContaining({ en: expect.stringContaining(limit) }),
      }),
    ]);
  });

  it("asks to correct a requested date not after the current one", () => {
    expect(fields({ ...base, requestedDeadline: base.currentDeadline })).toEqual(["requestedDeadline"]);
  });

  it("never approves beyond the limit", () => {
    const decision = screen(base);
    const watched = reexportDeadlineOnApproval({ ...base, requestedDeadline: addDays(limit, 30) }, decision.screening);
    expect(watched.date).toBe(limit);
    expect(reexportDeadlineOnApproval(base, decision.screening).date).toBe(base.requestedDeadline);
  });
});

describe("a declared current deadline is checked against the entry date", () => {
  it("asks to correct a deadline past entry + 6(k+1) months, and counts from the ceiling", () => {
    const base = extensionRequest(ON);
    const ceiling = addMonths(base.entryDate, 6);
    const payload = { ...base, currentDeadline: addDays(ceiling, 1), requestedDeadline: addMonths(ceiling, 6) };
    const decision = screen(payload);
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.currentPeriodEnd).toBe(ceiling);
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["currentDeadline"]);
    expect(screen({ ...payload, currentDeadline: ceiling }).status).toBe("under_review");
  });
});

describe("the goods (第三条)", () => {
  it("asks for a category for each item of category other, naming it by its index", () => {
    const base = extensionRequest(ON);
    const item = base.goods[0] as CustomsExtensionPayload["goods"][number];
    const payload = {
      ...base,
      goods: [item, { ...item, category: "other" as const }, { ...item, category: "other" as const }],
    };
    const decision = screen(payload);
    expect(decision.status).toBe("needs_info");
    expect(decision.screening.missingItems.map((m) => m.field)).toEqual(["goods.1.category", "goods.2.category"]);
  });
});

describe("ATA carnets", () => {
  it("accept a carnet valid through the requested deadline", () => {
    const payload = carnetRequest();
    expect(screen({ ...payload, ataCarnet: { number: "CN/1", validUntil: payload.requestedDeadline } }).status).toBe(
      "under_review",
    );
  });

  it("ask for a renewed carnet confirmed by the directly-under customs when it ends a day early", () => {
    const payload = carnetRequest();
    const decision = screen({
      ...payload,
      ataCarnet: { number: "CN/1", validUntil: addDays(payload.requestedDeadline, -1) },
    });
    expect(decision.status).toBe("needs_info");
    const item = decision.screening.missingItems[0];
    expect(item?.field).toBe("ataCarnet.validUntil");
    expect(item?.message["zh-CN"]).toContain("主管地直属海关确认");
  });

  it("ask for the carnet when the guarantee is a carnet and none is given", () => {
    const { ataCarnet: _, ...payload } = carnetRequest();
    expect(fields(payload)).toEqual(["ataCarnet"]);
  });
});

describe("every item at once, cited, explained in the kernel's trace", () => {
  it("lists every item to correct in one answer", () => {
    const base = carnetRequest();
    const item = base.goods[0] as CustomsExtensionPayload["goods"][number];
    const payload = {
      ...base,
      requestedDeadline: addMonths(base.currentDeadline, 7),
      goods: [{ ...item, category: "other" as const }],
      ataCarnet: { number: "CN/1", validUntil: base.currentDeadline },
    };
    expect(fields(payload)).toEqual(["requestedDeadline", "goods.0.category", "ataCarnet.validUntil"]);
  });

  it("cites measure 9 and Order 233, and records the figures in force", () => {
    const { screening } = screen(extensionRequest(ON));
    const titles = screening.citations.map((id) => screening.documents[screening.sources[id]?.document ?? ""]);
    expect(titles.map((title) => title?.["zh-CN"])).toEqual(
      expect.arrayContaining([
        expect.stringContaining("国办函〔2023〕7号"),
        expect.stringContaining("海关总署令第233号"),
      ]),
    );
    expect(screening.parameters.map((p) => p.value)).toEqual([6, 6, 3, 30, 10]);
  });

  it("traces every rule only when asked", () => {
    expect(screen(extensionRequest(ON)).trace).toBeUndefined();
    const rules = screen(extensionRequest(ON), ON, true).trace?.map((t) => t.rule);
    expect(rules).toEqual([
      "customs.applied-before-expiry",
      "customs.national-project-beyond-limit",
      "customs.within-extension-limit",
      "customs.declared-deadline-consistent",
      "customs.requested-within-extension-limit",
      "customs.goods-qualify",
    ]);
  });
});
