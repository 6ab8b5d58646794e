import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, isCountryCode } from "./countries";

describe("ISO 3166-1 alpha-2", () => {
  it("has the 249 officially assigned codes, once each, sorted", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
  });

  it("every code is a region ICU can name", () => {
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    for (const code of COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
  });

  it.each(["CN", "HK", "MO", "TW", "US", "DE", "JP", "GB", "SS", "BQ", "CW", "SX", "AX", "ZW"])("accepts %s", (code) =>
    expect(isCountryCode(code)).toBe(true),
  );

  it.each(["cn", "Cn", "UK", "EU", "XK", "AN", "YU", "CS", "ZZ", "C", "CHN", "", " CN"])("rejects %j", (code) =>
    expect(isCountryCode(code)).toBe(false),
  );
});
