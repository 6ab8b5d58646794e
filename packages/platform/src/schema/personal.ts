import type { ZodObject, ZodRawShape, ZodType } from "zod";
import * as z from "zod";
import { registerPersonalKey } from "../log/logger";

/** Schemas of fields that hold personal data. */
export const personalData = z.registry<{ personal: true }>();

/** Marks a field's schema as personal data (never logged; see log/logger.ts). */
export function personal<T extends ZodType>(schema: T): T {
  personalData.add(schema, { personal: true });
  return schema;
}

/**
 * A strict object (unknown keys are a 400) whose personal fields are
 * registered with the logger's redaction by key name.
 */
export function record<S extends ZodRawShape>(shape: S): ZodObject<S, z.core.$strict> {
  for (const [key, schema] of Object.entries(shape)) {
    if (personalData.has(unwrap(schema as ZodType))) registerPersonalKey(key);
  }
  return z.strictObject(shape);
}

function unwrap(schema: ZodType): ZodType {
  let current = schema;
  while ("unwrap" in current && typeof current.unwrap === "function" && !personalData.has(current)) {
    current = current.unwrap() as ZodType;
  }
  return current;
}
