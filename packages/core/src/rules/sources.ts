/**
 * Citations by reference: an answer that cites the law names each source
 * once, in `sources` (id → document id, article, in force from, quote,
 * `unconfirmed` note; a whole article this API publishes is not quoted but
 * linked, `href`), and each document once, in `documents` (id → title);
 * every reason, finding, material, clock and trace entry names its source by
 * id (`source: "pipl.art38"`), and a list of citations (`citations`) becomes a
 * list of ids.
 */
import type { Text } from "../i18n";
import { type Citation, type DocumentId, documentIdOf, publishedAt, type SourceId, sourceIdOf } from "./citation";

/** A citation whose document is named by id; where the API publishes the article (`href`), no quote. */
export type Source = Omit<Citation, "document"> & { document: DocumentId; href?: string };

/** The sources an answer names, and their documents. */
export interface SourceIndex {
  sources: Record<SourceId, Source>;
  documents: Record<DocumentId, Text>;
}

/** `T` with every `citation` field renamed `source` and every citation replaced by its id. */
export type BySource<T> = T extends Citation
  ? SourceId
  : T extends Text
    ? T
    : T extends readonly (infer U)[]
      ? BySource<U>[]
      : T extends object
        ? { [K in keyof T as K extends "citation" ? "source" : K]: BySource<T[K]> }
        : T;

export function emptySourceIndex(): SourceIndex {
  return { sources: {}, documents: {} };
}

function isCitation(value: object): value is Citation {
  const c = value as Partial<Citation>;
  return typeof c.inForceFrom === "string" && typeof c.document === "object" && c.document !== null;
}

interface Entry {
  id: SourceId;
  document: DocumentId;
  source: Source;
}

/** Each citation's entry, made once per citation object (answers share them; nothing writes to them). */
const ENTRIES = new WeakMap<Citation, Entry>();

function entryOf(citation: Citation): Entry {
  let entry = ENTRIES.get(citation);
  if (entry === undefined) {
    const { quote, ...cited } = citation;
    const document = documentIdOf(citation.document);
    const href = publishedAt(citation);
    const source = { ...cited, document, ...(href ? { href } : quote === undefined ? {} : { quote }) };
    entry = { id: sourceIdOf(citation), document, source };
    ENTRIES.set(citation, entry);
  }
  return entry;
}

function add(citation: Citation, index: SourceIndex): SourceId {
  const { id, document, source } = entryOf(citation);
  if (!(id in index.sources)) {
    index.sources[id] = source;
    index.documents[document] ??= citation.document;
  }
  return id;
}

/** A bilingual text holds no citation: it is kept as it is (most objects an answer has are texts). */
function isText(value: object): boolean {
  return typeof (value as Partial<Text>)["zh-CN"] === "string";
}

function walk(value: unknown, index: SourceIndex): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => walk(v, index));
  if (isText(value)) return value;
  if (isCitation(value)) return add(value, index);
  const out: Record<string, unknown> = {};
  for (const key in value) {
    out[key === "citation" ? "source" : key] = walk((value as Record<string, unknown>)[key], index);
  }
  return out;
}

/**
 * `value` with its citations by reference; their sources and documents are
 * added to `index` (each once, in first-seen order), so several values can
 * share one index.
 */
export function bySource<T>(value: T, index: SourceIndex): BySource<T> {
  return walk(value, index) as BySource<T>;
}

/** Both indexes' sources and documents, `a`'s first. */
export function mergeSourceIndexes(a: SourceIndex, b: SourceIndex): SourceIndex {
  return { sources: { ...a.sources, ...b.sources }, documents: { ...a.documents, ...b.documents } };
}

/** `T` by reference, carrying the sources and documents it names. */
export type WithSources<T> = BySource<T> & SourceIndex;

/** `value` by reference, with its own `sources` and `documents` (a screening, self-contained). */
export function withSources<T extends object>(value: T): WithSources<T> {
  const index = emptySourceIndex();
  return { ...(bySource(value, index) as object), ...index } as WithSources<T>;
}
