/**
 * The Apostille Convention's contracting states as data: each state's own
 * entry into force, where it was read, and whether it objected to China's
 * accession. Between China and a state the Convention applies from the later
 * of the two entries into force (China: 2023-11-07), never with a state that
 * objected (Article 12). A state not listed is treated as no party: its
 * degrees need CSCSE certification or consular legalisation.
 */
import { text } from "../i18n";
import { defineParameter, type IsoDate, inForceOn, type ParameterValue } from "../rules";
import { APOSTILLE_ARTICLE_12 } from "./instrument";

export interface ApostilleState {
  /** The Convention's entry into force for the state itself (HCCH status table, "EIF"). */
  entryIntoForce: IsoDate;
  /** Objected to China's accession under Article 12: no relations with China under the Convention. */
  objectsToChina?: true;
  /** Where the date was read. */
  source: "hcch" | "nl-treaty-series" | "unconfirmed";
}

const HCCH = "hcch" as const;
const NL = "nl-treaty-series" as const;
const UNCONFIRMED = "unconfirmed" as const;

/** The Convention's entry into force for China. */
export const APOSTILLE_IN_FORCE_FOR_CHINA: IsoDate = "2023-11-07";

/*
 * hcch: https://www.hcch.net/pt/instruments/conventions/status-table/print/?cid=41 (read 2026-12-02, A to E);
 * nl-treaty-series: Tractatenblad 2012, 56 (https://docslib.org/doc/8398007/authentieke-versie-pdf);
 * unconfirmed: the platform's own reading of the HCCH table, the row not read again here.
 * Hong Kong (1965-04-25) and Macao (1969-02-04) are parts of China: a document from them is not a foreign
 * public document under the Convention, so they are not listed.
 */
const STATES: Readonly<Record<string, ApostilleState>> = {
  AD: { entryIntoForce: "1996-12-31", source: HCCH },
  AG: { entryIntoForce: "1981-11-01", source: HCCH },
  AL: { entryIntoForce: "2004-05-09", source: HCCH },
  AM: { entryIntoForce: "1994-08-14", source: HCCH },
  AR: { entryIntoForce: "1988-02-18", source: HCCH },
  AT: { entryIntoForce: "1968-01-13", source: HCCH },
  AU: { entryIntoForce: "1995-03-16", source: HCCH },
  AZ: { entryIntoForce: "2005-03-02", source: HCCH },
  BA: { entryIntoForce: "1992-03-06", source: HCCH },
  BB: { entryIntoForce: "1966-11-30", source: HCCH },
  BE: { entryIntoForce: "1976-02-09", source: HCCH },
  BG: { entryIntoForce: "2001-04-29", source: HCCH },
  BH: { entryIntoForce: "2013-12-31", source: HCCH },
  BI: { entryIntoForce: "2015-02-13", source: HCCH },
  BN: { entryIntoForce: "1987-12-03", source: HCCH },
  BO: { entryIntoForce: "2018-05-07", source: HCCH },
  BR: { entryIntoForce: "2016-08-14", source: HCCH },
  BS: { entryIntoForce: "1973-07-10", source: HCCH },
  BW: { entryIntoForce: "1966-09-30", source: HCCH },
  BY: { entryIntoForce: "1992-05-31", source: HCCH },
  BZ: { entryIntoForce: "1993-04-11", source: HCCH },
  CA: { entryIntoForce: "2024-01-11", source: HCCH },
  CH: { entryIntoForce: "1973-03-11", source: UNCONFIRMED },
  CK: { entryIntoForce: "2005-04-30", source: NL },
  CL: { entryIntoForce: "2016-08-30", source: HCCH },
  CO: { entryIntoForce: "2001-01-30", source: HCCH },
  CR: { entryIntoForce: "2011-12-14", source: HCCH },
  CV: { entryIntoForce: "2010-02-13", source: HCCH },
  CY: { entryIntoForce: "1973-04-30", source: HCCH },
  CZ: { entryIntoForce: "1999-03-16", source: UNCONFIRMED },
  DE: { entryIntoForce: "1966-02-13", source: HCCH },
  DK: { entryIntoForce: "2006-12-29", source: HCCH },
  DM: { entryIntoForce: "1978-11-03", source: HCCH },
  DO: { entryIntoForce: "2009-08-30", source: NL },
  EC: { entryIntoForce: "2005-04-02", source: HCCH },
  EE: { entryIntoForce: "2001-09-30", source: HCCH },
  ES: { entryIntoForce: "1978-09-25", source: HCCH },
  FI: { entryIntoForce: "1985-08-26", source: NL },
  FJ: { entryIntoForce: "1970-10-10", source: NL },
  FR: { entryIntoForce: "1965-01-24", source: NL },
  GB: { entryIntoForce: "1965-01-24", source: UNCONFIRMED },
  GD: { entryIntoForce: "2002-04-07", source: NL },
  GE: { entryIntoForce: "2007-05-14", source: NL },
  GR: { entryIntoForce: "1985-05-18", source: NL },
  HN: { entryIntoForce: "2004-09-30", source: NL },
  HR: { entryIntoForce: "1991-10-08", source: HCCH },
  HU: { entryIntoForce: "1973-01-18", source: NL },
  IE: { entryIntoForce: "1999-03-09", source: UNCONFIRMED },
  IL: { entryIntoForce: "1978-08-14", source: UNCONFIRMED },
  IN: { entryIntoForce: "2005-07-14", objectsToChina: true, source: UNCONFIRMED },
  IT: { entryIntoForce: "1978-02-11", source: UNCONFIRMED },
  JP: { entryIntoForce: "1970-07-27", source: UNCONFIRMED },
  KR: { entryIntoForce: "2007-07-14", source: UNCONFIRMED },
  KZ: { entryIntoForce: "2001-01-30", source: HCCH },
  LU: { entryIntoForce: "1979-06-03", source: UNCONFIRMED },
  MX: { entryIntoForce: "1995-08-14", source: UNCONFIRMED },
  NL: { entryIntoForce: "1965-10-08", source: UNCONFIRMED },
  NO: { entryIntoForce: "1983-07-29", source: UNCONFIRMED },
  NZ: { entryIntoForce: "2001-11-22", source: UNCONFIRMED },
  PL: { entryIntoForce: "2005-08-14", source: UNCONFIRMED },
  PT: { entryIntoForce: "1969-02-04", source: UNCONFIRMED },
  RU: { entryIntoForce: "1992-05-31", source: UNCONFIRMED },
  SA: { entryIntoForce: "2022-12-07", source: HCCH },
  SE: { entryIntoForce: "1999-05-01", source: UNCONFIRMED },
  SG: { entryIntoForce: "2021-09-16", source: UNCONFIRMED },
  SI: { entryIntoForce: "1991-06-25", source: HCCH },
  SK: { entryIntoForce: "2002-02-18", source: HCCH },
  SV: { entryIntoForce: "1996-05-31", source: HCCH },
  SZ: { entryIntoForce: "1968-09-06", source: HCCH },
  TR: { entryIntoForce: "1985-09-29", source: UNCONFIRMED },
  UA: { entryIntoForce: "2003-12-22", source: UNCONFIRMED },
  US: { entryIntoForce: "1981-10-15", source: HCCH },
  ZA: { entryIntoForce: "1995-04-30", source: HCCH },
};

/** The state table, dated: a new accession or objection is a new version. */
export const APOSTILLE_STATES = defineParameter<Readonly<Record<string, ApostilleState>>>(
  "talent.apostille-states",
  text(
    "《取消外国公文书认证要求的公约》缔约国及其生效日期",
    "Contracting states of the Apostille Convention and their entry into force",
  ),
  [
    {
      from: APOSTILLE_IN_FORCE_FOR_CHINA,
      value: STATES,
      citation: {
        ...APOSTILLE_ARTICLE_12,
        unconfirmed:
          "dates marked `unconfirmed` in apostille-states.ts and India's objection were not read in the HCCH status table",
      },
    },
  ],
);

/**
 * The day from which the Convention applies between `state` and China, or
 * null if never (no party, an objection, or a part of China); also the state
 * table version used.
 */
export function apostilleRelationWithChina(
  state: string,
  asOf: IsoDate,
): { since: IsoDate | null; table: ParameterValue<Readonly<Record<string, ApostilleState>>> | null } {
  if (asOf < APOSTILLE_IN_FORCE_FOR_CHINA) return { since: null, table: null };
  const table = inForceOn(APOSTILLE_STATES, asOf);
  const party = table.value[state];
  if (!party || party.objectsToChina) return { since: null, table };
  const since =
    party.entryIntoForce > APOSTILLE_IN_FORCE_FOR_CHINA ? party.entryIntoForce : APOSTILLE_IN_FORCE_FOR_CHINA;
  return { since, table };
}

/** Whether an apostille issued on `issuedOn` by `state` certifies a document for use in China. */
export function apostilleCertifies(state: string, issuedOn: IsoDate): boolean {
  const { since } = apostilleRelationWithChina(state, issuedOn);
  return since !== null && issuedOn >= since;
}
