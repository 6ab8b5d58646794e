/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18
 * characters from a 31-character set (digits and capitals without I, O, Z,
 * S, V); the last is a check character over the first 17.
 */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** 3^i mod 31, for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUW-Y]{18}$/;

export function isValidUscc(s: string): boolean {
  if (!USCC_SHAPE.test(s)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + CHARSET.indexOf(s.charAt(i)) * weight, 0);
  return s.charAt(17) === CHARSET.charAt((31 - (sum % 31)) % 31);
}
