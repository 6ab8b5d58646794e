import type { FilterPattern } from "@rdc/platform";

/**
 * Matches a record against a Lambda event filter pattern, the subset the
 * platform uses (nested objects, arrays of exact values), as the cloud's
 * event source mapping does.
 */
export function matchesFilter(value: unknown, pattern: FilterPattern): boolean {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return Object.entries(pattern).every(([key, expected]) => {
    if (!Object.hasOwn(record, key)) return false;
    const actual = record[key];
    if (Array.isArray(expected)) return expected.includes(actual as string);
    return matchesFilter(actual, expected as FilterPattern);
  });
}
