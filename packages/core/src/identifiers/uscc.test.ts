import { describe, expect, it } from "vitest";
import { isValidUscc } from "./uscc";

/** Published codes of real companies. */
const REAL = [
  "91350100M000100Y43",
  "914403001922038216", // 华为技术有限公司
  "91440300708461136T", // 深圳市腾讯计算机系统有限公司
  "91330100799655058B", // 阿里巴巴（中国）有限公司
];

describe("isValidUscc (GB 32100-2015)", () => {
  it.each(REAL)("accepts %s", (code) => expect(isValidUscc(code)).toBe(true));

  it("rejects a code with one character changed", () => {
    expect(isValidUscc("91350100M000100Y44")).toBe(false);
    expect(isValidUscc("91350100M000200Y43")).toBe(false);
    expect(isValidUscc("914403001922038217")).toBe(false);
    expect(isValidUscc("91440300708461136U")).toBe(false);
  });

  it("accepts a check character computed by hand", () => {
    // 1·0 + 3·0 + … : all zeros but the last body character 1 (weight 28) → (31 − 28) mod 31 = 3
    expect(isValidUscc("000000000000000013")).toBe(true);
    expect(isValidUscc("000000000000000000")).toBe(true);
    // body 9 at position 1: 9 → 31 − 9 = 22 → "N"
    expect(isValidUscc("90000000000000000N")).toBe(true);
  });

  it("rejects characters outside the set, lower case, and the wrong length", () => {
    expect(isValidUscc("91350100m000100y43")).toBe(false);
    expect(isValidUscc("91350100M000100Y4")).toBe(false);
    expect(isValidUscc("91350100M000100Y430")).toBe(false);
    for (const letter of ["I", "O", "Z", "S", "V"]) expect(isValidUscc(`9135010${letter}M000100Y43`)).toBe(false);
    expect(isValidUscc(" 91350100M000100Y43")).toBe(false);
    expect(isValidUscc("")).toBe(false);
  });
});
