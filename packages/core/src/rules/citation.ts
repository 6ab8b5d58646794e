import type { Text } from "../i18n";

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/**
 * Where a rule or figure comes from: the instrument (with its number), the
 * article, and the date it took effect. `unconfirmed` says what has not yet
 * been checked against the official text (see DOMAIN.md), so one edit fixes it.
 */
export interface Citation {
  document: Text;
  article?: string;
  inForceFrom: IsoDate;
  unconfirmed?: string;
}

export function cite(
  document: Text,
  article: string | undefined,
  inForceFrom: IsoDate,
  unconfirmed?: string,
): Citation {
  return {
    document,
    ...(article === undefined ? {} : { article }),
    inForceFrom,
    ...(unconfirmed === undefined ? {} : { unconfirmed }),
  };
}

/** Each citation once, in first-seen order. */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of citations) {
    const key = `${c.document["zh-CN"]}|${c.article ?? ""}|${c.inForceFrom}|${c.unconfirmed ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
