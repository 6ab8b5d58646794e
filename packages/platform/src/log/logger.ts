import { Logger } from "@aws-lambda-powertools/logger";
import { EVERY_ITEM, EVERY_VALUE } from "@rdc/core";

/**
 * Personal fields by their paths in the schemas (`applicant.fullName`,
 * `exporter.contact.name`): every intake registers its payload's marked
 * fields (`defineIntake`), and the logger redacts a value whose path in the
 * logged object ends as a marked field's path ends: its key and its parent's
 * key (`contact.name`, `workPermit.number`; array items do not count), or the
 * key alone for a field at the root of a payload. So an error's `name` stays
 * its type. Handlers also never log payloads: this is the second line, not
 * the first.
 */
const endings = new Set<string>();

const ending = (path: readonly string[]) => {
  const keys = path.filter((k) => k !== EVERY_ITEM && k !== EVERY_VALUE);
  return keys.slice(-2).join(".");
};

export function registerPersonalPaths(paths: readonly (readonly string[])[]): void {
  for (const path of paths) if (path.length) endings.add(ending(path));
}

export const REDACTED = "[redacted]";

const MAX_DEPTH = 64;

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A copy of `value` with every personal field by path replaced by REDACTED; other objects (errors, dates) as they are. */
export function redactPersonal(
  value: unknown,
  parent: string | null = null,
  depth = 0,
  seen = new Set<object>(),
): unknown {
  if (typeof value !== "object" || value === null) return value;
  // Never the original past these: it could hold personal fields not yet looked at.
  if (seen.has(value)) return "[circular]";
  if (depth > MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) {
    seen.add(value);
    const out = value.map((item) => redactPersonal(item, parent, depth + 1, seen));
    seen.delete(value);
    return out;
  }
  if (!isPlain(value)) return value;
  seen.add(value);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const personal = endings.has(key) || (parent !== null && endings.has(`${parent}.${key}`));
    out[key] = personal ? REDACTED : redactPersonal(child, key, depth + 1, seen);
  }
  seen.delete(value);
  return out;
}

export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "rdc-measures",
  // Called first with the whole log item (key ""): redact it once, by path.
  jsonReplacerFn: (key: string, value: unknown) => (key === "" ? redactPersonal(value) : value),
});
