import type { Locale, Text } from "@rdc/core";
import type { ZodType, z } from "zod";
import { en, zhCN } from "zod/locales";
import { type FieldError, problems } from "./problem";

const localeErrors = { "zh-CN": zhCN().localeError, en: en().localeError };

/**
 * Custom refinements carry their bilingual message as `params.text`
 * (see `refineWithText`); everything else gets zod's own message in the locale.
 */
function errorMap(locale: Locale) {
  return (issue: Parameters<(typeof localeErrors)["en"]>[0]) => {
    const custom = (issue as { params?: { text?: Text } }).params?.text;
    if (custom) return { message: custom[locale] };
    return localeErrors[locale](issue);
  };
}

function fieldErrors(issues: z.core.$ZodIssue[], prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push({ path: [base, key].filter(Boolean).join("."), code: "unrecognized_key", message: issue.message });
      }
    } else {
      errors.push({ path: base || prefix, code: issue.code, message: issue.message });
    }
  }
  return errors;
}

/** Parses `input` or throws a 400 problem naming every bad field under `prefix` (e.g. `body`). */
export function parseOrThrow<S extends ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  prefix: string,
): z.output<S> {
  const result = schema.safeParse(input, { error: errorMap(locale) });
  if (!result.success) throw problems.validation(fieldErrors(result.error.issues, prefix));
  return result.data;
}
