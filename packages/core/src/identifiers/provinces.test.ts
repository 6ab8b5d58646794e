import { describe, expect, it } from "vitest";
import { normalizeProvince, PROVINCES, provinceName } from "./provinces";

describe("PROVINCES (GB/T 2260)", () => {
  it("lists the 34 province-level divisions once each", () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    for (const p of PROVINCES) expect(p.code).toMatch(/^[1-8]\d0000$/);
  });

  it("names them in both languages", () => {
    expect(provinceName("110000")).toEqual({ "zh-CN": "北京市", en: "Beijing" });
    expect(provinceName("310000")).toEqual({ "zh-CN": "上海市", en: "Shanghai" });
    expect(provinceName("440000")).toEqual({ "zh-CN": "广东省", en: "Guangdong" });
    expect(provinceName("710000")?.["zh-CN"]).toBe("台湾省");
    expect(provinceName("810000")?.en).toBe("Hong Kong");
    expect(provinceName("820000")?.en).toBe("Macao");
    expect(provinceName("110100")).toBeUndefined();
  });
});

describe("normalizeProvince", () => {
  it.each([
    ["310000", "310000"],
    ["Shanghai", "310000"],
    ["  shang hai ", "310000"],
    ["上海市", "310000"],
    ["上海", "310000"],
    ["Inner Mongolia", "150000"],
    ["inner mongolia autonomous region", "150000"],
    ["Guangxi", "450000"],
    ["Tibet", "540000"],
    ["XIZANG", "540000"],
    ["Ningxia", "640000"],
    ["Xinjiang", "650000"],
    ["Hong Kong", "810000"],
    ["HongKong", "810000"],
    ["香港特别行政区", "810000"],
    ["Macao", "820000"],
    ["macau", "820000"],
    ["Shanxi", "140000"],
    ["Shaanxi", "610000"],
    ["Heilongjiang", "230000"],
  ])("%j → %s", (input, code) => expect(normalizeProvince(input)).toBe(code));

  it.each(["", "000000", "110100", "Peking", "Shenzhen", "CN", "上海省"])("rejects %j", (input) =>
    expect(normalizeProvince(input)).toBeUndefined(),
  );

  it("finds every province by its code and by both names", () => {
    for (const p of PROVINCES) {
      expect(normalizeProvince(p.code)).toBe(p.code);
      expect(normalizeProvince(p.name["zh-CN"])).toBe(p.code);
      expect(normalizeProvince(p.name.en.toUpperCase())).toBe(p.code);
    }
  });
});
