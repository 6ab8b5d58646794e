import { Logger } from "@aws-lambda-powertools/logger";

/**
 * Keys whose values are personal data (names, passport numbers, birth dates,
 * contacts). Schemas register them with `personal()`; the logger's JSON
 * replacer redacts them wherever they appear, at any depth. Handlers also
 * never log payloads: this is the second line, not the first.
 */
const personalKeys = new Set<string>();

export function registerPersonalKey(key: string): void {
  personalKeys.add(key);
}

export const REDACTED = "[redacted]";

function redactPersonal(key: string, value: unknown): unknown {
  return key !== "" && personalKeys.has(key) ? REDACTED : value;
}

export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? "rdc-measures",
  jsonReplacerFn: redactPersonal,
});
