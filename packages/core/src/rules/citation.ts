import type { Text } from "../i18n";

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/**
 * Where a rule or figure comes from: the instrument, the article in the
 * instrument's own notation (第九条第二款第（四）项; `articleInEnglish` renders
 * it as Art. 9(2)(iv)), the date it took effect, and the words of the article
 * the rule encodes (`quote`, checked against the instrument's `source.txt`).
 * `unconfirmed` says what has not yet been checked against the official text
 * (see DOMAIN.md), so one edit fixes it.
 */
export interface Citation {
  document: Text;
  article?: string;
  inForceFrom: IsoDate;
  quote?: string;
  unconfirmed?: string;
}

export function cite(
  document: Text,
  article: string | undefined,
  inForceFrom: IsoDate,
  unconfirmed?: string,
  quote?: string,
): Citation {
  return {
    document,
    ...(article === undefined ? {} : { article }),
    inForceFrom,
    ...(quote === undefined ? {} : { quote }),
    ...(unconfirmed === undefined ? {} : { unconfirmed }),
  };
}

/** A citation's identity as text, computed once per citation object. */
const KEYS = new WeakMap<Citation, string>();
export function citationKey(c: Citation): string {
  let key = KEYS.get(c);
  if (key === undefined) {
    key = `${c.document["zh-CN"]}|${c.article ?? ""}|${c.inForceFrom}|${c.unconfirmed ?? ""}|${c.quote ?? ""}`;
    KEYS.set(c, key);
  }
  return key;
}

/** Each citation once, in first-seen order (equal citations made apart count as one). */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of citations) {
    const key = citationKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

/**
 * A legal instrument whose articles the rules quote. `sourceFile` (relative
 * to packages/core/src) holds the quoted articles as published; a test checks
 * every quote given through `article()` against it.
 */
export interface Instrument {
  id: string;
  title: Text;
  inForceFrom: IsoDate;
  sourceFile: string;
  /**
   * Cites an article with the words it encodes; `……` in a quote stands for
   * omitted text. `undefined` where the article number is not known yet (say
   * so in `unconfirmed`).
   */
  article(
    article: string | undefined,
    quote: string,
    options?: {
      unconfirmed?: string;
      inForceFrom?: IsoDate;
      /** Where this API publishes the article's whole text (e.g. `/v1/measures/M01`): see `publishedAt`. */
      href?: string;
    },
  ): Citation;
  /** Every citation made through `article()`, for the source check. */
  readonly citations: readonly Citation[];
}

const INSTRUMENTS: Instrument[] = [];

export function defineInstrument(spec: {
  id: string;
  title: Text;
  inForceFrom: IsoDate;
  sourceFile: string;
}): Instrument {
  const citations: Citation[] = [];
  const instrument: Instrument = {
    ...spec,
    citations,
    article(article, quote, options = {}) {
      const citation = cite(spec.title, article, options.inForceFrom ?? spec.inForceFrom, options.unconfirmed, quote);
      citations.push(citation);
      registerSource(spec.id, citation, options.href);
      return citation;
    },
  };
  INSTRUMENTS.push(instrument);
  return instrument;
}

/**
 * A citation's stable id within an answer: the instrument's id and the
 * article in English notation (`pipl.art38`, `high-tech.measures-2016.art11-v`,
 * `guobanhan-2023-7.item1` for measure （一）), with `-2`, `-3` for further
 * quotes of the same article in the order the rules cite them. Deterministic:
 * the rules cite in module order. A citation made outside an instrument gets
 * `src-` and a hash of its content.
 */
export type SourceId = string;
/** An instrument's id (`pipl`); a document no instrument defines gets `doc-` and a hash of its title. */
export type DocumentId = string;

const SOURCE_IDS = new Map<string, SourceId>();
const TAKEN = new Set<SourceId>();
const DOCUMENT_IDS = new Map<string, DocumentId>();
const PUBLISHED_AT = new Map<string, string>();

function articleSlug(article: string | undefined): string {
  if (article === undefined) return "text";
  const item = /^（([零一二两三四五六七八九十百]+)）$/.exec(article);
  if (item?.[1]) return `item${chineseNumeral(item[1])}`;
  const slug = articleInEnglish(article)
    .replace(/第([零一二两三四五六七八九十百]+)段/g, (_, n: string) => `para${chineseNumeral(n)}`)
    .replace(/[零一二两三四五六七八九十百]+/g, (n) => String(chineseNumeral(n)))
    .toLowerCase()
    .replace(/art\. /g, "art")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug || "text";
}

function registerSource(instrumentId: string, citation: Citation, href: string | undefined): void {
  DOCUMENT_IDS.set(citation.document["zh-CN"], instrumentId);
  const key = citationKey(citation);
  if (href) PUBLISHED_AT.set(key, href);
  if (SOURCE_IDS.has(key)) return;
  const base = `${instrumentId}.${articleSlug(citation.article)}`;
  let id = base;
  for (let n = 2; TAKEN.has(id); n++) id = `${base}-${n}`;
  TAKEN.add(id);
  SOURCE_IDS.set(key, id);
}

/** FNV-1a, for the ids of citations and documents made outside an instrument. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

export function sourceIdOf(citation: Citation): SourceId {
  const key = citationKey(citation);
  return SOURCE_IDS.get(key) ?? `src-${hash(key)}`;
}

/** The API path that publishes the cited article's whole text, if one does. */
export function publishedAt(citation: Citation): string | undefined {
  return PUBLISHED_AT.get(citationKey(citation));
}

export function documentIdOf(document: Text): DocumentId {
  return DOCUMENT_IDS.get(document["zh-CN"]) ?? `doc-${hash(document["zh-CN"])}`;
}

/** Every instrument defined so far (all of them, once `@rdc/core` is imported). */
export function instruments(): readonly Instrument[] {
  return INSTRUMENTS;
}

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 一百零三 → 103; null if not a Chinese numeral. */
export function chineseNumeral(numeral: string): number | null {
  if (!numeral || /[^零一二两三四五六七八九十百]/.test(numeral)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of numeral) {
    if (ch === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGITS[ch] ?? 0;
  }
  return total + digit;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

const PART = /第([零一二两三四五六七八九十百]+)(条|款)|第（([零一二两三四五六七八九十百]+)）项|(、|和|至)/y;
const JOINERS: Record<string, string> = { "、": ", ", 和: " and ", 至: " to " };

/**
 * The English rendering of an article in Chinese notation:
 * 第九条 → Art. 9; 第九条第二款第（四）项 → Art. 9(2)(iv);
 * 第三条第（四）项、第（五）项 → Art. 3(iv), (v); 第三条至第六条 → Art. 3 to 6.
 * Anything else (附件…, an annex title) is returned as it is.
 */
export function articleInEnglish(article: string): string {
  let out = "";
  let afterJoiner = false;
  PART.lastIndex = 0;
  for (let match = PART.exec(article); match; match = PART.exec(article)) {
    const [, number = "", unit, item = "", joiner] = match;
    if (joiner) {
      out += JOINERS[joiner];
      afterJoiner = true;
      continue;
    }
    if (unit === "条") out += afterJoiner ? `${chineseNumeral(number)}` : `Art. ${chineseNumeral(number)}`;
    else if (unit === "款") out += `(${chineseNumeral(number)})`;
    else out += `(${roman(chineseNumeral(item) ?? 0)})`;
    afterJoiner = false;
    if (PART.lastIndex === article.length) return out;
  }
  return article;
}
