import type { Text } from "../i18n";
import type { Citation, IsoDate, TraceEntry } from "../rules";
import type { Agency } from "./lifecycle";

/** What screening may decide for a received submission. */
export type ScreeningStatus = "under_review" | "needs_info" | "not_required" | "rejected";

/** A clock of working days: the due date is the `workingDays`-th working day after `from` (from not counted). */
export interface WorkingDayClock {
  from: IsoDate;
  workingDays: number;
}

/** A statutory date computed from a clock, possibly in a year whose holiday notice is not yet data. */
export interface DueDate {
  date: IsoDate;
  /** The clock passed over a day of a year whose holiday notice is not data: the date may move when it is added. */
  provisional: boolean;
  basis: Text;
  citation: Citation;
  /** The clock the date was counted on, so that it can be counted again when the calendar changes. */
  clock?: WorkingDayClock;
}

/** A date the deadline sweep watches, e.g. a re-export deadline. */
export interface WatchedDeadline {
  kind: string;
  date: IsoDate;
  /** `deadline_approaching` is emitted this many calendar days before `date`; `overdue` the day after. */
  warnDaysBefore: number;
  label: Text;
}

/**
 * The result of an intake's pure screening function. `screening` is the
 * capability's own record of why (findings, citations, missing items) and is
 * stored on the submission as it is.
 */
export interface ScreeningDecision<S> {
  status: ScreeningStatus;
  /** The agency that reviews it (set when `under_review`). */
  agency: Agency | null;
  /** The office within the agency, e.g. the Shanghai CAC office or a customs office. */
  office: { code: string; name: Text } | null;
  /** When the review is due (set when `under_review`). */
  due: DueDate | null;
  /** One line a person reads: why this status. */
  summary: Text;
  screening: S;
  /** Every rule evaluated, in the eligibility check's trace format: only when the context asks to `explain`. */
  trace?: TraceEntry[];
}

/** The context a screening runs in: the day the submission was received (Beijing time). */
export interface ScreeningContext {
  receivedOn: IsoDate;
  /** Build the trace (`GET …/{id}?explain=true` screens the stored payload again with this set). */
  explain?: boolean;
}
