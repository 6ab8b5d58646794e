import { describe, expect, it } from "vitest";
import { isValidUscc, usccCheckCharacter } from "./uscc";

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

  describe("positions 3–8: the registration authority's administrative division code, six Arabic digits (第4章)", () => {
    const VALID = "91440300708461136T"; // 440300: 深圳市
    /** The same code with `letter` at `position` (1-based) and the check character recomputed. */
    const withLetterAt = (position: number, letter: string) => {
      const body = `${VALID.slice(0, position - 1)}${letter}${VALID.slice(position, 17)}`;
      return `${body}${usccCheckCharacter(body)}`;
    };

    it("accepts the valid code", () => {
      expect(isValidUscc(VALID)).toBe(true);
      expect(usccCheckCharacter(VALID.slice(0, 17))).toBe("T");
    });

    it.each([3, 4, 5, 6, 7, 8])("rejects a letter at position %i even with a check character that fits", (position) => {
      const code = withLetterAt(position, "A");
      expect(code).toHaveLength(18);
      expect(usccCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
      expect(isValidUscc(code)).toBe(false);
    });

    it("still accepts letters where the standard allows them (positions 1–2, 9–17)", () => {
      expect(isValidUscc(withLetterAt(9, "M"))).toBe(true);
      expect(isValidUscc(withLetterAt(2, "A"))).toBe(true);
    });
  });
});
