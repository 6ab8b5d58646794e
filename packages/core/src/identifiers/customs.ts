/** Shapes of the customs identifiers partners send; they check form, not existence. */

/** China's 10-digit tariff and statistics commodity code (HS 6 digits + 4 national digits). */
export function isHsCode(s: string): boolean {
  return /^[0-9]{10}$/.test(s);
}

/** The 18-digit customs declaration (报关单) number. */
export function isCustomsDeclarationNumber(s: string): boolean {
  return /^[0-9]{18}$/.test(s);
}

/** The 4-digit customs office (关区) code. */
export function isCustomsOfficeCode(s: string): boolean {
  return /^[0-9]{4}$/.test(s);
}
