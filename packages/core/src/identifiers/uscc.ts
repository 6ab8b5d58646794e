/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015 (text in
 * source.txt beside this file).
 */
import { text } from "../i18n";
import { defineInstrument } from "../rules";

export const GB_32100_2015 = defineInstrument({
  id: "gb-32100-2015",
  title: text(
    "GB 32100-2015 法人和其他组织统一社会信用代码编码规则",
    "GB 32100-2015 Coding rule of the unified social credit identifier for legal entities and other organizations",
  ),
  inForceFrom: "2015-10-01",
  sourceFile: "identifiers/source.txt",
});

const READ_FROM_COPIES = "the standard read from validators' quotations of it (source.txt): clause numbers UNCONFIRMED";

/*
 * 4 代码结构
 * 统一社会信用代码由十八位的阿拉伯数字或大写英文字母（不使用I、O、Z、S、V）组成。
 * 第1位：登记管理部门代码（共一位字符）
 * 第2位：机构类别代码（共一位字符）
 * 第3位~第8位：登记管理机关行政区划码（共六位阿拉伯数字）
 * 第9位~第17位：主体标识码（组织机构代码）（共九位字符）
 * 第18位：校验码（共一位字符）
 */
export const USCC_STRUCTURE = GB_32100_2015.article(
  "第4章",
  "统一社会信用代码由十八位的阿拉伯数字或大写英文字母（不使用I、O、Z、S、V）组成……第3位~第8位：登记管理机关行政区划码（共六位阿拉伯数字）",
  { unconfirmed: READ_FROM_COPIES },
);

/*
 * 附录A 校验码: C18 = 31 − MOD(∑Ci × Wi, 31)，Wi = 3^(i−1) mod 31；
 * 当 MOD 函数值为0（即 C18 = 31）时，校验码用字符0表示。
 */
export const USCC_CHECK_CHARACTER = GB_32100_2015.article(
  "附录A",
  "C18 = 31 − MOD(∑Ci × Wi, 31)……当 MOD 函数值为0（即 C18 = 31）时，校验码用字符0表示",
  { unconfirmed: READ_FROM_COPIES },
);

/** The 31-character set: digits and capitals without I, O, Z, S, V. */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** 3^(i−1) mod 31, for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/**
 * Positions 1–2 and 9–18 from the character set; positions 3–8, the
 * registration authority's administrative division code, six Arabic digits
 * (共六位阿拉伯数字): a letter there is invalid even if the check character fits.
 */
export const USCC_SHAPE = /^[0-9A-HJ-NPQRTUW-Y]{2}[0-9]{6}[0-9A-HJ-NPQRTUW-Y]{10}$/;

/** The check character (position 18) of a 17-character body, or null if a character is outside the set. */
export function usccCheckCharacter(body: string): string | null {
  if (body.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(body.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

export function isValidUscc(s: string): boolean {
  if (!USCC_SHAPE.test(s)) return false;
  return s.charAt(17) === usccCheckCharacter(s.slice(0, 17));
}
