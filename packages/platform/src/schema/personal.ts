import { EVERY_ITEM, EVERY_VALUE, type PersonalField, type PersonalKind } from "@rdc/core";
import type { ZodObject, ZodRawShape, ZodType } from "zod";
import * as z from "zod";

/** Schemas of fields that hold personal data, with their kind (core's masking policy, identifiers/mask.ts). */
export const personalData = z.registry<{ personal: PersonalKind }>();

/**
 * Marks a field's schema as personal data of a kind: list views show it as
 * core's policy says for that kind (`other`, the default: not at all), the
 * retention sweep erases it, the logger redacts it by its path. An
 * organisation's identifiers (USCC) are not personal data: leave them unmarked.
 */
export function personal<T extends ZodType>(schema: T, kind: PersonalKind = "other"): T {
  // A copy: a shared schema (`isoDate`) marked in place would make every field that uses it personal.
  const marked = schema.clone() as T;
  personalData.add(marked, { personal: kind });
  return marked;
}

/** A strict object: unknown keys are a 400. */
export function record<S extends ZodRawShape>(shape: S): ZodObject<S, z.core.$strict> {
  return z.strictObject(shape);
}

const FIELDS = new WeakMap<ZodType, PersonalField[]>();

/**
 * Every field a schema marks personal, with its path from the schema's root
 * (`[]` for any array item, `*` for any record value): what list views mask,
 * what the retention sweep erases and what the logger redacts, so that a new
 * intake's marks are all it takes.
 */
export function personalFields(schema: ZodType): PersonalField[] {
  let fields = FIELDS.get(schema);
  if (!fields) {
    fields = [];
    collect(schema, [], fields, new Set());
    FIELDS.set(schema, fields);
  }
  return fields;
}

interface Def {
  type: string;
  shape?: Record<string, ZodType>;
  innerType?: ZodType;
  element?: ZodType;
  in?: ZodType;
  out?: ZodType;
  options?: ZodType[];
  left?: ZodType;
  right?: ZodType;
  items?: ZodType[];
  rest?: ZodType | null;
  valueType?: ZodType;
  getter?: () => ZodType;
}

function collect(schema: ZodType, path: string[], into: PersonalField[], seen: Set<ZodType>): void {
  const mark = personalData.get(schema);
  if (mark) {
    if (!into.some((f) => f.path.join(".") === path.join("."))) into.push({ path, kind: mark.personal });
    return;
  }
  if (seen.has(schema)) return; // a recursive (lazy) schema: not followed round again
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const inner = (s: ZodType | null | undefined, at = path) => s && collect(s, at, into, seen);
  switch (def.type) {
    case "object":
      for (const [key, child] of Object.entries(def.shape ?? {})) inner(child, [...path, key]);
      break;
    case "array":
      inner(def.element, [...path, EVERY_ITEM]);
      break;
    case "tuple":
      for (const item of def.items ?? []) inner(item, [...path, EVERY_ITEM]);
      inner(def.rest, [...path, EVERY_ITEM]);
      break;
    case "record":
      inner(def.valueType, [...path, EVERY_VALUE]);
      break;
    case "union":
      for (const option of def.options ?? []) inner(option);
      break;
    case "intersection":
      inner(def.left);
      inner(def.right);
      break;
    case "pipe":
      inner(def.in);
      inner(def.out);
      break;
    case "lazy":
      inner(def.getter?.());
      break;
    default:
      // optional, nullable, default, prefault, catch, readonly, nonoptional, promise…
      inner(def.innerType);
  }
  seen.delete(schema);
}
