/**
 * The one masking policy for personal data (PIPL 第六条: minimisation; 第五十一条第（三）项:
 * 去标识化). Schemas mark each personal field with its kind; every list view
 * (a partner's list, the review queue, the event feed) shows a personal field
 * only as its kind allows here, and the single-resource GET, to the owner and
 * the routed reviewer, shows it whole. An organisation's identifiers (USCC)
 * are not personal data and are not marked.
 */
export const PERSONAL_KINDS = [
  /** A person's name: initials only (a Chinese name: its surname character and `*`). */
  "name",
  /** A person's document number (passport, work permit): `*` and its last 3 characters. */
  "document_number",
  /** A person's birth date: not shown at all. */
  "birth_date",
  /** Contact data (a contact person's name, phone, e-mail): not shown at all. */
  "contact",
  /** Any other personal data: not shown at all. */
  "other",
] as const;
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

const HAN = /^\p{Script=Han}/u;

/**
 * A person's name as initials: `Anna Schmidt` → `A. S.`; a name in Chinese
 * characters as its surname character and `*` (`张三丰` → `张*`, `欧阳娜娜` → `欧*`).
 */
export function maskName(name: string): string {
  const trimmed = name.trim();
  const first = [...trimmed][0];
  if (first === undefined) return "*";
  if (HAN.test(trimmed)) return `${first}*`;
  return trimmed
    .split(/[\s\-‐·.]+/u)
    .filter(Boolean)
    .map((part) => `${[...part][0]?.toLocaleUpperCase() ?? ""}.`)
    .join(" ");
}

/** A document number as `*` and its last 3 characters (`C01X00T47` → `*T47`); 3 characters or fewer: `*`. */
export function maskDocumentNumber(value: string): string {
  const chars = [...value.trim()];
  return chars.length <= 3 ? "*" : `*${chars.slice(-3).join("")}`;
}

/** A personal value as a list shows it, or `undefined` where a list shows nothing of it. */
export function listValue(kind: PersonalKind, value: unknown): string | undefined {
  // Only a single value can be masked; anything else (an object marked as a whole) shows nothing.
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  switch (kind) {
    case "name":
      return maskName(String(value));
    case "document_number":
      return maskDocumentNumber(String(value));
    default:
      return undefined;
  }
}

/**
 * Where a personal field sits in a payload: object keys, `[]` for every item
 * of an array, `*` for every value of a record (map).
 */
export interface PersonalField {
  path: readonly string[];
  kind: PersonalKind;
}

export const EVERY_ITEM = "[]";
export const EVERY_VALUE = "*";

/**
 * The payload as every list view shows it: each personal field replaced by
 * its `listValue`, or removed where that is nothing; an object that held
 * only removed personal fields is removed too. The input is not changed.
 */
export function maskedForList<T>(payload: T, fields: readonly PersonalField[]): T {
  return rewrite(payload, fields, (kind, value) => listValue(kind, value)).value as T;
}

/**
 * The payload with every personal field removed (erasure at the end of the
 * retention period): `erased`, the paths that held a value
 * (`applicant.fullName`, `staff.0.name`), and `removed`, the outermost keys
 * that went (a contact left empty goes whole), as paths for an update that
 * removes them in place (`["staff", 0, "name"]`). The input is not changed.
 */
export function withoutPersonal<T>(
  payload: T,
  fields: readonly PersonalField[],
): { payload: T; erased: string[]; removed: (string | number)[][] } {
  const { value, touched } = rewrite(payload, fields, () => undefined);
  const removed: (string | number)[][] = [];
  deletions(payload, value, [], removed);
  return { payload: value as T, erased: touched, removed };
}

/** The keys of `before` that `after` no longer has, outermost first. */
function deletions(before: unknown, after: unknown, path: (string | number)[], into: (string | number)[][]): void {
  if (before === after || typeof before !== "object" || before === null) return;
  if (Array.isArray(before)) {
    if (Array.isArray(after)) for (const [i, item] of before.entries()) deletions(item, after[i], [...path, i], into);
    return;
  }
  const next = after as Record<string, unknown>;
  for (const [key, child] of Object.entries(before)) {
    if (!Object.hasOwn(next, key)) into.push([...path, key]);
    else deletions(child, next[key], [...path, key], into);
  }
}

type Replace = (kind: PersonalKind, value: unknown) => unknown;

function rewrite(payload: unknown, fields: readonly PersonalField[], replace: Replace) {
  const touched: string[] = [];
  let value = payload;
  for (const field of fields) value = at(value, field.path, [], field.kind, replace, touched);
  return { value, touched };
}

/** `node` with the field at `path` replaced (copy on write); an emptied container is dropped. */
function at(
  node: unknown,
  path: readonly string[],
  where: string[],
  kind: PersonalKind,
  replace: Replace,
  touched: string[],
): unknown {
  if (typeof node !== "object" || node === null) return node;
  const [head, ...rest] = path;
  if (head === undefined) return node;
  if (head === EVERY_ITEM) {
    if (!Array.isArray(node)) return node;
    return node.map((item, i) => at(item, rest, [...where, String(i)], kind, replace, touched));
  }
  if (Array.isArray(node)) return node;
  const object = node as Record<string, unknown>;
  const keys = head === EVERY_VALUE ? Object.keys(object) : Object.hasOwn(object, head) ? [head] : [];
  if (!keys.length) return node;
  const copy: Record<string, unknown> = { ...object };
  for (const key of keys) {
    const child = object[key];
    if (rest.length) {
      const next = at(child, rest, [...where, key], kind, replace, touched);
      if (isEmptiedObject(child, next)) delete copy[key];
      else copy[key] = next;
      continue;
    }
    if (child === undefined) continue;
    touched.push([...where, key].join("."));
    const replaced = replace(kind, child);
    if (replaced === undefined) delete copy[key];
    else copy[key] = replaced;
  }
  return copy;
}

/** An object that had keys and has none left after its personal fields went. */
function isEmptiedObject(before: unknown, after: unknown): boolean {
  return (
    typeof before === "object" &&
    before !== null &&
    !Array.isArray(before) &&
    Object.keys(before).length > 0 &&
    typeof after === "object" &&
    after !== null &&
    !Array.isArray(after) &&
    Object.keys(after).length === 0
  );
}
