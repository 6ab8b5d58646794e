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
