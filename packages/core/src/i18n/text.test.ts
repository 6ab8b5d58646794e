import { describe, expect, it } from "vitest";
import { localize, pickLocale, text } from "./text";

describe("pickLocale", () => {
  it("defaults to zh-CN", () => {
    expect(pickLocale(undefined)).toBe("zh-CN");
    expect(pickLocale("fr-FR")).toBe("zh-CN");
  });
  it("honours q-values", () => {
    expect(pickLocale("en-US,en;q=0.9")).toBe("en");
    expect(pickLocale("zh;q=0.5, en;q=0.8")).toBe("en");
    expect(pickLocale("en;q=0, zh-TW")).toBe("zh-CN");
  });
});

describe("localize", () => {
  it("replaces every bilingual text, deep", () => {
    const value = { a: text("甲", "A"), list: [{ m: text("乙", "B"), n: 1 }], other: { "zh-CN": "x" } };
    expect(localize(value, "en")).toEqual({ a: "A", list: [{ m: "B", n: 1 }], other: { "zh-CN": "x" } });
  });
});
