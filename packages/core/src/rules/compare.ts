/**
 * The counting convention of Chinese legal texts (Civil Code Art. 1259):
 * 以上、以下、以内 include the number; 不满、超过 exclude it. 不低于 reads as
 * 以上, 不超过 as 以下. Every threshold in the rules goes through one of these.
 */

/** 以上 / 不低于 / 达到: the threshold itself included. */
export function reaches(value: number, threshold: number): boolean {
  return value >= threshold;
}

/** 不满 / 低于: the threshold itself excluded. */
export function under(value: number, threshold: number): boolean {
  return value < threshold;
}

/** 超过 / 以上（不含）: beyond the threshold, the threshold itself excluded. */
export function exceeds(value: number, threshold: number): boolean {
  return value > threshold;
}

/** 以下 / 以内 / 不超过: up to the threshold, the threshold itself included. */
export function notExceeding(value: number, threshold: number): boolean {
  return value <= threshold;
}

/** Money compared in whole hundredths (fen), so that 5.1 / 102 is exactly 5 %. */
function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/** numerator / denominator ≥ percent % (不低于); never met when the denominator is not positive. */
export function shareAtLeast(numerator: number, denominator: number, percent: number): boolean {
  if (denominator <= 0) return false;
  return toHundredths(numerator) * 100 >= percent * toHundredths(denominator);
}
