import { describe, expect, it } from "vitest";
import { isCustomsDeclarationNumber, isCustomsOfficeCode, isHsCode } from "./customs";

const digits = (n: number) => "1234567890".repeat(2).slice(0, n);

describe("customs identifiers", () => {
  it("HS code: exactly 10 digits", () => {
    expect(isHsCode("9027819000")).toBe(true);
    expect(isHsCode(digits(9))).toBe(false);
    expect(isHsCode(digits(11))).toBe(false);
    expect(isHsCode("9027.81.90")).toBe(false);
    expect(isHsCode("902781900A")).toBe(false);
    expect(isHsCode("９０２７８１９０００")).toBe(false);
  });

  it("declaration number: exactly 18 digits", () => {
    expect(isCustomsDeclarationNumber(digits(18))).toBe(true);
    expect(isCustomsDeclarationNumber(digits(17))).toBe(false);
    expect(isCustomsDeclarationNumber(`${digits(18)}0`)).toBe(false);
    expect(isCustomsDeclarationNumber(`${digits(17)}X`)).toBe(false);
  });

  it("customs office code: exactly 4 digits", () => {
    expect(isCustomsOfficeCode("2201")).toBe(true);
    expect(isCustomsOfficeCode("220")).toBe(false);
    expect(isCustomsOfficeCode("22010")).toBe(false);
    expect(isCustomsOfficeCode("22a1")).toBe(false);
    expect(isCustomsOfficeCode("")).toBe(false);
  });
});
