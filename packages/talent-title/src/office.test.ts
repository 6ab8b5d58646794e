import { describe, expect, it } from "vitest";
import { provincialHrAuthority } from "./office";

describe("provincial HR authority", () => {
  it("is a bureau (局) in a municipality", () => {
    expect(provincialHrAuthority("310000")).toEqual({
      code: "310000",
      name: { "zh-CN": "上海市人力资源和社会保障局", en: "Shanghai Human Resources and Social Security Bureau" },
    });
  });

  it("is a department (厅) in a province or region", () => {
    expect(provincialHrAuthority("440000")?.name).toEqual({
      "zh-CN": "广东省人力资源和社会保障厅",
      en: "Human Resources and Social Security Department of Guangdong",
    });
    expect(provincialHrAuthority("450000")?.name["zh-CN"]).toBe("广西壮族自治区人力资源和社会保障厅");
  });

  it("takes a district code to its province", () => {
    expect(provincialHrAuthority("310115")?.code).toBe("310000");
  });

  it("has none outside the mainland or for a code that is no division", () => {
    for (const code of ["810000", "820000", "710000", "990000", "31000", "abcdef"])
      expect(provincialHrAuthority(code)).toBeUndefined();
  });
});
