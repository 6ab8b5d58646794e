/** Every message a person reads exists in both languages. */
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

export interface Text {
  "zh-CN": string;
  en: string;
}

export function text(zh: string, en: string): Text {
  return { "zh-CN": zh, en };
}

/** Picks the locale from an Accept-Language header (RFC 9110 q-values); zh-CN by default. */
export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === "*" || tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
  }
  return DEFAULT_LOCALE;
}

function isText(value: object): value is Text {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Text)["zh-CN"] === "string" && typeof (value as Text).en === "string";
}

/**
 * Replaces every bilingual `Text` inside a value with the string of one locale.
 * Stored records keep both languages; responses are rendered per request.
 */
export function localize<T>(value: T, locale: Locale): Localized<T> {
  if (Array.isArray(value)) return value.map((v) => localize(v, locale)) as Localized<T>;
  if (value !== null && typeof value === "object") {
    if (isText(value)) return value[locale] as Localized<T>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = localize(v, locale);
    return out as Localized<T>;
  }
  return value as Localized<T>;
}

export type Localized<T> = T extends Text
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;
