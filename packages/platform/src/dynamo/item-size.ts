/**
 * An item's size as DynamoDB counts it against its 400 KB limit and in
 * capacity units (Developer Guide, "Item sizes and formats"): each attribute
 * name's and string's UTF-8 bytes, a number's significant digits / 2 + 1
 * bytes, 1 byte for a boolean or null, and for a list or map 3 bytes plus 1
 * per element besides the elements (a map's keys counted as names).
 */
export const MAX_ITEM_BYTES = 400 * 1024;

const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

function numberBytes(n: number | bigint): number {
  const digits = String(n)
    .replace(/^-/, "")
    .replace(/e.*$/i, "")
    .replace(".", "")
    .replace(/^0+/, "")
    .replace(/0+$/, "");
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

/** The size of one attribute value, as the document client marshals it. */
export function valueBytes(value: unknown): number {
  if (value === null || value === undefined || typeof value === "boolean") return 1;
  if (typeof value === "string") return utf8(value);
  if (typeof value === "number" || typeof value === "bigint") return numberBytes(value);
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((sum: number, v) => sum + valueBytes(v), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + valueBytes(v), 0);
  return 3 + Object.entries(value).reduce((sum, [k, v]) => sum + utf8(k) + 1 + valueBytes(v), 0);
}

/** The size of an item: its attribute names and values. */
export function itemBytes(item: Record<string, unknown>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueBytes(value), 0);
}
